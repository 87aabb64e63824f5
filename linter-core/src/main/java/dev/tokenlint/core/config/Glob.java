package dev.tokenlint.core.config;

import java.util.regex.Pattern;

/**
 * A path glob as written in tokenlint.yaml, matched against {@code /}-separated paths relative
 * to the root: {@code *} matches within one folder, {@code **} across folders ({@code **}{@code /}
 * also matches no folder at all), {@code ?} one character. A glob ending in {@code /} or naming
 * a folder also matches everything below it.
 */
public record Glob(String text, Pattern pattern) {

    /** Compiles {@code glob}. */
    public static Glob of(String glob) {
        String g = glob.replace('\\', '/');
        if (g.startsWith("./")) {
            g = g.substring(2);
        }
        StringBuilder re = new StringBuilder("^");
        for (int i = 0; i < g.length(); i++) {
            char c = g.charAt(i);
            if (c == '*') {
                boolean doubleStar = i + 1 < g.length() && g.charAt(i + 1) == '*';
                if (doubleStar) {
                    boolean slashAfter = i + 2 < g.length() && g.charAt(i + 2) == '/';
                    if (slashAfter) {
                        re.append("(?:.*/)?");
                        i += 2;
                    } else {
                        re.append(".*");
                        i += 1;
                    }
                } else {
                    re.append("[^/]*");
                }
            } else if (c == '?') {
                re.append("[^/]");
            } else if ("\\.[]{}()+-^$|".indexOf(c) >= 0) {
                re.append('\\').append(c);
            } else {
                re.append(c);
            }
        }
        if (g.endsWith("/")) {
            re.append(".*");
        } else {
            re.append("(?:/.*)?");
        }
        re.append("$");
        return new Glob(glob, Pattern.compile(re.toString()));
    }

    /** Whether {@code relativePath} (with {@code /}) matches. */
    public boolean matches(String relativePath) {
        return pattern.matcher(relativePath.replace('\\', '/')).matches();
    }
}
