package dev.tokenlint.rules;

import static dev.tokenlint.rules.RuleHarness.declared;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tokenlint.core.input.Location;
import dev.tokenlint.core.rules.Diagnostic;
import dev.tokenlint.core.rules.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

class UnknownScopeRuleTest {

    private final UnknownScopeRule rule = new UnknownScopeRule();

    @Test
    void typoIsReportedAtTheScopeWithTheNearestId() {
        List<Diagnostic> found = new RuleHarness().tokens(declared("acme-x", 2, "metrics.read", "metric.ingest"))
                .run(rule);
        assertThat(found).singleElement().satisfies(d -> {
            assertThat(d.location()).isEqualTo(new Location("tokenlint.yaml", 4, 9));
            assertThat(d.message()).isEqualTo("scope 'metric.ingest' of token 'acme-x' is not a Dynatrace scope;"
                    + " did you mean 'metrics.ingest'?");
            assertThat(d.scope()).isEqualTo("metric.ingest");
            assertThat(d.token()).isEqualTo("acme-x");
        });
        assertThat(rule.metadata().defaultSeverity()).isEqualTo(Severity.ERROR);
    }

    @Test
    void nothingCloseMeansNoHint() {
        assertThat(new RuleHarness().tokens(declared("acme-x", 2, "CompletelyMadeUp")).run(rule))
                .singleElement().extracting(Diagnostic::message).asString().doesNotContain("did you mean");
    }

    @Test
    void knownScopesAreSilentAndRuleHasNoOptions() {
        assertThat(new RuleHarness().tokens(declared("acme-x", 2, "metrics.read", "ViewDashboard")).run(rule))
                .isEmpty();
        assertThat(rule.metadata().options()).isEmpty();
    }
}
