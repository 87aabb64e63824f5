package dev.tokenlint.core.init;

import dev.tokenlint.core.scan.ApiCall;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * One token {@code tokenlint init} proposes: a source area of the code base and the
 * least-privilege scopes its calls need.
 *
 * @param name   kebab-case token name, e.g. {@code acme-metrics-exporter}
 * @param usedBy globs covering the area's source files
 * @param scopes the cheapest scope set that authorises every resolved call of the area
 * @param calls  the area's calls, in location order
 */
public record ProposedToken(String name, SortedSet<String> usedBy, SortedSet<String> scopes, List<ApiCall> calls) {

    public ProposedToken {
        usedBy = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(usedBy));
        scopes = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(scopes));
        calls = List.copyOf(calls);
    }
}
