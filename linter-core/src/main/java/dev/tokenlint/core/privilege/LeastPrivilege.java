package dev.tokenlint.core.privilege;

import dev.tokenlint.core.scan.ApiCall;
import java.util.List;
import java.util.SortedSet;

/**
 * The least-privilege verdict for one token.
 *
 * @param granted     scopes the token has
 * @param needed      scopes of {@code granted} that its bound calls use (the cheapest cover drawn from what it has)
 * @param recommended the cheapest scope set, drawn from the whole catalog, that authorises every bound call
 * @param unused      granted scopes outside {@code needed}
 * @param unauthorised bound calls that no granted scope authorises (would get 403)
 */
public record LeastPrivilege(SortedSet<String> granted, SortedSet<String> needed, SortedSet<String> recommended,
                             SortedSet<String> unused, List<ApiCall> unauthorised) {

    public LeastPrivilege {
        granted = java.util.Collections.unmodifiableSortedSet(new java.util.TreeSet<>(granted));
        needed = java.util.Collections.unmodifiableSortedSet(new java.util.TreeSet<>(needed));
        recommended = java.util.Collections.unmodifiableSortedSet(new java.util.TreeSet<>(recommended));
        unused = java.util.Collections.unmodifiableSortedSet(new java.util.TreeSet<>(unused));
        unauthorised = List.copyOf(unauthorised);
    }
}
