package dev.tokenlint.core.rules;

import dev.tokenlint.core.input.Location;
import java.util.Objects;

/**
 * What a rule reports: where, what, and the token, scope and endpoint it is about. The engine
 * turns it into a {@link dev.tokenlint.core.rules.Finding} with the configured severity and a
 * fingerprint. Messages must not contain line numbers (fingerprints must survive moved lines)
 * and never the secret portion of a token.
 */
public record Diagnostic(Location location, String message, String token, String scope, String endpoint,
                         Severity atMost) {

    public Diagnostic {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(message, "message");
    }

    /** A diagnostic of the rule's configured severity. */
    public Diagnostic(Location location, String message, String token, String scope, String endpoint) {
        this(location, message, token, scope, endpoint, null);
    }

    /** A diagnostic with only a location and message. */
    public static Diagnostic at(Location location, String message) {
        return new Diagnostic(location, message, null, null, null, null);
    }

    public Diagnostic token(String name) {
        return new Diagnostic(location, message, name, scope, endpoint, atMost);
    }

    public Diagnostic scope(String id) {
        return new Diagnostic(location, message, token, id, endpoint, atMost);
    }

    public Diagnostic endpoint(String methodAndPath) {
        return new Diagnostic(location, message, token, scope, methodAndPath, atMost);
    }

    /**
     * Caps the severity of this one diagnostic: a rule that is less sure of a case than of its
     * usual ones (a verdict that rests on calls it could not read) reports it at most this severe,
     * whatever severity the rule is configured with.
     */
    public Diagnostic atMost(Severity cap) {
        return new Diagnostic(location, message, token, scope, endpoint, cap);
    }

    /** The severity this diagnostic gets when its rule is configured with {@code configured}. */
    public Severity severity(Severity configured) {
        return atMost != null && configured.compareTo(atMost) > 0 ? atMost : configured;
    }
}
