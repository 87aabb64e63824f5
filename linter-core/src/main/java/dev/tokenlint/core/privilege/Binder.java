package dev.tokenlint.core.privilege;

import dev.tokenlint.core.config.Glob;
import dev.tokenlint.core.scan.ApiCall;
import dev.tokenlint.core.scan.CodeFacts;
import dev.tokenlint.core.scan.EnvRead;
import dev.tokenlint.core.tokens.TokenDefinition;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Binds calls to tokens: by the token's {@code usedBy} globs, by the {@code env} variable or
 * property the call's class reads, and, with exactly one token declared and no other binding,
 * every call to that token.
 *
 * <p>The single-token default applies only when that token declares neither {@code usedBy} nor
 * {@code env}: a token that says where it is used is held to what it says, so a glob that
 * matches nothing shows up as unbound calls instead of being silently widened.
 */
public final class Binder {

    /**
     * Binds every call of {@code facts} to the tokens that serve it. A call may bind to several
     * tokens (two tokens whose globs overlap); calls in each list keep location order.
     */
    public Bindings bind(List<TokenDefinition> tokens, CodeFacts facts) {
        List<ApiCall> calls = new ArrayList<>(facts.calls());
        calls.sort(Comparator.comparing(ApiCall::location));
        if (tokens.size() == 1 && declaresNoBinding(tokens.get(0))) {
            return calls.isEmpty() ? Bindings.none() : new Bindings(Map.of(tokens.get(0), calls), List.of());
        }
        Map<String, Set<String>> envReadsByClass = envReadsByClass(facts.envReads());
        Map<TokenDefinition, List<Glob>> globs = new HashMap<>();
        for (TokenDefinition token : tokens) {
            globs.put(token, token.usedBy().stream().map(Glob::of).toList());
        }
        Map<TokenDefinition, List<ApiCall>> byToken = new LinkedHashMap<>();
        List<ApiCall> unbound = new ArrayList<>();
        for (ApiCall call : calls) {
            boolean bound = false;
            for (TokenDefinition token : tokens) {
                if (serves(token, globs.get(token), call, envReadsByClass)) {
                    byToken.computeIfAbsent(token, t -> new ArrayList<>()).add(call);
                    bound = true;
                }
            }
            if (!bound) {
                unbound.add(call);
            }
        }
        return new Bindings(byToken, unbound);
    }

    private static boolean declaresNoBinding(TokenDefinition token) {
        return token.usedBy().isEmpty() && (token.env() == null || token.env().isBlank());
    }

    /** Whether the call's file is one of the token's {@code usedBy} globs or its class reads the token's {@code env}. */
    private static boolean serves(TokenDefinition token, List<Glob> globs, ApiCall call,
                                  Map<String, Set<String>> envReadsByClass) {
        for (Glob glob : globs) {
            if (glob.matches(call.location().file())) {
                return true;
            }
        }
        if (token.env() == null || token.env().isBlank() || call.className().isEmpty()) {
            return false;
        }
        return envReadsByClass.getOrDefault(call.className(), Set.of()).contains(token.env().trim());
    }

    private static Map<String, Set<String>> envReadsByClass(List<EnvRead> reads) {
        Map<String, Set<String>> out = new HashMap<>();
        for (EnvRead read : reads) {
            if (read.className() != null && read.name() != null) {
                out.computeIfAbsent(read.className(), c -> new HashSet<>()).add(read.name());
            }
        }
        return out;
    }
}
