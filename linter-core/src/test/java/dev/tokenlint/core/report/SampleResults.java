package dev.tokenlint.core.report;

import dev.tokenlint.core.catalog.Operation;
import dev.tokenlint.core.catalog.PermissionCatalog;
import dev.tokenlint.core.catalog.RiskClass;
import dev.tokenlint.core.catalog.Scope;
import dev.tokenlint.core.catalog.ScopeFamily;
import dev.tokenlint.core.catalog.ScopeStatus;
import dev.tokenlint.core.engine.LintResult;
import dev.tokenlint.core.input.Location;
import dev.tokenlint.core.privilege.Bindings;
import dev.tokenlint.core.privilege.LeastPrivilege;
import dev.tokenlint.core.rules.Finding;
import dev.tokenlint.core.rules.FindingStatus;
import dev.tokenlint.core.rules.RuleMetadata;
import dev.tokenlint.core.rules.Severity;
import dev.tokenlint.core.scan.ApiCall;
import dev.tokenlint.core.scan.CodeFacts;
import dev.tokenlint.core.scan.RelatedLocation;
import dev.tokenlint.core.scan.Resolution;
import dev.tokenlint.core.tokens.GrantedScope;
import dev.tokenlint.core.tokens.TokenDefinition;
import dev.tokenlint.core.tokens.TokenOrigin;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Hand-built lint results for the reporter tests: a small catalog, three tokens, five calls
 * (two bound to one token, one to another, two unbound) and findings of every severity and
 * status, the way the engine would hand them over.
 */
final class SampleResults {

    static final LocalDate AS_OF = LocalDate.of(2026, 11, 28);
    static final String CATALOG_VERSION = "dynatrace-1.254";
    static final String METRICS_TOKEN = "acme-metrics-exporter-prod";
    static final String CONFIG_TOKEN = "config-sync";
    static final String CI_TOKEN = "new token";
    static final String PUBLIC_ID = "dt0c01.ABCDEFGHIJKLMNOPQRSTUVWX";

    private SampleResults() {
    }

    /** A normal run: suppressed and baselined findings carry their status. */
    static LintResult typical() {
        return build(false, List.of());
    }

    /** The same findings in an auditor's run ({@code --no-ignores}). */
    static LintResult auditor() {
        return build(true, List.of());
    }

    /** A run that found nothing wrong. */
    static LintResult clean() {
        PermissionCatalog catalog = catalog();
        TokenDefinition token = configToken(METRICS_TOKEN, 3, List.of("metrics.ingest"), "src/main/java/**");
        ApiCall call = new ApiCall("POST", "/api/v2/metrics/ingest", op(catalog, "POST", "/api/v2/metrics/ingest"),
                Resolution.LITERAL, new Location("src/main/java/com/acme/Exporter.java", 42, 27),
                "com.acme.Exporter", "java.net.http");
        LeastPrivilege verdict = verdict(List.of("metrics.ingest"), List.of("metrics.ingest"),
                List.of("metrics.ingest"), List.of(), List.of());
        return new LintResult(catalog, List.of(token), facts(List.of(call)),
                new Bindings(Map.of(token, List.of(call)), List.of()), Map.of(token, verdict), List.of(),
                rules(), AS_OF, false);
    }

    /** A result whose names and messages hold markup and table syntax, for escaping tests. */
    static LintResult hostile() {
        String nasty = "<script>alert('x')</script> | `tick` & \"q\" *b* [l](javascript:alert(1))";
        PermissionCatalog catalog = catalog();
        TokenDefinition token = configToken(nasty, 3, List.of("WriteConfig"), "src/**");
        ApiCall call = new ApiCall("PUT", "/api/config/v1/alertingProfiles/{id}",
                op(catalog, "PUT", "/api/config/v1/alertingProfiles/{id}"), Resolution.LITERAL,
                new Location("src/<img src=x onerror=alert(1)>.java", 7, 3), "x.Y", "okhttp");
        Finding f = new Finding("high-risk-scope", Severity.WARNING, "scope WriteConfig of " + nasty
                + " has no justify entry", new Location("tokenlint.yaml", 4, 7), nasty, "WriteConfig", null,
                "0123456789abcdef", FindingStatus.OPEN, null);
        LeastPrivilege verdict = verdict(List.of("WriteConfig"), List.of("WriteConfig"), List.of("WriteConfig"),
                List.of(), List.of());
        return new LintResult(catalog, List.of(token), facts(List.of(call)),
                new Bindings(Map.of(token, List.of(call)), List.of()), Map.of(token, verdict), List.of(f),
                rules(), AS_OF, false);
    }

