package dev.tokenlint.rules;

import dev.tokenlint.core.catalog.Operation;
import dev.tokenlint.core.catalog.PermissionCatalog;
import dev.tokenlint.core.catalog.RiskClass;
import dev.tokenlint.core.catalog.Scope;
import dev.tokenlint.core.catalog.ScopeFamily;
import dev.tokenlint.core.catalog.ScopeStatus;
import dev.tokenlint.core.input.Location;
import dev.tokenlint.core.privilege.Binder;
import dev.tokenlint.core.privilege.Bindings;
import dev.tokenlint.core.privilege.LeastPrivilege;
import dev.tokenlint.core.privilege.LeastPrivilegeSolver;
import dev.tokenlint.core.rules.Diagnostic;
import dev.tokenlint.core.rules.Rule;
import dev.tokenlint.core.rules.RuleContext;
import dev.tokenlint.core.rules.RuleOptions;
import dev.tokenlint.core.scan.ApiCall;
import dev.tokenlint.core.scan.AuthHeader;
import dev.tokenlint.core.scan.CodeFacts;
import dev.tokenlint.core.scan.EnvRead;
import dev.tokenlint.core.scan.Resolution;
import dev.tokenlint.core.scan.TokenInUrl;
import dev.tokenlint.core.scan.TokenLiteral;
import dev.tokenlint.core.tokens.GrantedScope;
import dev.tokenlint.core.tokens.TokenDefinition;
import dev.tokenlint.core.tokens.TokenOrigin;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds a {@link RuleContext} by hand: a small catalog shaped like the real one, tokens, calls
 * and other code facts; binding and least privilege run as the engine runs them.
 */
final class RuleFixture {

    static final String CONFIG = "tokenlint.yaml";

    private final PermissionCatalog catalog = catalog();
    private final List<TokenDefinition> tokens = new ArrayList<>();
    private final List<ApiCall> calls = new ArrayList<>();
    private final List<EnvRead> envReads = new ArrayList<>();
    private final List<AuthHeader> authHeaders = new ArrayList<>();
    private final List<TokenInUrl> tokensInUrls = new ArrayList<>();
    private final List<TokenLiteral> tokenLiterals = new ArrayList<>();
    private int nextTokenLine = 2;

    /** Declares a token in tokenlint.yaml; each scope gets its own line after the name. */
    RuleFixture token(String name, List<String> scopes, List<String> usedBy, String env) {
        Location at = new Location(CONFIG, nextTokenLine, 5);
        List<GrantedScope> granted = new ArrayList<>();
        for (int i = 0; i < scopes.size(); i++) {
            granted.add(new GrantedScope(scopes.get(i), new Location(CONFIG, nextTokenLine + 1 + i, 9)));
        }
        nextTokenLine += scopes.size() + 2;
        tokens.add(new TokenDefinition(name, at, TokenOrigin.CONFIG, granted, null, null, null, usedBy, env, null,
                null, null, null, true));
        return this;
    }

    RuleFixture token(String name, String... scopes) {
        return token(name, List.of(scopes), List.of(), null);
    }

    /** A call matched against the catalog (the operation may be absent for unknown paths). */
    RuleFixture call(String file, int line, String className, String method, String path) {
        Operation op = catalog.match(method, path).orElse(null);
        calls.add(new ApiCall(method, path, op, Resolution.LITERAL, new Location(file, line, 9), className,
                "java.net.http"));
        return this;
    }

    RuleFixture call(String method, String path) {
        return call("src/main/java/com/acme/App.java", 10 + calls.size(), "com.acme.App", method, path);
    }

    RuleFixture unresolvedCall(String file, int line, String className, String expression) {
        calls.add(new ApiCall(null, expression, null, Resolution.UNRESOLVED, new Location(file, line, 5), className,
                "okhttp"));
        return this;
    }

    RuleFixture envRead(String name, String className) {
        envReads.add(new EnvRead(name, className, new Location("src/main/java/x.java", 1, 1)));
        return this;
    }

