package dev.tokenlint.rules;

import static dev.tokenlint.rules.RuleHarness.declared;
import static dev.tokenlint.rules.RuleHarness.token;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tokenlint.core.input.InvalidInputException;
import dev.tokenlint.core.rules.Diagnostic;
import dev.tokenlint.core.tokens.TokenOrigin;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HighRiskScopeRuleTest {

    private final HighRiskScopeRule rule = new HighRiskScopeRule();

    @Test
    void writeAndAdminScopesWithoutReasonAreReportedPerScope() {
        assertThat(new RuleHarness().tokens(declared("acme-x", 2, "metrics.read", "WriteConfig", "apiTokens.write"))
                .run(rule)).extracting(Diagnostic::scope, d -> d.location().line())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("WriteConfig", 4),
                        org.assertj.core.groups.Tuple.tuple("apiTokens.write", 5));
    }

    @Test
    void aJustifyEntrySilencesTheScope() {
        assertThat(new RuleHarness().tokens(token("acme-x", "tokenlint.yaml", 2, TokenOrigin.CONFIG, "WriteConfig")
                .justify(Map.of("WriteConfig", "deploys dashboards")).build()).run(rule)).isEmpty();
        assertThat(new RuleHarness().tokens(declared("acme-x", 2, "metrics.read", "metrics.ingest")).run(rule)).isEmpty();
    }

    @Test
    void anExportedTokenBorrowsTheReasonOfTheDeclaredOne() {
        assertThat(new RuleHarness().tokens(
                token("acme-x", "tokenlint.yaml", 2, TokenOrigin.CONFIG, "WriteConfig")
                        .justify(Map.of("WriteConfig", "deploys dashboards")).build(),
                token("ACME-X", "export.json", 3, TokenOrigin.TOKENS_API_V2_LIST, "WriteConfig").build()).run(rule))
                .isEmpty();
        assertThat(new RuleHarness().tokens(
                token("other", "export.json", 3, TokenOrigin.TOKENS_API_V2_LIST, "WriteConfig").build()).run(rule))
                .hasSize(1);
    }

    @Test
    void riskOptionMovesTheThreshold() {
        assertThat(new RuleHarness().options("risk: admin")
                .tokens(declared("acme-x", 2, "WriteConfig", "apiTokens.write")).run(rule))
                .extracting(Diagnostic::scope).containsExactly("apiTokens.write");
        assertThat(new RuleHarness().options("risk: ingest")
                .tokens(declared("acme-x", 2, "metrics.ingest", "metrics.read")).run(rule))
                .extracting(Diagnostic::scope).containsExactly("metrics.ingest");
        assertThatThrownBy(() -> new RuleHarness().options("risk: severe").tokens(declared("a-b", 2)).run(rule))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("must be read, ingest, write or admin");
    }
}
