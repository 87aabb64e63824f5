package dev.tokenlint.core.privilege;

import dev.tokenlint.core.catalog.PermissionCatalog;
import dev.tokenlint.core.scan.ApiCall;
import dev.tokenlint.core.tokens.TokenDefinition;
import java.util.List;

/** Computes the cheapest scope set that authorises a token's calls. */
public final class LeastPrivilegeSolver {

    private final PermissionCatalog catalog;

    public LeastPrivilegeSolver(PermissionCatalog catalog) {
        this.catalog = catalog;
    }

    public LeastPrivilege solve(TokenDefinition token, List<ApiCall> calls) {
        throw new UnsupportedOperationException("not yet implemented");
    }
}
