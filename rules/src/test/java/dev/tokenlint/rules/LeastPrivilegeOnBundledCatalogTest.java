package dev.tokenlint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tokenlint.core.catalog.CatalogProvider;
import dev.tokenlint.core.catalog.Operation;
import dev.tokenlint.core.catalog.PermissionCatalog;
import dev.tokenlint.core.catalog.ScopeStatus;
import dev.tokenlint.core.input.Location;
import dev.tokenlint.core.privilege.LeastPrivilege;
import dev.tokenlint.core.privilege.LeastPrivilegeSolver;
import dev.tokenlint.core.scan.ApiCall;
import dev.tokenlint.core.scan.Resolution;
import dev.tokenlint.core.tokens.TokenDefinition;
import dev.tokenlint.core.tokens.TokenOrigin;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

/** The solver against the real bundled catalog: alternatives, statuses and size as Dynatrace has them. */
class LeastPrivilegeOnBundledCatalogTest {

    private final PermissionCatalog catalog = ServiceLoader.load(CatalogProvider.class).findFirst()
            .orElseThrow().load();
    private final LeastPrivilegeSolver solver = new LeastPrivilegeSolver(catalog);

    private ApiCall call(String method, String path) {
        Operation op = catalog.match(method, path).orElseThrow(() -> new AssertionError("no " + method + " " + path));
        return new ApiCall(method, path, op, Resolution.LITERAL, new Location("src/App.java", 1, 1), "App", "");
    }

    private static TokenDefinition noScopes() {
        return new TokenDefinition("t", new Location("tokenlint.yaml", 1, 1), TokenOrigin.CONFIG, List.of(), null,
                null, null, List.of(), null, null, null, null, null, true);
    }

    @Test
    void metricsExporterNeedsIngestAndRead() {
        List<ApiCall> calls = List.of(call("POST", "/api/v2/metrics/ingest"), call("GET", "/api/v2/metrics/query"));

        assertThat(solver.recommend(calls)).containsExactly("metrics.ingest", "metrics.read");
    }

    @Test
    void syntheticMonitorsListPicksItsCheapestActiveAlternative() {
        // Accepts ExternalSyntheticIntegration, DataExport or ReadSyntheticData (reference README).
        ApiCall monitors = call("GET", "/api/v1/synthetic/monitors");

        List<String> recommended = List.copyOf(solver.recommend(List.of(monitors)));

        assertThat(recommended).hasSize(1);
        assertThat(monitors.operation().scopes()).contains(recommended.get(0));
        int cheapest = monitors.operation().scopes().stream().mapToInt(solver::cost).min().orElseThrow();
        assertThat(solver.cost(recommended.get(0))).isEqualTo(cheapest);
    }

    @Test
    void aTokenCallingEveryReadOperationOfApiV2IsSolvedWithActiveScopesOnly() {
        List<ApiCall> calls = new ArrayList<>();
        for (Operation op : catalog.operations()) {
            if (op.method().equals("GET") && op.path().startsWith("/api/v2/") && !op.scopes().isEmpty()) {
                calls.add(new ApiCall("GET", op.path(), op, Resolution.LITERAL, new Location("src/App.java", 1, 1),
                        "App", ""));
            }
        }
        assertThat(calls).hasSizeGreaterThan(50);

        LeastPrivilege lp = solver.solve(noScopes(), calls);

        assertThat(lp.unauthorised()).hasSameSizeAs(calls);
        for (ApiCall c : calls) {
            assertThat(c.operation().scopes()).as(c.endpoint()).containsAnyOf(lp.recommended().toArray(String[]::new));
        }
        for (String scope : lp.recommended()) {
            boolean activeAlternativeExisted = calls.stream().anyMatch(c -> c.operation().scopes().contains(scope)
                    && c.operation().scopes().stream().anyMatch(s -> isActive(s)));
            if (activeAlternativeExisted) {
                assertThat(isActive(scope)).as(scope).isTrue();
            }
        }
    }

    private boolean isActive(String scope) {
        return catalog.scope(scope).map(s -> s.status() == ScopeStatus.ACTIVE).orElse(false);
    }
}
