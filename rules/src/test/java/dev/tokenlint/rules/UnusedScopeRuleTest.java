package dev.tokenlint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tokenlint.core.rules.Diagnostic;
import java.util.List;
import org.junit.jupiter.api.Test;

class UnusedScopeRuleTest {

    @Test
    void reportsAtTheGrantedScopesLineWithAllThreeSets() {
        RuleFixture fixture = new RuleFixture().token("acme-metrics", "metrics.ingest", "WriteConfig")
                .call("POST", "/api/v2/metrics/ingest");

        List<Diagnostic> found = fixture.run(new UnusedScopeRule());

        assertThat(found).singleElement().satisfies(d -> {
            assertThat(d.message()).isEqualTo("token 'acme-metrics' grants 'WriteConfig', which none of its calls needs;"
                    + " granted [WriteConfig, metrics.ingest], needed [metrics.ingest], recommended [metrics.ingest]");
            assertThat(d.location()).isEqualTo(fixture.tokens().get(0).locationOf("WriteConfig"));
            assertThat(d.location().file()).isEqualTo(RuleFixture.CONFIG);
            assertThat(d.token()).isEqualTo("acme-metrics");
            assertThat(d.scope()).isEqualTo("WriteConfig");
        });
    }

    @Test
    void theMoreExpensiveOfTwoGrantedAlternativesIsUnused() {
        List<Diagnostic> found = new RuleFixture().token("dash", "WriteConfig", "ReadConfig")
                .call("GET", "/api/config/v1/dashboards")
                .run(new UnusedScopeRule());

        assertThat(found).extracting(Diagnostic::scope).containsExactly("WriteConfig");
    }

    @Test
    void silentWhenEveryScopeIsNeeded() {
        List<Diagnostic> found = new RuleFixture().token("acme-metrics", "metrics.ingest", "metrics.read")
                .call("POST", "/api/v2/metrics/ingest").call("GET", "/api/v2/metrics/query")
                .run(new UnusedScopeRule());

        assertThat(found).isEmpty();
    }

    @Test
    void silentForATokenWithoutCalls() {
        List<Diagnostic> found = new RuleFixture().token("idle", "WriteConfig").run(new UnusedScopeRule());

        assertThat(found).isEmpty();
    }

    @Test
    void whileATokenHasAnUnresolvedCallSaysSoAndIsAtMostAWarning() {
        List<Diagnostic> found = new RuleFixture().token("acme", "metrics.ingest", "WriteConfig")
                .call("POST", "/api/v2/metrics/ingest")
                .unresolvedCall("src/main/java/com/acme/App.java", 30, "com.acme.App", "base + path")
                .run(new UnusedScopeRule());

        assertThat(found).singleElement().satisfies(d -> {
            assertThat(d.scope()).isEqualTo("WriteConfig");
            assertThat(d.message()).contains("1 call bound to it could not be resolved")
                    .contains("check those calls before removing it").doesNotContain("recommended");
            assertThat(d.severity(dev.tokenlint.core.rules.Severity.ERROR))
                    .isEqualTo(dev.tokenlint.core.rules.Severity.WARNING);
        });
    }

    @Test
    void aCertainVerdictKeepsTheConfiguredSeverity() {
        List<Diagnostic> found = new RuleFixture().token("acme", "metrics.ingest", "WriteConfig")
                .call("POST", "/api/v2/metrics/ingest")
                .run(new UnusedScopeRule());

        assertThat(found).singleElement().satisfies(d -> assertThat(d.severity(dev.tokenlint.core.rules.Severity.ERROR))
                .isEqualTo(dev.tokenlint.core.rules.Severity.ERROR));
    }
}
