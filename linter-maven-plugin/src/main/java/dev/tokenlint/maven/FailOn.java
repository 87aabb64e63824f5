package dev.tokenlint.maven;

import dev.tokenlint.core.rules.Severity;
import java.util.Optional;

/** The {@code failOn} parameter: the lowest severity that fails the build, or never. */
final class FailOn {

    private FailOn() {
    }

    /**
     * Parses {@code error}, {@code warning}, {@code note} or {@code never}.
     *
     * @return the threshold, or empty for {@code never}
     * @throws IllegalArgumentException for any other value, with a message naming the accepted ones
     */
    static Optional<Severity> parse(String value) {
        String v = value == null ? "" : value.trim();
        if (v.equalsIgnoreCase("never")) {
            return Optional.empty();
        }
        Severity s = Severity.parse(v);
        if (s == null) {
            throw new IllegalArgumentException("failOn must be error, warning, note or never, not '" + value + "'");
        }
        return Optional.of(s);
    }
}
