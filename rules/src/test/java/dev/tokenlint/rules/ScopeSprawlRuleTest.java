package dev.tokenlint.rules;

import static dev.tokenlint.rules.RuleHarness.declared;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tokenlint.core.input.InvalidInputException;
import dev.tokenlint.core.rules.Diagnostic;
import org.junit.jupiter.api.Test;

class ScopeSprawlRuleTest {

    private final ScopeSprawlRule rule = new ScopeSprawlRule();

    private static final String[] SEVEN = {"metrics.read", "metrics.ingest", "logs.read", "DataExport", "ReadConfig",
        "WriteConfig", "InstallerDownload"};

    @Test
    void moreThanSixScopesIsReported() {
        assertThat(new RuleHarness().tokens(declared("acme-x", 2, SEVEN)).run(rule)).singleElement()
                .satisfies(d -> {
                    assertThat(d.message()).isEqualTo("token 'acme-x' has 7 scopes, more than the maximum of 6;"
                            + " split it by purpose");
                    assertThat(d.location().line()).isEqualTo(2);
                });
    }

    @Test
    void sixScopesOrRepeatsAreFine() {
        assertThat(new RuleHarness().tokens(declared("acme-x", 2, "metrics.read", "metrics.read", "logs.read",
                "DataExport", "ReadConfig", "WriteConfig", "metrics.ingest")).run(rule)).isEmpty();
    }

    @Test
    void maxOption() {
        assertThat(new RuleHarness().options("max: 10").tokens(declared("acme-x", 2, SEVEN)).run(rule)).isEmpty();
        assertThat(new RuleHarness().options("max: 1").tokens(declared("acme-x", 2, "logs.read", "metrics.read"))
                .run(rule)).extracting(Diagnostic::message).singleElement().asString().contains("maximum of 1");
        assertThatThrownBy(() -> new RuleHarness().options("max: many").tokens(declared("a-b", 2)).run(rule))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("must be a whole number");
    }
}
