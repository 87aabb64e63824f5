package dev.tokenlint.rules;

import static dev.tokenlint.rules.RuleHarness.declared;
import static dev.tokenlint.rules.RuleHarness.token;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tokenlint.core.rules.Diagnostic;
import dev.tokenlint.core.tokens.TokenOrigin;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The harness's day is 2026-06-01; 90 days before is 2026-03-03. */
class StaleTokenRuleTest {

    private final StaleTokenRule rule = new StaleTokenRule();

    private static RuleHarness.TokenBuilder exported(String name) {
        return token(name, "export.json", 5, TokenOrigin.TOKENS_API_V2_LIST, "metrics.read");
    }

    @Test
    void longUnusedAndNeverUsedTokensAreReported() {
        assertThat(new RuleHarness().tokens(
                exported("acme-old").created("2025-01-01").lastUsed("2026-01-15").build(),
                exported("acme-idle").created("2025-01-01").build(),
                exported("acme-unknown").build()).run(rule))
                .extracting(Diagnostic::message).containsExactly(
                        "token 'acme-old' was last used on 2026-01-15, more than 90 days ago; revoke it if nothing needs it",
                        "token 'acme-idle' has never been used since it was created on 2025-01-01; revoke it if nothing"
                                + " needs it",
                        "token 'acme-unknown' has never been used; revoke it if nothing needs it");
    }

    @Test
    void recentDisabledAndDeclaredTokensAreSilent() {
        assertThat(new RuleHarness().tokens(
                exported("acme-busy").created("2025-01-01").lastUsed("2026-05-30").build(),
                exported("acme-new").created("2026-05-20").build(),
                exported("acme-off").created("2025-01-01").lastUsed("2025-02-01").disabled().build(),
                declared("acme-declared", 2, "metrics.read")).run(rule)).isEmpty();
    }

    @Test
    void daysOptionAndAsOf() {
        var t = exported("acme-x").created("2025-01-01").lastUsed("2026-05-01").build();
        assertThat(new RuleHarness().tokens(t).run(rule)).isEmpty();
        assertThat(new RuleHarness().options("days: 30").tokens(t).run(rule)).singleElement()
                .extracting(Diagnostic::message).asString().contains("more than 30 days ago");
        assertThat(new RuleHarness().asOf(LocalDate.of(2026, 9, 1)).tokens(t).run(rule)).hasSize(1);
    }
}
