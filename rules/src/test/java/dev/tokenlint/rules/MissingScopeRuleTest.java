package dev.tokenlint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tokenlint.core.rules.Diagnostic;
import java.util.List;
import org.junit.jupiter.api.Test;

class MissingScopeRuleTest {

    @Test
    void reportsTheCallAndNamesTheCheapestScope() {
        List<Diagnostic> found = new RuleFixture().token("acme-metrics", "metrics.read")
                .call("src/main/java/com/acme/Exporter.java", 14, "com.acme.Exporter", "POST", "/api/v2/metrics/ingest")
                .run(new MissingScopeRule());

        assertThat(found).singleElement().satisfies(d -> {
            assertThat(d.message()).isEqualTo(
                    "POST /api/v2/metrics/ingest needs metrics.ingest, which token 'acme-metrics' lacks (403)");
            assertThat(d.location().file()).isEqualTo("src/main/java/com/acme/Exporter.java");
            assertThat(d.location().line()).isEqualTo(14);
            assertThat(d.token()).isEqualTo("acme-metrics");
            assertThat(d.scope()).isEqualTo("metrics.ingest");
            assertThat(d.endpoint()).isEqualTo("POST /api/v2/metrics/ingest");
        });
    }

    @Test
    void withAlternativesNamesTheReadScopeAndListsTheOthers() {
        List<Diagnostic> found = new RuleFixture().token("dash", "metrics.read")
                .call("GET", "/api/config/v1/dashboards")
                .run(new MissingScopeRule());

        assertThat(found).singleElement().satisfies(d -> {
            assertThat(d.scope()).isEqualTo("ReadConfig");
            assertThat(d.message()).endsWith("lacks (403); also accepted: WriteConfig");
        });
    }

    @Test
    void silentWhenAnyGrantedAlternativeAuthorisesTheCall() {
        List<Diagnostic> found = new RuleFixture().token("dash", "WriteConfig")
                .call("GET", "/api/config/v1/dashboards")
                .run(new MissingScopeRule());

        assertThat(found).isEmpty();
    }

    @Test
    void silentForUnboundCalls() {
        List<Diagnostic> found = new RuleFixture()
                .token("a", List.of("metrics.read"), List.of("src/main/java/com/other/**"), null)
                .token("b", List.of("problems.read"), List.of("src/main/java/com/third/**"), null)
                .call("POST", "/api/v2/metrics/ingest")
                .run(new MissingScopeRule());

        assertThat(found).isEmpty();
    }
}
