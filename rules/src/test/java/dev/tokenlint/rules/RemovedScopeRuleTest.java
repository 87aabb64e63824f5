package dev.tokenlint.rules;

import static dev.tokenlint.rules.RuleHarness.declared;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tokenlint.core.input.Location;
import dev.tokenlint.core.rules.Diagnostic;
import dev.tokenlint.core.rules.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

class RemovedScopeRuleTest {

    private final RemovedScopeRule rule = new RemovedScopeRule();

    @Test
    void removedScopeIsReportedAtItsLine() {
        assertThat(new RuleHarness().tokens(declared("acme-x", 2, "DataExport", "ViewDashboard")).run(rule))
                .singleElement().satisfies(d -> {
                    assertThat(d.location().line()).isEqualTo(4);
                    assertThat(d.message()).contains("'ViewDashboard'").contains("was removed by Dynatrace");
                    assertThat(d.scope()).isEqualTo("ViewDashboard");
                });
        assertThat(rule.metadata().defaultSeverity()).isEqualTo(Severity.ERROR);
    }

    @Test
    void activeDeprecatedAndUnknownScopesAreNotRemoved() {
        assertThat(new RuleHarness().tokens(declared("acme-x", 2, "DataExport", "MaintenanceWindows", "Nope"))
                .run(rule)).isEmpty();
        assertThat(rule.metadata().options()).isEmpty();
    }
}
