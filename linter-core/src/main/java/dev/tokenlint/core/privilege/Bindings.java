package dev.tokenlint.core.privilege;

import dev.tokenlint.core.scan.ApiCall;
import dev.tokenlint.core.tokens.TokenDefinition;
import java.util.List;
import java.util.Map;

/**
 * Which calls each token serves, and the calls no token covers.
 *
 * @param byToken calls bound to each token (a call may bind to several tokens)
 * @param unbound calls bound to no token
 */
public record Bindings(Map<TokenDefinition, List<ApiCall>> byToken, List<ApiCall> unbound) {

    public Bindings {
        byToken = Map.copyOf(byToken);
        unbound = List.copyOf(unbound);
    }

    /** The calls bound to {@code token}, in location order. */
    public List<ApiCall> callsOf(TokenDefinition token) {
        return byToken.getOrDefault(token, List.of());
    }

    public static Bindings none() {
        return new Bindings(Map.of(), List.of());
    }
}
