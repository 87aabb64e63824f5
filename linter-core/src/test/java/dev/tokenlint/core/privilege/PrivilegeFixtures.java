package dev.tokenlint.core.privilege;

import dev.tokenlint.core.catalog.Operation;
import dev.tokenlint.core.catalog.PermissionCatalog;
import dev.tokenlint.core.catalog.RiskClass;
import dev.tokenlint.core.catalog.Scope;
import dev.tokenlint.core.catalog.ScopeFamily;
import dev.tokenlint.core.catalog.ScopeStatus;
import dev.tokenlint.core.input.Location;
import dev.tokenlint.core.scan.ApiCall;
import dev.tokenlint.core.scan.Resolution;
import dev.tokenlint.core.tokens.GrantedScope;
import dev.tokenlint.core.tokens.TokenDefinition;
import dev.tokenlint.core.tokens.TokenOrigin;
import java.util.ArrayList;
import java.util.List;

/** Hand-built catalog entries, calls and tokens for the privilege and init tests. */
public final class PrivilegeFixtures {

    private PrivilegeFixtures() {
    }

    public static Scope scope(String id, RiskClass risk) {
        return scope(id, risk, ScopeStatus.ACTIVE);
    }

    public static Scope scope(String id, RiskClass risk, ScopeStatus status) {
        return new Scope(id, id, "", ScopeFamily.of(id), status, risk, false, false, null, "test");
    }

    public static Operation op(String method, String path, String... scopes) {
        return new Operation(method, path, base(path), List.of(scopes), false, false, "", "", null, "test");
    }

    public static Operation anyScopeOp(String method, String path) {
        return new Operation(method, path, base(path), List.of(), true, false, "", "", null, "test");
    }

    private static String base(String path) {
        return path.startsWith("/api/config/v1") ? "/api/config/v1" : path.substring(0, 7);
    }

    /** A small catalog shaped like the real one: granular v2 scopes beside broad classic ones. */
    public static PermissionCatalog catalog() {
        List<Scope> scopes = List.of(
                scope("metrics.read", RiskClass.READ),
                scope("metrics.ingest", RiskClass.INGEST),
                scope("metrics.write", RiskClass.WRITE),
                scope("entities.read", RiskClass.READ),
                scope("problems.read", RiskClass.READ),
                scope("DataExport", RiskClass.READ),
                scope("ReadConfig", RiskClass.READ),
                scope("WriteConfig", RiskClass.WRITE),
                scope("settings.read", RiskClass.READ),
                scope("settings.write", RiskClass.WRITE),
                scope("apiTokens.read", RiskClass.ADMIN),
                scope("TenantTokenManagement", RiskClass.ADMIN),
                scope("ViewDashboard", RiskClass.READ, ScopeStatus.REMOVED),
                scope("logs.read", RiskClass.READ, ScopeStatus.DEPRECATED),
                scope("storage:logs:read", RiskClass.READ));
        List<Operation> ops = List.of(
                op("GET", "/api/v2/metrics/query", "metrics.read"),
                op("POST", "/api/v2/metrics/ingest", "metrics.ingest"),
                op("GET", "/api/v2/entities", "entities.read"),
                op("GET", "/api/v2/problems", "problems.read"),
                op("GET", "/api/v1/timeseries", "DataExport"),
                op("GET", "/api/config/v1/dashboards", "ReadConfig", "WriteConfig"),
                op("PUT", "/api/config/v1/dashboards/{id}", "WriteConfig"),
                op("GET", "/api/v2/settings/objects", "settings.read", "settings.write"),
                op("GET", "/api/v2/logs/search", "logs.read", "storage:logs:read"),
                op("GET", "/api/v1/dashboards/legacy", "ViewDashboard", "ReadConfig"),
                op("GET", "/api/v1/time"),
                anyScopeOp("GET", "/api/v1/config/clusterversion"));
        return new PermissionCatalog("test", scopes, ops);
    }

    /** A call at {@code file}:{@code line} to the catalog operation {@code method path}. */
    public static ApiCall call(PermissionCatalog catalog, String file, int line, String className, String method,
                        String path) {
        Operation op = catalog.match(method, path).orElseThrow(() -> new AssertionError("no op " + path));
        return new ApiCall(method, path, op, Resolution.LITERAL, new Location(file, line, 9), className,
                "java.net.http");
    }

    public static ApiCall call(PermissionCatalog catalog, String method, String path) {
        return call(catalog, "src/main/java/com/acme/App.java", 10, "com.acme.App", method, path);
    }

    public static ApiCall unresolved(String file, int line) {
        return new ApiCall(null, "base + path", null, Resolution.UNRESOLVED, new Location(file, line, 5),
                "com.acme.App", "okhttp");
    }

    public static TokenDefinition token(String name, List<String> scopes, List<String> usedBy, String env) {
        List<GrantedScope> granted = new ArrayList<>();
        for (int i = 0; i < scopes.size(); i++) {
            granted.add(new GrantedScope(scopes.get(i), new Location("tokenlint.yaml", 4 + i, 7)));
        }
        return new TokenDefinition(name, new Location("tokenlint.yaml", 2, 5), TokenOrigin.CONFIG, granted, null,
                null, null, usedBy, env, null, null, null, null, true);
    }

    public static TokenDefinition token(String name, String... scopes) {
        return token(name, List.of(scopes), List.of(), null);
    }
}
