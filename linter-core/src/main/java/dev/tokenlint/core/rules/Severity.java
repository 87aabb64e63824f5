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

    /** Whether this severity is at least {@code threshold}. */
    public boolean atLeast(Severity threshold) {
        return compareTo(threshold) >= 0;
    }
}
