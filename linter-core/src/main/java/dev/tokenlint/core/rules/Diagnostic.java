package dev.tokenlint.core.rules;

import dev.tokenlint.core.input.Location;
import java.util.Objects;

/**
 * What a rule reports: where, what, and the token, scope and endpoint it is about. The engine
 * turns it into a {@link dev.tokenlint.core.rules.Finding} with the configured severity and a
 * fingerprint. Messages must not contain line numbers (fingerprints must survive moved lines)
 * and never the secret portion of a token.
 */
public record Diagnostic(Location location, String message, String token, String scope, String endpoint) {

    public Diagnostic {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(message, "message");
    }

    /** A diagnostic with only a location and message. */
    public static Diagnostic at(Location location, String message) {
        return new Diagnostic(location, message, null, null, null);
    }

    public Diagnostic token(String name) {
        return new Diagnostic(location, message, name, scope, endpoint);
    }

    public Diagnostic scope(String id) {
        return new Diagnostic(location, message, token, id, endpoint);
    }

    public Diagnostic endpoint(String methodAndPath) {
        return new Diagnostic(location, message, token, scope, methodAndPath);
    }
}
