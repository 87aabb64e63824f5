package dev.tokenlint.core.privilege;

import static dev.tokenlint.core.privilege.PrivilegeFixtures.call;
import static dev.tokenlint.core.privilege.PrivilegeFixtures.catalog;
import static dev.tokenlint.core.privilege.PrivilegeFixtures.token;
import static dev.tokenlint.core.privilege.PrivilegeFixtures.unresolved;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tokenlint.core.catalog.PermissionCatalog;
import dev.tokenlint.core.scan.ApiCall;
import java.util.List;
import org.junit.jupiter.api.Test;

class LeastPrivilegeSolverTest {

    private final PermissionCatalog catalog = catalog();
    private final LeastPrivilegeSolver solver = new LeastPrivilegeSolver(catalog);

    @Test
    void grantsExactlyWhatTheCallsNeedAndFlagsTheRest() {
        List<ApiCall> calls = List.of(call(catalog, "POST", "/api/v2/metrics/ingest"),
                call(catalog, "GET", "/api/v2/metrics/query"));

        LeastPrivilege lp = solver.solve(token("exporter", "metrics.ingest", "metrics.read", "WriteConfig"), calls);

        assertThat(lp.granted()).containsExactly("WriteConfig", "metrics.ingest", "metrics.read");
        assertThat(lp.needed()).containsExactly("metrics.ingest", "metrics.read");
        assertThat(lp.recommended()).containsExactly("metrics.ingest", "metrics.read");
        assertThat(lp.unused()).containsExactly("WriteConfig");
        assertThat(lp.unauthorised()).isEmpty();
    }

    @Test
    void callWithNoGrantedAlternativeIsUnauthorised() {
        ApiCall ingest = call(catalog, "POST", "/api/v2/metrics/ingest");
        ApiCall query = call(catalog, "GET", "/api/v2/metrics/query");

        LeastPrivilege lp = solver.solve(token("reader", "metrics.read"), List.of(ingest, query));

        assertThat(lp.unauthorised()).containsExactly(ingest);
        assertThat(lp.needed()).containsExactly("metrics.read");
        assertThat(lp.recommended()).containsExactly("metrics.ingest", "metrics.read");
        assertThat(lp.unused()).isEmpty();
    }

    @Test
    void alternativesPickTheCheaperScope() {
        // Dashboards accept ReadConfig or WriteConfig: a read scope is the least privilege.
        ApiCall dashboards = call(catalog, "GET", "/api/config/v1/dashboards");

        LeastPrivilege lp = solver.solve(token("t", "ReadConfig", "WriteConfig"), List.of(dashboards));

        assertThat(lp.needed()).containsExactly("ReadConfig");
        assertThat(lp.unused()).containsExactly("WriteConfig");
        assertThat(lp.recommended()).containsExactly("ReadConfig");
    }

    @Test
    void oneScopeServingSeveralCallsBeatsOneScopePerCall() {
        // PUT needs WriteConfig, which also serves the GET: ReadConfig would be extra.
        List<ApiCall> calls = List.of(call(catalog, "GET", "/api/config/v1/dashboards"),
                call(catalog, "PUT", "/api/config/v1/dashboards/{id}"));

        LeastPrivilege lp = solver.solve(token("t", "ReadConfig", "WriteConfig"), calls);

        assertThat(lp.needed()).containsExactly("WriteConfig");
        assertThat(lp.unused()).containsExactly("ReadConfig");
        assertThat(lp.recommended()).containsExactly("WriteConfig");
    }

    @Test
    void grantedAlternativeCountsEvenWhenACheaperOneExistsInTheCatalog() {
        ApiCall settings = call(catalog, "GET", "/api/v2/settings/objects");

        LeastPrivilege lp = solver.solve(token("t", "settings.write"), List.of(settings));

        assertThat(lp.needed()).containsExactly("settings.write");
        assertThat(lp.unauthorised()).isEmpty();
        assertThat(lp.recommended()).containsExactly("settings.read");
    }

