package dev.tokenlint.core.scan;

import java.util.List;
import java.util.stream.Stream;

/**
 * The cheap text check that decides which Java files are worth parsing: only a file that can
 * hold a Dynatrace call, a constant such a call uses, or a token is handed to JavaParser.
 * Everything else is skipped after one pass over its characters.
 */
public final class SourcePrefilter {

    /** Fragments of API paths and of Dynatrace itself, matched case-sensitively. */
    private static final List<String> PATH_MARKERS = List.of("/api", "api/", "dt0", "\"DT_", "otlp", "DynatraceConfig",
            "\"tokenlint");

    /** Imports and names of the HTTP clients the scanner understands. */
    private static final List<String> CLIENT_MARKERS = List.of("HttpRequest", "HttpURLConnection", "openConnection",
            "org.apache.http", "org.apache.hc", "okhttp3", "RestTemplate", "RestOperations", "WebClient", "RestClient",
            "HttpExchange", "feign", "retrofit2", ".ws.rs", "rest.client", "opentelemetry");

    /** All markers in one search, so each file is read once, not once per marker. */
    private static final TextMarkers MARKERS = new TextMarkers(
            Stream.concat(PATH_MARKERS.stream(), CLIENT_MARKERS.stream()).toList(),
            List.of("dynatrace", "api-token"));

    /** Whether {@code text} may hold something the scanner reports. */
    public boolean accepts(String text) {
        return MARKERS.anyIn(text);
    }
}
