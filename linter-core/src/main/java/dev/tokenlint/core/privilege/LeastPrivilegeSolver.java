package dev.tokenlint.core.privilege;

import dev.tokenlint.core.catalog.Operation;
import dev.tokenlint.core.catalog.PermissionCatalog;
import dev.tokenlint.core.catalog.Scope;
import dev.tokenlint.core.catalog.ScopeStatus;
import dev.tokenlint.core.scan.ApiCall;
import dev.tokenlint.core.tokens.TokenDefinition;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Computes the cheapest scope set that authorises a token's calls.
 *
 * <p>Only calls matched to a catalog operation count: an unresolved or unmatched call says
 * nothing about scopes (the {@code unresolved-call} rule reports it). An operation that needs no
 * scope ({@link Operation#needsNoScope()}) is authorised by any token; one that accepts any scope
 * ({@link Operation#anyScope()}) is authorised by whatever the token has, and adds a scope to a
 * recommendation only when nothing else does.
 *
 * <p>Cost is {@link Scope#cost()}: risk class first (read &lt; ingest &lt; write &lt; admin), a granular
 * v2 scope cheaper than a broad classic one. A scope the catalog does not know costs more than
 * any known one. Ties: fewer scopes, then lexically earlier ids (see {@link CheapestCover}).
 */
public final class LeastPrivilegeSolver {

    /** Cost of a scope id the catalog does not know: above every catalogued scope. */
    static final int UNKNOWN_SCOPE_COST = 1_000;

    private final PermissionCatalog catalog;

    public LeastPrivilegeSolver(PermissionCatalog catalog) {
        this.catalog = catalog;
    }

    /** The least-privilege verdict for {@code token} serving {@code calls}. */
    public LeastPrivilege solve(TokenDefinition token, List<ApiCall> calls) {
        SortedSet<String> granted = new TreeSet<>(token.scopeIds());
        List<Set<String>> grantedAlternatives = new ArrayList<>();
        List<ApiCall> unauthorised = new ArrayList<>();
        boolean anyScopeAuthorised = false;
        for (ApiCall call : calls) {
            Operation op = call.operation();
            if (!counts(op)) {
                continue;
            }
            if (op.anyScope()) {
                if (granted.isEmpty()) {
                    unauthorised.add(call);
                } else {
                    anyScopeAuthorised = true;
                }
                continue;
            }
            Set<String> usable = new TreeSet<>(op.scopes());
            usable.retainAll(granted);
            if (usable.isEmpty()) {
                unauthorised.add(call);
            } else {
                grantedAlternatives.add(usable);
            }
        }
        SortedSet<String> needed = CheapestCover.of(grantedAlternatives, this::cost);
        if (needed.isEmpty() && anyScopeAuthorised) {
            cheapest(granted).ifPresent(needed::add);
        }
        SortedSet<String> unused = new TreeSet<>(granted);
        unused.removeAll(needed);
        return new LeastPrivilege(granted, needed, recommend(calls), unused, unauthorised);
    }

    /**
     * The cheapest set of scopes, drawn from the catalog, that authorises every call with a
     * matched operation; never a removed or deprecated scope when an active alternative exists.
     */
    public SortedSet<String> recommend(List<ApiCall> calls) {
        List<Set<String>> alternatives = new ArrayList<>();
        boolean anyScope = false;
        for (ApiCall call : calls) {
            Operation op = call.operation();
            if (!counts(op)) {
                continue;
            }
            if (op.anyScope()) {
                anyScope = true;
            } else {
                alternatives.add(preferred(op.scopes()));
            }
        }
        SortedSet<String> recommended = CheapestCover.of(alternatives, this::cost);
        if (recommended.isEmpty() && anyScope) {
            List<String> active = catalog.scopes().stream().filter(s -> s.status() == ScopeStatus.ACTIVE)
                    .map(Scope::id).toList();
            cheapest(active).ifPresent(recommended::add);
        }
        return recommended;
    }

    /** The cheapest scope among {@code alternatives}, preferring active ones; empty when there are none. */
    public Optional<String> cheapestAlternative(List<String> alternatives) {
        return alternatives.isEmpty() ? Optional.empty() : cheapest(preferred(alternatives));
    }

    /** The cost the solver minimises for {@code scopeId}. */
    public int cost(String scopeId) {
        return catalog.scope(scopeId).map(Scope::cost).orElse(UNKNOWN_SCOPE_COST);
    }

    private static boolean counts(Operation op) {
        return op != null && !op.needsNoScope();
    }

    /** Active alternatives if any, else deprecated ones, else all of them (removed or unknown). */
    private Set<String> preferred(List<String> alternatives) {
        for (ScopeStatus status : List.of(ScopeStatus.ACTIVE, ScopeStatus.DEPRECATED)) {
            Set<String> withStatus = new LinkedHashSet<>();
            for (String id : alternatives) {
                if (catalog.scope(id).map(s -> s.status() == status).orElse(false)) {
                    withStatus.add(id);
                }
            }
            if (!withStatus.isEmpty()) {
                return withStatus;
            }
        }
        return new LinkedHashSet<>(alternatives);
    }

    private Optional<String> cheapest(java.util.Collection<String> ids) {
        return ids.stream().min(Comparator.comparingInt(this::cost).thenComparing(Comparator.naturalOrder()));
    }
}
