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

    /**
     * The HTTP clients the scanner understands, by package (an import or a qualified name), not by
     * simple class name: a file can use a client class only by importing it (or naming it
     * qualified), so the package is as sure a sign as the class name, while names like
     * {@code HttpRequest} or {@code WebClient} also match unrelated classes ({@code ServerHttpRequest},
     * a framework's own client implementations). {@code HttpURLConnection} and {@code openConnection}
     * stay by name because {@code java.net.*} is too common to be a sign.
     */
    private static final List<String> CLIENT_MARKERS = List.of(
            "java.net.http", // JDK HttpClient, HttpRequest
            "HttpURLConnection", "openConnection", // java.net.URL, HttpURLConnection
            "org.apache.http", "org.apache.hc", // Apache HttpClient 4 and 5
            "okhttp3",
            "web.client", // Spring RestTemplate, RestClient, RestOperations; Boot's RestTemplateBuilder
            "function.client", // Spring WebClient
            "service.annotation", // Spring @HttpExchange interfaces
            "feign", "retrofit2",
            ".ws.rs", // Jakarta and javax JAX-RS
            "rest.client", // MicroProfile REST client
            "opentelemetry"); // OTLP exporters

    /** All markers in one search, so each file is read once, not once per marker. */
    private static final TextMarkers MARKERS = new TextMarkers(
            Stream.concat(PATH_MARKERS.stream(), CLIENT_MARKERS.stream()).toList(),
            List.of("dynatrace", "api-token"));

    /** Lines searched for the package declaration (a licence header comes first). */
    private static final int MAX_HEADER_LINES = 200;

    /**
     * Whether {@code text} may hold something the scanner reports. The package declaration is not
     * searched: a file's own package says where it lives, not what it uses (the sources of a client
     * library sit in the very packages that mark its users).
     */
    public boolean accepts(String text) {
        long pkg = packageName(text.length(), i -> text.charAt(i));
        if (pkg < 0) {
            return MARKERS.anyIn(text);
        }
        int start = (int) (pkg >>> 32);
        int end = (int) pkg;
        return MARKERS.anyIn(text, 0, start) || MARKERS.anyIn(text, end, text.length());
    }

    /**
     * The answer of {@link #accepts(String)} for the text whose UTF-8 encoding is {@code utf8},
     * without decoding it (all markers are ASCII).
     */
    public boolean accepts(byte[] utf8) {
        long pkg = packageName(utf8.length, i -> (char) (utf8[i] & 0xFF));
        if (pkg < 0) {
            return MARKERS.anyIn(utf8, 0, utf8.length);
        }
        int start = (int) (pkg >>> 32);
        int end = (int) pkg;
        return MARKERS.anyIn(utf8, 0, start) || MARKERS.anyIn(utf8, end, utf8.length);
    }

    /** One character of a text by index, so strings and bytes share {@link #packageName}. */
    @FunctionalInterface
    private interface Chars {
        char at(int i);
    }

    /**
     * The range (start &lt;&lt; 32 | end) of the name in the first line that reads
     * {@code package a.b.c;} (after optional spaces), or -1. Only a plain qualified name counts: a
     * line like that in a comment with anything else before the {@code ;} is not taken, so the
     * skipped range can only ever be a dotted name.
     */
    static long packageName(int length, Chars text) {
        int lineStart = 0;
        int lines = 0;
        while (lineStart < length) {
            int i = lineStart;
            while (i < length && (text.at(i) == ' ' || text.at(i) == '\t')) {
                i++;
            }
            if (startsWithPackage(text, i, length)) {
                int start = i + "package".length();
                int j = start;
                while (j < length && isNamePart(text.at(j))) {
                    j++;
                }
                if (j < length && text.at(j) == ';') {
                    return ((long) start << 32) | j;
                }
            }
            if (startsWithWord(text, i, length, "import") || ++lines > MAX_HEADER_LINES) {
                // imports follow the package declaration; past a long header, give up (and search all)
                return -1;
            }
            while (lineStart < length && text.at(lineStart) != '\n') {
                lineStart++;
            }
            lineStart++;
        }
        return -1;
    }

    private static boolean startsWithPackage(Chars text, int i, int length) {
        return startsWithWord(text, i, length, "package") && i + 7 < length
                && (text.at(i + 7) == ' ' || text.at(i + 7) == '\t');
    }

    private static boolean startsWithWord(Chars text, int i, int length, String word) {
        if (i + word.length() > length) {
            return false;
        }
        for (int k = 0; k < word.length(); k++) {
            if (text.at(i + k) != word.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isNamePart(char c) {
        return c == '.' || c == ' ' || c == '\t' || c == '_' || c == '$' || c >= 'a' && c <= 'z'
                || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }
}
