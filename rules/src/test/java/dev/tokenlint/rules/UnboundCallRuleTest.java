package dev.tokenlint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tokenlint.core.rules.Diagnostic;
import java.util.List;
import org.junit.jupiter.api.Test;

class UnboundCallRuleTest {

    @Test
    void reportsACallNoTokenCoversAndSaysHowToBindIt() {
        List<Diagnostic> found = new RuleFixture()
                .token("metrics", List.of("metrics.ingest"), List.of("src/main/java/com/acme/metrics/**"), null)
                .token("alerts", List.of("problems.read"), List.of(), "DT_ALERTS")
                .call("src/main/java/com/acme/alerts/Poller.java", 12, "com.acme.alerts.Poller", "GET",
                        "/api/v2/problems")
                .run(new UnboundCallRule());

        assertThat(found).singleElement().satisfies(d -> {
            assertThat(d.message()).startsWith("GET /api/v2/problems is not bound to any token;")
                    .contains("usedBy").contains("env").contains("tokenlint init");
            assertThat(d.location().line()).isEqualTo(12);
            assertThat(d.endpoint()).isEqualTo("GET /api/v2/problems");
        });
    }

    @Test
    void withNoTokensDeclaredPointsAtInit() {
        List<Diagnostic> found = new RuleFixture().call("GET", "/api/v2/problems").run(new UnboundCallRule());

        assertThat(found).singleElement().extracting(Diagnostic::message).asString()
                .contains("none is declared").contains("tokenlint init");
    }

    @Test
    void silentWhenTheClassReadsTheTokensEnvVariable() {
        List<Diagnostic> found = new RuleFixture()
                .token("metrics", List.of("metrics.ingest"), List.of("src/main/java/com/acme/metrics/**"), null)
                .token("alerts", List.of("problems.read"), List.of(), "DT_ALERTS")
                .envRead("DT_ALERTS", "com.acme.alerts.Poller")
                .call("src/main/java/com/acme/alerts/Poller.java", 12, "com.acme.alerts.Poller", "GET",
                        "/api/v2/problems")
                .run(new UnboundCallRule());

        assertThat(found).isEmpty();
    }

    @Test
    void silentWithASingleTokenThatDeclaresNoBinding() {
        List<Diagnostic> found = new RuleFixture().token("only", "problems.read").call("GET", "/api/v2/problems")
                .run(new UnboundCallRule());

        assertThat(found).isEmpty();
    }
}