    private static LintResult build(boolean noIgnores, List<Finding> extra) {
        PermissionCatalog catalog = catalog();
        TokenDefinition metrics = new TokenDefinition(METRICS_TOKEN, new Location("tokenlint.yaml", 3, 5),
                TokenOrigin.CONFIG,
                List.of(granted("metrics.ingest", 4, 14), granted("metrics.read", 4, 30),
                        granted("WriteConfig", 4, 44)),
                "team-observability", LocalDate.of(2027, 3, 1), null, List.of("src/main/java/com/acme/metrics/**"),
                "DT_METRICS_TOKEN", Map.of("metrics.read", "backfill job reads its own series"), null, null, null,
                true);
        TokenDefinition config = new TokenDefinition(CONFIG_TOKEN, new Location("tokenlint.yaml", 12, 5),
                TokenOrigin.CONFIG, List.of(granted("ReadConfig", 13, 14)), "team-platform", null,
                Period.ofDays(90), List.of("src/main/java/com/acme/config/**"), null, Map.of(), null, null, null,
                true);
        TokenDefinition ci = new TokenDefinition(CI_TOKEN, new Location("tokens/ci-token.json", 2, 3),
                TokenOrigin.TOKENS_API_V2_REQUEST,
                List.of(new GrantedScope("DataExport", new Location("tokens/ci-token.json", 3, 14))), null, null,
                null, List.of(), null, Map.of(), null, null, null, true);

        ApiCall ingest = new ApiCall("POST", "/api/v2/metrics/ingest", op(catalog, "POST", "/api/v2/metrics/ingest"),
                Resolution.LITERAL, new Location("src/main/java/com/acme/metrics/Exporter.java", 42, 27),
                "com.acme.metrics.Exporter", "java.net.http");
        ApiCall query = new ApiCall("GET", "/api/v2/metrics/query", op(catalog, "GET", "/api/v2/metrics/query"),
                Resolution.CONSTANT, new Location("src/main/java/com/acme/metrics/Backfill.java", 18, 9),
                "com.acme.metrics.Backfill", "okhttp");
        // a call through a wrapper: reported at the caller, sent in the wrapper
        ApiCall profile = new ApiCall("PUT", "/api/config/v1/alertingProfiles/{id}",
                op(catalog, "PUT", "/api/config/v1/alertingProfiles/{id}"), Resolution.CONCATENATION,
                new Location("src/main/java/com/acme/config/ProfileSync.java", 30, 13),
                "com.acme.config.ProfileSync", "spring-resttemplate", List.of(new RelatedLocation(
                        WRAPPER_SEND, "the request is sent here (spring-resttemplate), in ConfigClient.put")));
        ApiCall health = new ApiCall(null, "/api/v1/config/clusterversion",
                op(catalog, "GET", "/api/v1/config/clusterversion"), Resolution.ANNOTATION,
                new Location("src/main/java/com/acme/Health.java", 5, 5), "com.acme.Health", "feign");
        ApiCall unresolved = new ApiCall("GET", "baseUrl + suffix", null, Resolution.UNRESOLVED,
                new Location("src/main/java/com/acme/Misc.java", 10, 5), "com.acme.Misc", "java.net.http");
        List<ApiCall> calls = new ArrayList<>(List.of(query, ingest, health, unresolved, profile));
        calls.sort(java.util.Comparator.comparing(ApiCall::location));

        Map<TokenDefinition, List<ApiCall>> bound = new LinkedHashMap<>();
        bound.put(metrics, List.of(query, ingest));
        bound.put(config, List.of(profile));
        Bindings bindings = new Bindings(bound, List.of(health, unresolved));

        Map<TokenDefinition, LeastPrivilege> verdicts = new LinkedHashMap<>();
        verdicts.put(metrics, verdict(List.of("metrics.ingest", "metrics.read", "WriteConfig"),
                List.of("metrics.ingest", "metrics.read"), List.of("metrics.ingest", "metrics.read"),
                List.of("WriteConfig"), List.of()));
        verdicts.put(config, verdict(List.of("ReadConfig"), List.of(), List.of("WriteConfig"),
                List.of("ReadConfig"), List.of(profile)));

        List<Finding> findings = new ArrayList<>(List.of(
                finding("unbound-call", Severity.WARNING,
                        "call GET /api/v1/config/clusterversion is covered by no declared token",
                        health.location(), null, null, "GET /api/v1/config/clusterversion", "a1b2c3d4e5f60001"),
                finding("unresolved-call", Severity.NOTE,
                        "the path of this call cannot be resolved statically: baseUrl + suffix",
                        unresolved.location(), null, null, null, "a1b2c3d4e5f60002"),
                finding("hardcoded-token", Severity.ERROR,
                        "access token " + PUBLIC_ID + " is written in source; move it to a secret store",
                        new Location("src/main/java/com/acme/Misc.java", 20, 30), null, null, null,
                        "a1b2c3d4e5f60003"),
                withRelated(finding("missing-scope", Severity.ERROR, "token " + CONFIG_TOKEN
                                + " cannot call PUT /api/config/v1/alertingProfiles/{id}: add WriteConfig",
                        profile.location(), CONFIG_TOKEN, "WriteConfig", "PUT /api/config/v1/alertingProfiles/{id}",
                        "a1b2c3d4e5f60004"), profile.related()),
                finding("unused-scope", Severity.ERROR, "token " + METRICS_TOKEN
                                + " grants WriteConfig, which none of its calls needs; least privilege: "
                                + "metrics.ingest, metrics.read",
                        new Location("tokenlint.yaml", 4, 44), METRICS_TOKEN, "WriteConfig", null,
                        "a1b2c3d4e5f60005"),
                finding("unused-scope", Severity.ERROR, "token " + CONFIG_TOKEN
                                + " grants ReadConfig, which none of its calls needs; least privilege: WriteConfig",
                        new Location("tokenlint.yaml", 13, 14), CONFIG_TOKEN, "ReadConfig", null, "a1b2c3d4e5f60006")
                        .withStatus(FindingStatus.SUPPRESSED, "until 2027-Q1"),
                finding("token-naming", Severity.WARNING, "token name \"new token\" is a placeholder",
                        ci.location(), CI_TOKEN, null, null, "a1b2c3d4e5f60007"),
                finding("token-expiry", Severity.WARNING, "token \"new token\" has no expiry",
                        Location.ofFile("tokens/ci-token.json"), CI_TOKEN, null, null, "a1b2c3d4e5f60008")
                        .withStatus(FindingStatus.BASELINED, "in baseline")));
        findings.addAll(extra);
        findings.sort(Finding.ORDER);

        CodeFacts facts = facts(calls);
        return new LintResult(catalog, List.of(metrics, config, ci), facts, bindings, verdicts, findings, rules(),
                AS_OF, noIgnores);
    }

