package dev.tokenlint.core.rules;

import dev.tokenlint.core.input.Location;
import dev.tokenlint.core.scan.RelatedLocation;
import java.util.List;
import java.util.Objects;

/**
 * What a rule reports: where, what, and the token, scope and endpoint it is about. The engine
 * turns it into a {@link dev.tokenlint.core.rules.Finding} with the configured severity and a
 * fingerprint. Messages must not contain line numbers (fingerprints must survive moved lines)
 * and never the secret portion of a token. {@code related} are other places that explain it (the
 * client use inside a wrapper for a call reported at the wrapper's caller); they are not part of the
 * fingerprint.
 */
public record Diagnostic(Location location, String message, String token, String scope, String endpoint,
                         Severity atMost, List<RelatedLocation> related) {

    public Diagnostic {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(message, "message");
        related = related == null ? List.of() : List.copyOf(related);
    }

    /** A diagnostic with a severity cap and no related locations. */
    public Diagnostic(Location location, String message, String token, String scope, String endpoint,
                      Severity atMost) {
        this(location, message, token, scope, endpoint, atMost, List.of());
    }

    /** A diagnostic of the rule's configured severity. */
    public Diagnostic(Location location, String message, String token, String scope, String endpoint) {
        this(location, message, token, scope, endpoint, null);
    }

    /** A diagnostic with only a location and message. */
    public static Diagnostic at(Location location, String message) {
        return new Diagnostic(location, message, null, null, null, null);
    }

    /** A diagnostic at {@code call}, with the places it passed through (a wrapper's client use) as related locations. */
    public static Diagnostic atCall(dev.tokenlint.core.scan.ApiCall call, String message) {
        return new Diagnostic(call.location(), message, null, null, null, null, call.related());
    }

    public Diagnostic token(String name) {
        return new Diagnostic(location, message, name, scope, endpoint, atMost, related);
    }

    public Diagnostic scope(String id) {
        return new Diagnostic(location, message, token, id, endpoint, atMost, related);
    }

    public Diagnostic endpoint(String methodAndPath) {
        return new Diagnostic(location, message, token, scope, methodAndPath, atMost, related);
    }

    /**
     * Caps the severity of this one diagnostic: a rule that is less sure of a case than of its
     * usual ones (a verdict that rests on calls it could not read) reports it at most this severe,
     * whatever severity the rule is configured with.
     */
    public Diagnostic atMost(Severity cap) {
        return new Diagnostic(location, message, token, scope, endpoint, cap, related);
    }

    /** This diagnostic with {@code places} as its related locations. */
    public Diagnostic related(List<RelatedLocation> places) {
        return new Diagnostic(location, message, token, scope, endpoint, atMost, places);
    }

    /** The severity this diagnostic gets when its rule is configured with {@code configured}. */
    public Severity severity(Severity configured) {
        return atMost != null && configured.compareTo(atMost) > 0 ? atMost : configured;
    }
}
