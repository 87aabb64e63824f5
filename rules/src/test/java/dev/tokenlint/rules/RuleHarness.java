package dev.tokenlint.rules;

import dev.tokenlint.core.catalog.PermissionCatalog;
import dev.tokenlint.core.catalog.RiskClass;
import dev.tokenlint.core.catalog.Scope;
import dev.tokenlint.core.catalog.ScopeFamily;
import dev.tokenlint.core.catalog.ScopeStatus;
import dev.tokenlint.core.input.Location;
import dev.tokenlint.core.input.Node;
import dev.tokenlint.core.input.StructuredFileReader;
import dev.tokenlint.core.privilege.Bindings;
import dev.tokenlint.core.rules.Diagnostic;
import dev.tokenlint.core.rules.Rule;
import dev.tokenlint.core.rules.RuleContext;
import dev.tokenlint.core.rules.RuleOptions;
import dev.tokenlint.core.scan.CodeFacts;
import dev.tokenlint.core.scan.InputProblem;
import dev.tokenlint.core.tokens.GrantedScope;
import dev.tokenlint.core.tokens.TokenDefinition;
import dev.tokenlint.core.tokens.TokenOrigin;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Builds {@link RuleContext}s for rule tests: a small hand-made catalog, tokens declared in a
 * few lines, options written as YAML, and runs a rule collecting what it reports.
 */
final class RuleHarness {

    static final LocalDate AS_OF = LocalDate.of(2026, 6, 1);

    /** A catalog with one scope of each kind the rules care about. */
    static final PermissionCatalog CATALOG = new PermissionCatalog("test", List.of(
            scope("metrics.read", RiskClass.READ, ScopeStatus.ACTIVE, false, null),
            scope("metrics.ingest", RiskClass.INGEST, ScopeStatus.ACTIVE, false, null),
            scope("logs.read", RiskClass.READ, ScopeStatus.ACTIVE, false, null),
            scope("DataExport", RiskClass.READ, ScopeStatus.ACTIVE, false, null),
            scope("ReadConfig", RiskClass.READ, ScopeStatus.ACTIVE, false, null),
            scope("WriteConfig", RiskClass.WRITE, ScopeStatus.ACTIVE, false, null),
            scope("apiTokens.write", RiskClass.ADMIN, ScopeStatus.ACTIVE, false, null),
            scope("InstallerDownload", RiskClass.READ, ScopeStatus.ACTIVE, true, null),
            scope("SupportAlert", RiskClass.INGEST, ScopeStatus.ACTIVE, true, null),
            scope("ViewDashboard", RiskClass.READ, ScopeStatus.REMOVED, false, null),
            scope("MemoryDump", RiskClass.WRITE, ScopeStatus.REMOVED, false, null),
            scope("TenantTokenManagement", RiskClass.ADMIN, ScopeStatus.DEPRECATED, false, "apiTokens.write"),
            scope("MaintenanceWindows", RiskClass.WRITE, ScopeStatus.DEPRECATED, false, null)), List.of());

    private List<TokenDefinition> tokens = new ArrayList<>();
    private CodeFacts facts = CodeFacts.empty();
    private List<InputProblem> tokenProblems = List.of();
    private String optionsYaml;
    private LocalDate asOf = AS_OF;

    private static Scope scope(String id, RiskClass risk, ScopeStatus status, boolean paas, String replacement) {
        return new Scope(id, id, "", ScopeFamily.of(id), status, risk, paas, false, replacement, "test");
    }

    /** A declared token in {@code tokenlint.yaml} at {@code line}, its scopes on the following lines. */
    static TokenDefinition declared(String name, int line, String... scopes) {
        return token(name, "tokenlint.yaml", line, TokenOrigin.CONFIG, scopes).build();
    }

    static TokenBuilder token(String name, String file, int line, TokenOrigin origin, String... scopes) {
        return new TokenBuilder(name, new Location(file, line, 5), origin, scopes);
    }

    RuleHarness tokens(TokenDefinition... defs) {
        tokens = List.of(defs);
        return this;
    }

    RuleHarness facts(CodeFacts codeFacts) {
        facts = codeFacts;
        return this;
    }

    RuleHarness tokenProblems(InputProblem... problems) {
        tokenProblems = List.of(problems);
        return this;
    }

    /** The rule's options, written as the YAML map under {@code rules.<id>}. */
    RuleHarness options(String yaml) {
        optionsYaml = yaml;
        return this;
    }

    RuleHarness asOf(LocalDate day) {
        asOf = day;
        return this;
    }

    /** Runs {@code rule} and returns what it reported, in report order. */
    List<Diagnostic> run(Rule rule) {
        String id = rule.metadata().id();
        Node.MapNode options = optionsYaml == null ? null
                : new StructuredFileReader().parse(optionsYaml, "tokenlint.yaml", true).asMap("options");
        RuleContext context = new RuleContext(CATALOG, tokens, facts, Bindings.none(), Map.of(), tokenProblems,
                new RuleOptions(id, options), asOf);
        List<Diagnostic> out = new ArrayList<>();
        rule.check(context, out::add);
        return out;
    }

    /** A token definition with the fields a test sets and neutral values for the rest. */
    static final class TokenBuilder {
        private final String name;
        private final Location at;
        private final TokenOrigin origin;
        private final List<GrantedScope> scopes = new ArrayList<>();
        private LocalDate expires;
        private Period expiresIn;
        private Map<String, String> justify = Map.of();
        private String publicId;
        private Instant created;
        private Instant lastUsed;
        private boolean enabled = true;

        TokenBuilder(String name, Location at, TokenOrigin origin, String... scopeIds) {
            this.name = name;
            this.at = at;
            this.origin = origin;
            int line = at.line();
            for (String s : scopeIds) {
                scopes.add(new GrantedScope(s, new Location(at.file(), ++line, 9)));
            }
        }

        TokenBuilder expires(LocalDate day) {
            expires = day;
            return this;
        }

        TokenBuilder expiresIn(Period p) {
            expiresIn = p;
            return this;
        }

        TokenBuilder justify(Map<String, String> reasons) {
            justify = reasons;
            return this;
        }

        TokenBuilder publicId(String id) {
            publicId = id;
            return this;
        }

        TokenBuilder created(String day) {
            created = Instant.parse(day + "T10:00:00Z");
            return this;
        }

        TokenBuilder lastUsed(String day) {
            lastUsed = Instant.parse(day + "T10:00:00Z");
            return this;
        }

        TokenBuilder disabled() {
            enabled = false;
            return this;
        }

        TokenDefinition build() {
            return new TokenDefinition(name, at, origin, scopes, null, expires, expiresIn, List.of(), null, justify,
                    publicId, created, lastUsed, enabled);
        }
    }
}