    /** Where the wrapper that the typical result's profile call goes through sends its request. */
    static final Location WRAPPER_SEND = new Location("src/main/java/com/acme/config/ConfigClient.java", 21, 16);

    private static Finding withRelated(Finding f, List<dev.tokenlint.core.scan.RelatedLocation> related) {
        return new Finding(f.ruleId(), f.severity(), f.message(), f.location(), f.token(), f.scope(), f.endpoint(),
                f.fingerprint(), f.status(), f.reason(), related);
    }

    static PermissionCatalog catalog() {
        List<Scope> scopes = List.of(
                scope("metrics.ingest", "Ingest metrics", ScopeFamily.V2, RiskClass.INGEST),
                scope("metrics.read", "Read metrics", ScopeFamily.V2, RiskClass.READ),
                scope("DataExport", "Access problem and event feed, metrics, and topology", ScopeFamily.CLASSIC,
                        RiskClass.READ),
                scope("ReadConfig", "Read configuration", ScopeFamily.CLASSIC, RiskClass.READ),
                scope("WriteConfig", "Write configuration", ScopeFamily.CLASSIC, RiskClass.WRITE));
        List<Operation> ops = List.of(
                operation("POST", "/api/v2/metrics/ingest", "/api/v2", List.of("metrics.ingest")),
                operation("GET", "/api/v2/metrics/query", "/api/v2", List.of("metrics.read")),
                operation("GET", "/api/v1/config/clusterversion", "/api/v1", List.of("DataExport")),
                operation("PUT", "/api/config/v1/alertingProfiles/{id}", "/api/config/v1", List.of("WriteConfig")));
        return new PermissionCatalog(CATALOG_VERSION, scopes, ops);
    }

