package dev.tokenlint.core.rules;

import java.util.Locale;

/** How serious a finding is. Ordered from least to most serious. */
public enum Severity {
    NOTE, WARNING, ERROR;

    /** The id used in config files, reports and {@code --fail-on}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses {@link #id()}, case-insensitively; null when it is not a severity. */
    public static Severity parse(String id) {
        for (Severity s : values()) {
            if (s.id().equalsIgnoreCase(id)) {
                return s;
            }
        }
        return null;
    }

    /**
     * Parses a failure threshold as {@code --fail-on} and the Maven {@code failOn} parameter take
     * it: {@code error}, {@code warning}, {@code note}, or {@code never} (empty: nothing fails).
     *
     * @throws IllegalArgumentException for anything else, naming the accepted values
     */
    public static java.util.Optional<Severity> parseThreshold(String value) {
        String v = value == null ? "" : value.trim();
        if (v.equalsIgnoreCase("never")) {
            return java.util.Optional.empty();
        }
        Severity s = parse(v);
        if (s == null) {
            throw new IllegalArgumentException("must be error, warning, note or never, not '" + value + "'");
        }
        return java.util.Optional.of(s);
    }

    /** Whether this severity is at least {@code threshold}. */
    public boolean atLeast(Severity threshold) {
        return compareTo(threshold) >= 0;
    }
}
