package dev.tokenlint.core.input;

import java.util.regex.Pattern;

/**
 * Renders a piece of user input for an error message: shortened, on one line, and with the
 * secret portion of anything shaped like a Dynatrace token cut off, so a message that quotes a
 * bad value can never leak a secret someone pasted into the wrong field.
 */
public final class QuotedInput {

    /** Prefix and (partial) public portion, then the rest of a token-shaped word. */
    private static final Pattern TOKEN_LIKE =
            Pattern.compile("(dt0[a-zA-Z][0-9]{2}\\.[A-Za-z0-9]{0,24})\\.?[A-Za-z0-9.]*");

    /** A public identifier followed by a dot and anything more: the secret portion, whole or in part. */
    private static final Pattern WITH_SECRET =
            Pattern.compile("(dt0[a-zA-Z][0-9]{2}\\.[A-Za-z0-9]{1,24})\\.[A-Za-z0-9][A-Za-z0-9.]*");

    private static final int MAX_LENGTH = 60;

    private QuotedInput() {
    }

    /**
     * {@code text} with the secret portion of every token-shaped word replaced, and nothing else
     * changed. The model applies it to every string it takes from user input (token names,
     * owners, scope ids, ...), so no output format can show a secret someone pasted there.
     */
    public static String redact(String text) {
        if (text == null || text.indexOf("dt0") < 0) {
            return text;
        }
        return WITH_SECRET.matcher(text).replaceAll("$1... (secret redacted)");
    }

    /** {@code text} in single quotes, redacted and cut to a readable length. */
    public static String quote(String text) {
        if (text == null) {
            return "null";
        }
        String s = TOKEN_LIKE.matcher(text).replaceAll("$1... (secret redacted)");
        s = s.replaceAll("[\\r\\n\\t]+", " ");
        if (s.length() > MAX_LENGTH) {
            s = s.substring(0, MAX_LENGTH) + "...";
        }
        return "'" + s + "'";
    }
}
