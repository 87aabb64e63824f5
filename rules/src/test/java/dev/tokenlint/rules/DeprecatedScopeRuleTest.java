package dev.tokenlint.rules;

import static dev.tokenlint.rules.RuleHarness.declared;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tokenlint.core.input.Location;
import dev.tokenlint.core.rules.Diagnostic;
import dev.tokenlint.core.rules.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeprecatedScopeRuleTest {

    private final DeprecatedScopeRule rule = new DeprecatedScopeRule();

    @Test
    void namesTheReplacement() {
        assertThat(new RuleHarness().tokens(declared("acme-x", 2, "TenantTokenManagement")).run(rule))
                .singleElement().satisfies(d -> {
                    assertThat(d.location().line()).isEqualTo(3);
                    assertThat(d.message()).isEqualTo("scope 'TenantTokenManagement' of token 'acme-x' is"
                            + " deprecated; use 'apiTokens.write' instead");
                });
        assertThat(rule.metadata().defaultSeverity()).isEqualTo(Severity.WARNING);
    }

    @Test
    void saysSoWhenThereIsNoReplacement() {
        assertThat(new RuleHarness().tokens(declared("acme-x", 2, "MaintenanceWindows")).run(rule))
                .singleElement().extracting(Diagnostic::message).asString().endsWith("has no direct replacement");
    }

    @Test
    void activeAndRemovedScopesAreSilent() {
        assertThat(new RuleHarness().tokens(declared("acme-x", 2, "metrics.read", "ViewDashboard")).run(rule))
                .isEmpty();
        assertThat(rule.metadata().options()).isEmpty();
    }
}
