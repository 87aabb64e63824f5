package dev.tokenlint.core.scan.java;

import dev.tokenlint.core.scan.java.Resolved.Piece;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a resolved URL into the path the catalog matches: strips scheme, host, port, the
 * {@code /e/{env-id}} prefix of Managed and ActiveGate URLs, the query string and fragment;
 * unknown parts become {@code {name}} and a Spring {@code ${property}} placeholder counts as
 * unknown. Also tells what the part before the path says about the host.
 */
final class PathNormalizer {

    /** What the URL's origin says about the target. */
    enum Host {
        /** The origin names Dynatrace or carries the {@code /e/{env-id}} prefix. */
        DYNATRACE,
        /** A literal host that is not Dynatrace's ({@code api.github.com}, {@code localhost}). */
        OTHER,
        /** Unknown (a variable, a placeholder) or absent (a relative path). */
        UNKNOWN
    }

    /** The normalised path starting at {@code /api/}, with holes written {@code {name}}, and the host verdict. */
    record Normalized(String path, Host host) {
    }

    private static final char OPEN = '\uE000';
    private static final char CLOSE = '\uE001';
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^}:]*)(?::[^}]*)?}");
    private static final Pattern ENV_PREFIX = Pattern.compile("/e/[^/]+/?$");

    /** The secret portion of a token, wherever it appears in a URL. */
    private static final Pattern TOKEN_SECRET = Pattern.compile("(dt0[a-zA-Z][0-9]{2}\\.[A-Z0-9]{24})\\.[A-Z0-9]{64}");

    /** Whether the URL starts with a literal host that is not Dynatrace's. */
    static boolean otherHost(Resolved r) {
        if (r.pieces().isEmpty() || r.pieces().get(0).isHole()) {
            return false;
        }
        String t = r.pieces().get(0).text();
        int scheme = t.indexOf("://");
        if (scheme < 0) {
            return false;
        }
        int end = t.indexOf('/', scheme + 3);
        String host = (end < 0 ? t.substring(scheme + 3) : t.substring(scheme + 3, end)).toLowerCase(Locale.ROOT);
        return !host.isEmpty() && !host.contains("dynatrace") && !host.startsWith("{");
    }

    /**
     * How an unresolved URL is shown: its known text with {@code {name}} for unknown parts,
     * without the query string, and with any token's secret portion masked.
     */
    static String shownUnresolved(Resolved r) {
        String s = r.render();
        int q = indexOfAny(s, '?', '#');
        return mask(q >= 0 ? s.substring(0, q) : s);
    }

    private static String mask(String s) {
        return TOKEN_SECRET.matcher(s).replaceAll("$1.***");
    }

    /** The path, or empty when the URL holds no {@code /api/} path. */
    Optional<Normalized> normalize(Resolved r) {
        List<String> holes = new ArrayList<>();
        StringBuilder sb = new StringBuilder();
        for (Piece p : r.pieces()) {
            if (p.isHole()) {
                appendHole(sb, holes, p.hole());
            } else {
                Matcher m = PLACEHOLDER.matcher(p.text());
                int last = 0;
                while (m.find()) {
                    sb.append(p.text(), last, m.start());
                    appendHole(sb, holes, m.group(1));
                    last = m.end();
                }
                sb.append(p.text().substring(last));
            }
        }
        String s = sb.toString();
        // '&' too: a query glued on without its '?' (url.append(hasQuery ? "&" : "?")) is no path
        int q = indexOfAny(s, '?', '#', '&');
        if (q >= 0) {
            s = s.substring(0, q);
        }
        int api = findApi(s);
        if (api < 0) {
            return Optional.empty();
        }
        String origin = s.substring(0, api);
        String path = s.substring(api);
        if (!path.startsWith("/")) {
            path = "/" + path;
        }
        path = path.replaceAll("/{2,}", "/");
        while (path.length() > 1 && path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c == OPEN) {
                int end = path.indexOf(CLOSE, i);
                int index = Integer.parseInt(path.substring(i + 1, end));
                out.append('{').append(holes.get(index)).append('}');
                i = end;
            } else {
                out.append(c);
            }
        }
        return Optional.of(new Normalized(mask(out.toString()), host(origin, holes)));
    }

    /** Where the API path starts: {@code /api/}, or {@code api/} at the start or right after an unknown part. */
    private static int findApi(String s) {
        int i = s.indexOf("/api/");
        if (i >= 0) {
            return i;
        }
        if (s.startsWith("api/")) {
            return 0;
        }
        int j = s.indexOf(CLOSE + "api/");
        return j >= 0 ? j + 1 : -1;
    }

    private static Host host(String origin, List<String> holes) {
        String visible = origin.replaceAll(OPEN + "(\\d+)" + CLOSE, "{$1}");
        String lower = visible.toLowerCase(Locale.ROOT);
        for (int i = 0; i < holes.size(); i++) {
            if (origin.contains(OPEN + Integer.toString(i) + CLOSE)
                    && DynatraceNames.matches(holes.get(i))) {
                return Host.DYNATRACE;
            }
        }
        if (lower.contains("dynatrace") || ENV_PREFIX.matcher(visible).find()) {
            return Host.DYNATRACE;
        }
        int scheme = lower.indexOf("://");
        if (scheme >= 0) {
            String rest = visible.substring(scheme + 3);
            if (!rest.isEmpty() && rest.charAt(0) != '{') {
                return Host.OTHER;
            }
        }
        return Host.UNKNOWN;
    }

    private static void appendHole(StringBuilder sb, List<String> holes, String name) {
        String clean = name.replaceAll("[^A-Za-z0-9_.-]", "");
        holes.add(clean.isEmpty() ? "value" : clean);
        sb.append(OPEN).append(holes.size() - 1).append(CLOSE);
    }

    private static int indexOfAny(String s, char... any) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (new String(any).indexOf(c) >= 0) {
                return i;
            }
        }
        return -1;
    }
}