    static List<RuleMetadata> rules() {
        List<RuleMetadata> rules = new ArrayList<>();
        for (String[] r : new String[][] {
                {"hardcoded-token", "error", "a token literal in source or config"},
                {"high-risk-scope", "warning", "an admin or write scope without a justify entry"},
                {"missing-scope", "error", "a bound call needs a scope its token lacks"},
                {"token-expiry", "warning", "no expiry, or one beyond the configured maximum"},
                {"token-naming", "warning", "name fails the naming pattern or is a placeholder"},
                {"unbound-call", "warning", "a call in code that no declared token covers"},
                {"unresolved-call", "note", "a call whose path could not be resolved statically"},
                {"unused-scope", "error", "a token grants a scope none of its calls needs"}}) {
            rules.add(new RuleMetadata(r[0], Severity.parse(r[1]), r[2], List.of(), doc(r[0], r[2])));
        }
        return rules;
    }

    /** A doc page shaped like the rule pack's: what, why, how to fix, examples, silencing. */
    static String doc(String id, String summary) {
        return "# " + id + "\n\n"
                + "## What it detects\n\n" + capitalise(summary) + ".\n\n"
                + "## Why it matters\n\nTokens are credentials; every extra right is a risk.\n\n"
                + "## How to fix\n\nFix " + id + " by changing the token definition in `tokenlint.yaml`\n"
                + "so that it matches what the code needs.\n\nA second paragraph that is not advice.\n\n"
                + "## Bad example\n\n```yaml\ntokens: []\n```\n\n"
                + "## How to silence it\n\n`suppress: [{rule: " + id + "}]`\n";
    }

    static String fixAdvice(String id) {
        return "Fix " + id + " by changing the token definition in tokenlint.yaml so that it matches what the code needs.";
    }

    private static String capitalise(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static CodeFacts facts(List<ApiCall> calls) {
        return new CodeFacts(calls, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), 7, 6);
    }

    private static TokenDefinition configToken(String name, int line, List<String> scopes, String usedBy) {
        List<GrantedScope> granted = new ArrayList<>();
        for (int i = 0; i < scopes.size(); i++) {
            granted.add(granted(scopes.get(i), line + 1, 14 + 16 * i));
        }
        return new TokenDefinition(name, new Location("tokenlint.yaml", line, 5), TokenOrigin.CONFIG, granted,
                "team-observability", LocalDate.of(2027, 3, 1), null, List.of(usedBy), null, Map.of(), null, null,
                null, true);
    }

    private static GrantedScope granted(String id, int line, int column) {
        return new GrantedScope(id, new Location("tokenlint.yaml", line, column));
    }

    private static LeastPrivilege verdict(List<String> granted, List<String> needed, List<String> recommended,
                                          List<String> unused, List<ApiCall> unauthorised) {
        return new LeastPrivilege(new TreeSet<>(granted), new TreeSet<>(needed), new TreeSet<>(recommended),
                new TreeSet<>(unused), unauthorised);
    }

    private static Finding finding(String rule, Severity severity, String message, Location location, String token,
                                   String scope, String endpoint, String fingerprint) {
        return new Finding(rule, severity, message, location, token, scope, endpoint, fingerprint,
                FindingStatus.OPEN, null);
    }

    private static Operation op(PermissionCatalog catalog, String method, String path) {
        return catalog.operations().stream().filter(o -> o.method().equals(method) && o.path().equals(path))
                .findFirst().orElseThrow();
    }

    private static Operation operation(String method, String path, String base, List<String> scopes) {
        return new Operation(method, path, base, scopes, false, false, "", "", null, "env-v2-1.254.json");
    }

    private static Scope scope(String id, String title, ScopeFamily family, RiskClass risk) {
        return new Scope(id, title, "", family, ScopeStatus.ACTIVE, risk, false, false, null, "env-v2-1.254.json");
    }
}
