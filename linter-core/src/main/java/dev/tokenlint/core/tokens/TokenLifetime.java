package dev.tokenlint.core.tokens;

import java.time.Period;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses how long a token lives, written as in tokenlint.yaml ({@code 90d}, {@code 12w},
 * {@code 6mo}, {@code 1y}, or a plain number of days). Days are the finest unit that matters for
 * expiry policy.
 */
public final class TokenLifetime {

    private static final Pattern TEXT = Pattern.compile("(\\d{1,6})\\s*(d|days?|w|weeks?|mo|months?|y|years?)?");

    private TokenLifetime() {
    }

    /** The period {@code text} names, or null when it is not a lifetime. */
    public static Period parse(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = TEXT.matcher(text.trim().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            return null;
        }
        int n = Integer.parseInt(m.group(1));
        String unit = m.group(2) == null ? "d" : m.group(2);
        if (unit.startsWith("w")) {
            return Period.ofWeeks(n);
        }
        if (unit.startsWith("mo")) {
            return Period.ofMonths(n);
        }
        if (unit.startsWith("y")) {
            return Period.ofYears(n);
        }
        return Period.ofDays(n);
    }
}
