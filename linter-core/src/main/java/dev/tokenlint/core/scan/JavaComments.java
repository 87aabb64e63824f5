package dev.tokenlint.core.scan;

/**
 * Finds the comments of Java source text without parsing it: a small lexer that knows comments,
 * string and character literals and text blocks, enough to tell a {@code //} inside a string
 * ({@code "https://host/api"}) from one that starts a comment.
 */
final class JavaComments {

    private JavaComments() {
    }

    /**
     * A copy of the UTF-8 {@code source} with every comment byte (delimiters included) replaced by
     * a space, so a search of it finds only what stands in code or in a literal. Offsets are kept.
     * Unicode escapes are not decoded; an unterminated literal or comment runs to the end of its
     * line or of the text, as a compiler would stop there too.
     */
    static byte[] blanked(byte[] source) {
        byte[] out = source.clone();
        int n = source.length;
        int i = 0;
        while (i < n) {
            byte c = source[i];
            if (c == '/' && i + 1 < n && source[i + 1] == '/') {
                int end = i;
                while (end < n && source[end] != '\n') {
                    end++;
                }
                blank(out, i, end);
                i = end;
            } else if (c == '/' && i + 1 < n && source[i + 1] == '*') {
                int end = i + 2;
                while (end < n && !(source[end] == '*' && end + 1 < n && source[end + 1] == '/')) {
                    end++;
                }
                end = Math.min(n, end + 2);
                blank(out, i, end);
                i = end;
            } else if (c == '"' && i + 2 < n && source[i + 1] == '"' && source[i + 2] == '"') {
                i = textBlockEnd(source, i + 3);
            } else if (c == '"' || c == '\'') {
                i = literalEnd(source, i + 1, c);
            } else {
                i++;
            }
        }
        return out;
    }

    /** Index after the {@code """} that closes a text block whose content starts at {@code i}. */
    private static int textBlockEnd(byte[] s, int i) {
        int n = s.length;
        while (i < n) {
            if (s[i] == '\\') {
                i += 2;
            } else if (s[i] == '"' && i + 2 < n && s[i + 1] == '"' && s[i + 2] == '"') {
                return i + 3;
            } else {
                i++;
            }
        }
        return n;
    }

    /** Index after the {@code quote} that closes a string or character literal, or the line's end. */
    private static int literalEnd(byte[] s, int i, byte quote) {
        int n = s.length;
        while (i < n && s[i] != '\n') {
            if (s[i] == '\\') {
                i += 2;
            } else if (s[i] == quote) {
                return i + 1;
            } else {
                i++;
            }
        }
        return Math.min(i, n);
    }

    private static void blank(byte[] out, int from, int to) {
        for (int k = from; k < to; k++) {
            if (out[k] != '\n') {
                out[k] = ' ';
            }
        }
    }
}