    @Test
    void neverRecommendsARemovedOrDeprecatedScopeWhenAnActiveOneWorks() {
        List<ApiCall> calls = List.of(call(catalog, "GET", "/api/v1/dashboards/legacy"),
                call(catalog, "GET", "/api/v2/logs/search"));

        LeastPrivilege lp = solver.solve(token("t", "ViewDashboard", "logs.read"), calls);

        assertThat(lp.recommended()).containsExactly("ReadConfig", "storage:logs:read");
        assertThat(lp.needed()).containsExactly("ViewDashboard", "logs.read");
    }

    @Test
    void operationsNeedingNoScopeOrAnyScopeAddNothingWhenOtherCallsNeedScopes() {
        List<ApiCall> calls = List.of(call(catalog, "GET", "/api/v1/time"),
                call(catalog, "GET", "/api/v1/config/clusterversion"),
                call(catalog, "GET", "/api/v2/problems"));

        LeastPrivilege lp = solver.solve(token("t", "problems.read", "DataExport"), calls);

        assertThat(lp.needed()).containsExactly("problems.read");
        assertThat(lp.recommended()).containsExactly("problems.read");
        assertThat(lp.unused()).containsExactly("DataExport");
    }

    @Test
    void anyScopeCallAloneNeedsTheCheapestGrantedScope() {
        ApiCall version = call(catalog, "GET", "/api/v1/config/clusterversion");

        LeastPrivilege lp = solver.solve(token("t", "WriteConfig", "metrics.read"), List.of(version));

        assertThat(lp.needed()).containsExactly("metrics.read");
        assertThat(lp.unused()).containsExactly("WriteConfig");
        assertThat(lp.recommended()).hasSize(1);
        assertThat(catalog.scope(lp.recommended().first()).orElseThrow().risk())
                .isEqualTo(dev.tokenlint.core.catalog.RiskClass.READ);
    }

    @Test
    void anyScopeCallIsUnauthorisedForATokenWithoutScopes() {
        ApiCall version = call(catalog, "GET", "/api/v1/config/clusterversion");

        LeastPrivilege lp = solver.solve(token("t"), List.of(version));

        assertThat(lp.unauthorised()).containsExactly(version);
    }

    @Test
    void noScopeOperationIsNeverUnauthorised() {
        ApiCall time = call(catalog, "GET", "/api/v1/time");

        LeastPrivilege lp = solver.solve(token("t"), List.of(time));

        assertThat(lp.unauthorised()).isEmpty();
        assertThat(lp.recommended()).isEmpty();
    }

    @Test
    void unresolvedCallsDoNotCountTowardsLeastPrivilege() {
        LeastPrivilege lp = solver.solve(token("t", "metrics.read"),
                List.of(unresolved("src/main/java/com/acme/App.java", 3)));

        assertThat(lp.needed()).isEmpty();
        assertThat(lp.unauthorised()).isEmpty();
        assertThat(lp.recommended()).isEmpty();
    }

    @Test
    void granularV2ScopeIsPreferredOverAClassicOneOfTheSameRisk() {
        assertThat(solver.cost("metrics.read")).isLessThan(solver.cost("DataExport"));
        assertThat(solver.cost("DataExport")).isLessThan(solver.cost("metrics.ingest"));
        assertThat(solver.cost("nonsense.scope")).isGreaterThan(solver.cost("TenantTokenManagement"));
    }

    @Test
    void cheapestAlternativeNamesTheActiveReadScope() {
        assertThat(solver.cheapestAlternative(List.of("WriteConfig", "ReadConfig"))).contains("ReadConfig");
        assertThat(solver.cheapestAlternative(List.of("ViewDashboard", "ReadConfig"))).contains("ReadConfig");
        assertThat(solver.cheapestAlternative(List.of())).isEmpty();
    }
}
