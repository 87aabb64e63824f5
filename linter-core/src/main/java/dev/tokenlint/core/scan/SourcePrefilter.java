package dev.tokenlint.core.scan;

import dev.tokenlint.core.scan.java.clients.ClientLibraries;
import dev.tokenlint.core.scan.java.clients.HttpClientLibrary;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;

/**
 * The cheap text check that decides which Java files are worth parsing: only a file that can
 * hold a Dynatrace call, a constant such a call uses, or a token is handed to JavaParser.
 * Most files are decided by one pass over their bytes; the few with a marker are looked at again
 * without their comments, since a client or path named only in a comment is no sign of a call.
 */
public final class SourcePrefilter {

    /**
     * Markers that count wherever they stand, comments included: a comment naming Dynatrace is
     * evidence for the calls of its file (as {@code FileFacts.dynatraceMarker} says), so such a
     * file is read like one that names it in code.
     */
    private static final List<String> EVIDENCE_MARKERS = List.of("dt0", "\"DT_");
    private static final List<String> EVIDENCE_MARKERS_ANY_CASE = List.of("api-token");
    private static final List<String> NAME_MARKERS_ANY_CASE = List.of("dynatrace");

    /**
     * The evidence that stands on its own: a token, an environment variable of Dynatrace's naming,
     * the {@code Api-Token} header. The name Dynatrace alone does not ({@link #NAMES}): in the sources
     * of Dynatrace's own products, extensions and generated clients most files name it (in imports,
     * licence headers, model classes) and few make or shape a request.
     */
    private static final TextMarkers EVIDENCE = new TextMarkers(EVIDENCE_MARKERS, EVIDENCE_MARKERS_ANY_CASE);
    private static final TextMarkers NAMES = new TextMarkers(List.of(), NAME_MARKERS_ANY_CASE);

    /** What reads a value at run time, which in a file that names Dynatrace may feed a call or a binding. */
    private static final TextMarkers RUNTIME_READS = new TextMarkers(List.of("getenv", "getProperty", "@Value"),
            List.of());

    /**
     * Fragments of API paths and of what configures or suppresses a call, matched case-sensitively.
     * {@code DynatraceConfig} is Micrometer's registry configuration: a file implementing it configures
     * a call by itself, with no client and often no path in sight.
     */
    private static final List<String> PATH_MARKERS = List.of("/api", "api/", "otlp", "\"tokenlint", "DynatraceConfig");

    /**
     * The HTTP clients the scanner understands, by the markers each library names (mostly packages:
     * see {@link HttpClientLibrary#markers()}).
     */
    private static final List<String> CLIENT_MARKERS = ClientLibraries.markers();

    /*
     * Path and client markers count only in code and string literals. A path or a client package
     * named in a comment ({@code {@link org.springframework.web.client.RestTemplate}},
     * {@code // see /api/v2}) is no call and no constant, and comments are where a library's own
     * sources name them most.
     */
    private static final TextMarkers PATHS = new TextMarkers(PATH_MARKERS, List.of());
    private static final TextMarkers CLIENTS = new TextMarkers(CLIENT_MARKERS, List.of());

    /** Every marker in one search: most files have none and are decided by one pass over their bytes. */
    private static final TextMarkers ANY = new TextMarkers(
            Stream.of(EVIDENCE_MARKERS, PATH_MARKERS, CLIENT_MARKERS).flatMap(List::stream).toList(),
            Stream.of(EVIDENCE_MARKERS_ANY_CASE, NAME_MARKERS_ANY_CASE).flatMap(List::stream).toList());

    /** Lines searched for the package declaration (a licence header comes first). */
    private static final int MAX_HEADER_LINES = 200;

