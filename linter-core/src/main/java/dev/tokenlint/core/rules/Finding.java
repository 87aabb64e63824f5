package dev.tokenlint.core.rules;

import dev.tokenlint.core.input.Location;
import dev.tokenlint.core.scan.RelatedLocation;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * A reported problem, as every output format shows it.
 *
 * @param ruleId      the rule that found it
 * @param severity    effective severity (default or re-graded by the config)
 * @param message     one line, no secret, no line number
 * @param location    file relative to the scanned root, 1-based line and column
 * @param token       the token name it concerns, or null
 * @param scope       the scope id it concerns, or null
 * @param endpoint    {@code METHOD path} it concerns, or null
 * @param fingerprint stable id for baselines: survives edits that only move lines
 * @param status      open, suppressed or baselined
 * @param reason      why it was suppressed (the config's reason), or null
 * @param related     other places that explain it (for a call through a wrapper, the client use inside it), or empty
 */
public record Finding(String ruleId, Severity severity, String message, Location location, String token,
                      String scope, String endpoint, String fingerprint, FindingStatus status, String reason,
                      List<RelatedLocation> related)
        implements Comparable<Finding> {

    /** Report order: file, line, column, then rule, then message. */
    public static final Comparator<Finding> ORDER = Comparator.comparing(Finding::location)
            .thenComparing(Finding::ruleId)
            .thenComparing(Finding::message)
            .thenComparing(f -> f.token == null ? "" : f.token);

    public Finding {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(fingerprint, "fingerprint");
        Objects.requireNonNull(status, "status");
        // Defence in depth: rules build messages from redacted model values, but a custom rule
        // might quote raw text.
        message = dev.tokenlint.core.input.QuotedInput.redact(message);
        token = dev.tokenlint.core.input.QuotedInput.redact(token);
        scope = dev.tokenlint.core.input.QuotedInput.redact(scope);
        reason = dev.tokenlint.core.input.QuotedInput.redact(reason);
        related = related == null ? List.of() : List.copyOf(related);
    }

    /** A finding with no related locations. */
    public Finding(String ruleId, Severity severity, String message, Location location, String token,
                   String scope, String endpoint, String fingerprint, FindingStatus status, String reason) {
        this(ruleId, severity, message, location, token, scope, endpoint, fingerprint, status, reason, List.of());
    }

    public Finding withStatus(FindingStatus newStatus, String why) {
        return new Finding(ruleId, severity, message, location, token, scope, endpoint, fingerprint, newStatus, why,
                related);
    }

    /** Whether it counts towards the exit code. */
    public boolean isOpen() {
        return status == FindingStatus.OPEN;
    }

    @Override
    public int compareTo(Finding o) {
        return ORDER.compare(this, o);
    }
}
