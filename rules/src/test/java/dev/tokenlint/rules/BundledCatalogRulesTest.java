package dev.tokenlint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tokenlint.core.catalog.PermissionCatalog;
import dev.tokenlint.core.input.Location;
import dev.tokenlint.core.privilege.Bindings;
import dev.tokenlint.core.rules.Diagnostic;
import dev.tokenlint.core.rules.Rule;
import dev.tokenlint.core.rules.RuleContext;
import dev.tokenlint.core.rules.RuleOptions;
import dev.tokenlint.core.scan.CodeFacts;
import dev.tokenlint.core.tokens.GrantedScope;
import dev.tokenlint.core.tokens.TokenDefinition;
import dev.tokenlint.core.tokens.TokenOrigin;
import dev.tokenlint.rules.catalog.BundledCatalog;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The scope rules against the real bundled catalog, for the scopes the reference facts name. */
class BundledCatalogRulesTest {

    private static final PermissionCatalog CATALOG = new BundledCatalog().load();

    private static List<Diagnostic> run(Rule rule, String... scopes) {
        List<GrantedScope> granted = new ArrayList<>();
        for (int i = 0; i < scopes.length; i++) {
            granted.add(new GrantedScope(scopes[i], new Location("tokenlint.yaml", 3 + i, 9)));
        }
        TokenDefinition token = new TokenDefinition("acme-x", new Location("tokenlint.yaml", 2, 5), TokenOrigin.CONFIG,
                granted, null, null, null, List.of(), null, Map.of(), null, null, null, true);
        RuleContext context = new RuleContext(CATALOG, List.of(token), CodeFacts.empty(), Bindings.none(), Map.of(),
                List.of(), RuleOptions.none(rule.metadata().id()), RuleHarness.AS_OF);
        List<Diagnostic> out = new ArrayList<>();
        rule.check(context, out::add);
        return out;
    }

    @Test
    void everyScopeRemovedFromTheTokensApiIsReported() {
        assertThat(run(new RemovedScopeRule(), "DiagnosticExport", "MemoryDump", "Mobile", "ViewDashboard",
                "ViewReport", "WriteSyntheticData", "metrics.read")).extracting(Diagnostic::scope)
                .containsExactly("DiagnosticExport", "MemoryDump", "Mobile", "ViewDashboard", "ViewReport",
                        "WriteSyntheticData");
    }

    @Test
    void tokensApiV1ScopeIsDeprecatedInFavourOfTheAccessTokenScopes() {
        assertThat(run(new DeprecatedScopeRule(), "TenantTokenManagement", "MaintenanceWindows", "metrics.ingest"))
                .extracting(Diagnostic::message).first().asString()
                .isEqualTo("scope 'TenantTokenManagement' of token 'acme-x' is deprecated;"
                        + " use 'apiTokens.read' or 'apiTokens.write' instead");
    }

    @Test
    void typosOfRealScopesGetTheRealId() {
        assertThat(run(new UnknownScopeRule(), "metric.read", "DataExprt", "entities.read"))
                .extracting(Diagnostic::message).containsExactly(
                        "scope 'metric.read' of token 'acme-x' is not a Dynatrace scope; did you mean 'metrics.read'?",
                        "scope 'DataExprt' of token 'acme-x' is not a Dynatrace scope; did you mean 'DataExport'?");
    }

    @Test
    void installerDownloadWithAnApiScopeIsAMix() {
        assertThat(run(new PaasScopeMixRule(), "InstallerDownload", "SupportAlert")).isEmpty();
        assertThat(run(new PaasScopeMixRule(), "InstallerDownload", "DataExport")).hasSize(1);
    }

    @Test
    void writeConfigNeedsAJustification() {
        assertThat(run(new HighRiskScopeRule(), "WriteConfig", "metrics.read")).extracting(Diagnostic::scope)
                .containsExactly("WriteConfig");
    }
}