    /**
     * Whether {@code text} may hold something the scanner reports. The package declaration is not
     * searched: a file's own package says where it lives, not what it uses (the sources of a client
     * library sit in the very packages that mark its users).
     */
    public boolean accepts(String text) {
        return accepts(text.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The answer of {@link #accepts(String)} for the text whose UTF-8 encoding is {@code utf8},
     * without decoding it (all markers are ASCII, and no byte of a multi-byte UTF-8 sequence is).
     */
    public boolean accepts(byte[] utf8) {
        return verdict(utf8) != Verdict.SKIP;
    }

    /** What the prefilter makes of a Java file. */
    public enum Verdict {
        /** Nothing the scanner reports can come from this file. */
        SKIP,
        /**
         * The file uses a supported HTTP client but names no API path and no Dynatrace evidence: its
         * requests can reach Dynatrace only with a path from another file, so it is worth parsing
         * only when some file of the source set has one.
         */
        CLIENT_ONLY,
        /**
         * The file names Dynatrace but no API path, no supported client, no token and no run-time
         * read: by itself it makes no call, so it is parsed only when another file makes it count
         * (it is named as a wrapper, as a type that is missing, or as one holding API paths).
         */
        NAMES_DYNATRACE,
        /** The file names an API path fragment or Dynatrace evidence: always parsed. */
        PARSE
    }

    /** The verdict on the UTF-8 text {@code utf8}; {@link #accepts(byte[])} is "not {@link Verdict#SKIP}". */
    public Verdict verdict(byte[] utf8) {
        long pkg = packageName(utf8);
        int start = pkg < 0 ? utf8.length : (int) (pkg >>> 32);
        int end = pkg < 0 ? utf8.length : (int) pkg;
        if (!ANY.anyIn(utf8, 0, start) && !ANY.anyIn(utf8, end, utf8.length)) {
            return Verdict.SKIP;
        }
        if (EVIDENCE.anyIn(utf8, 0, start) || EVIDENCE.anyIn(utf8, end, utf8.length)) {
            return Verdict.PARSE;
        }
        byte[] code = JavaComments.blanked(utf8);
        if (PATHS.anyIn(code, 0, start) || PATHS.anyIn(code, end, code.length)) {
            return Verdict.PARSE;
        }
        // the name counts in comments too (a Javadoc naming Dynatrace is evidence for the file's calls)
        boolean namesDynatrace = NAMES.anyIn(utf8, 0, start) || NAMES.anyIn(utf8, end, utf8.length);
        if (CLIENTS.anyIn(code, 0, start) || CLIENTS.anyIn(code, end, code.length)) {
            return namesDynatrace ? Verdict.PARSE : Verdict.CLIENT_ONLY;
        }
        if (!namesDynatrace) {
            return Verdict.SKIP;
        }
        return RUNTIME_READS.anyIn(code, 0, start) || RUNTIME_READS.anyIn(code, end, code.length)
                ? Verdict.PARSE : Verdict.NAMES_DYNATRACE;
    }

    /**
     * The range (start &lt;&lt; 32 | end) of the name in the first line that reads
     * {@code package a.b.c;} (after optional spaces), or -1. Only a plain qualified name counts: a
     * line like that in a comment with anything else before the {@code ;} is not taken, so the
     * skipped range can only ever be a dotted name.
     */
    static long packageName(byte[] text) {
        int length = text.length;
        int lineStart = 0;
        int lines = 0;
        while (lineStart < length) {
            int i = lineStart;
            while (i < length && (text[i] == ' ' || text[i] == '\t')) {
                i++;
            }
            if (startsWithPackage(text, i, length)) {
                int start = i + "package".length();
                int j = start;
                while (j < length && isNamePart(text[j])) {
                    j++;
                }
                if (j < length && text[j] == ';') {
                    return ((long) start << 32) | j;
                }
            }
            if (startsWithWord(text, i, length, "import") || ++lines > MAX_HEADER_LINES) {
                // imports follow the package declaration; past a long header, give up (and search all)
                return -1;
            }
            while (lineStart < length && text[lineStart] != '\n') {
                lineStart++;
            }
            lineStart++;
        }
        return -1;
    }

    private static boolean startsWithPackage(byte[] text, int i, int length) {
        return startsWithWord(text, i, length, "package") && i + 7 < length
                && (text[i + 7] == ' ' || text[i + 7] == '\t');
    }

    private static boolean startsWithWord(byte[] text, int i, int length, String word) {
        if (i + word.length() > length) {
            return false;
        }
        for (int k = 0; k < word.length(); k++) {
            if (text[i + k] != word.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isNamePart(byte c) {
        return c == '.' || c == ' ' || c == '\t' || c == '_' || c == '$' || c >= 'a' && c <= 'z'
                || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }
}