    RuleFixture authHeader(String file, int line, String realm, String className) {
        authHeaders.add(new AuthHeader(new Location(file, line, 20), realm, className));
        return this;
    }

    RuleFixture tokenInUrl(String file, int line, String parameter) {
        tokensInUrls.add(new TokenInUrl(new Location(file, line, 30), parameter));
        return this;
    }

    RuleFixture tokenLiteral(String file, int line, String publicId, boolean inUrl) {
        tokenLiterals.add(new TokenLiteral(new Location(file, line, 40), publicId, inUrl));
        return this;
    }

    List<TokenDefinition> tokens() {
        return tokens;
    }

    RuleContext context() {
        CodeFacts facts = new CodeFacts(calls, tokenLiterals, tokensInUrls, authHeaders, envReads, List.of(),
                List.of(), 1, 1);
        Bindings bindings = new Binder().bind(tokens, facts);
        LeastPrivilegeSolver solver = new LeastPrivilegeSolver(catalog);
        Map<TokenDefinition, LeastPrivilege> verdicts = new LinkedHashMap<>();
        for (TokenDefinition token : tokens) {
            if (!bindings.callsOf(token).isEmpty()) {
                verdicts.put(token, solver.solve(token, bindings.callsOf(token)));
            }
        }
        return new RuleContext(catalog, tokens, facts, bindings, verdicts, List.of(), RuleOptions.none("test"),
                LocalDate.of(2026, 11, 28));
    }

    /** What {@code rule} reports, sorted the way the engine sorts it. */
    List<Diagnostic> run(Rule rule) {
        List<Diagnostic> out = new ArrayList<>();
        rule.check(context(), out::add);
        out.sort(java.util.Comparator.comparing(Diagnostic::location).thenComparing(Diagnostic::message));
        return out;
    }

    static PermissionCatalog catalog() {
        List<Scope> scopes = List.of(
                scope("metrics.read", RiskClass.READ, ScopeStatus.ACTIVE),
                scope("metrics.ingest", RiskClass.INGEST, ScopeStatus.ACTIVE),
                scope("problems.read", RiskClass.READ, ScopeStatus.ACTIVE),
                scope("DataExport", RiskClass.READ, ScopeStatus.ACTIVE),
                scope("ReadConfig", RiskClass.READ, ScopeStatus.ACTIVE),
                scope("WriteConfig", RiskClass.WRITE, ScopeStatus.ACTIVE),
                scope("apiTokens.read", RiskClass.ADMIN, ScopeStatus.ACTIVE),
                scope("TenantTokenManagement", RiskClass.ADMIN, ScopeStatus.ACTIVE));
        List<Operation> ops = List.of(
                op("GET", "/api/v2/metrics/query", false, null, "metrics.read"),
                op("POST", "/api/v2/metrics/ingest", false, null, "metrics.ingest"),
                op("GET", "/api/v2/problems", false, null, "problems.read"),
                op("GET", "/api/config/v1/dashboards", false, null, "ReadConfig", "WriteConfig"),
                op("GET", "/api/v1/tokens", true, "/api/v2/apiTokens", "TenantTokenManagement"),
                op("GET", "/api/v1/timeseries", true, null, "DataExport"),
                op("GET", "/api/v2/apiTokens", false, null, "apiTokens.read"));
        return new PermissionCatalog("fixture", scopes, ops);
    }

    private static Scope scope(String id, RiskClass risk, ScopeStatus status) {
        return new Scope(id, id, "", ScopeFamily.of(id), status, risk, false, false, null, "fixture");
    }

    private static Operation op(String method, String path, boolean deprecated, String replacement,
                                String... scopes) {
        String base = path.startsWith("/api/config/v1") ? "/api/config/v1" : path.substring(0, 7);
        return new Operation(method, path, base, List.of(scopes), false, deprecated, "", "", replacement, "fixture");
    }
}
