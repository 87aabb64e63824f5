package dev.tokenlint.rules;

import static dev.tokenlint.rules.RuleHarness.declared;
import static dev.tokenlint.rules.RuleHarness.token;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tokenlint.core.rules.Diagnostic;
import dev.tokenlint.core.tokens.TokenOrigin;
import java.time.LocalDate;
import java.time.Period;
import org.junit.jupiter.api.Test;

/** The harness's day is 2026-06-01. */
class TokenExpiryRuleTest {

    private final TokenExpiryRule rule = new TokenExpiryRule();

    private static RuleHarness.TokenBuilder config(String name) {
        return token(name, "tokenlint.yaml", 2, TokenOrigin.CONFIG, "metrics.read");
    }

    @Test
    void noExpiryIsReported() {
        assertThat(new RuleHarness().tokens(declared("acme-x", 2, "metrics.read")).run(rule)).singleElement()
                .extracting(Diagnostic::message).isEqualTo("token 'acme-x' never expires; give it an expiry of at most 365 days");
    }

    @Test
    void expiryBeyondTheDefaultMaximumIsReported() {
        assertThat(new RuleHarness().tokens(config("acme-x").expires(LocalDate.of(2027, 7, 1)).build()).run(rule))
                .singleElement().extracting(Diagnostic::message)
                .isEqualTo("token 'acme-x' expires on 2027-07-01, longer than the maximum of 365 days");
        assertThat(new RuleHarness().tokens(config("acme-x").expiresIn(Period.ofDays(400)).build()).run(rule))
                .singleElement().extracting(Diagnostic::message).asString().contains("lives 400 days");
    }

    @Test
    void expiredTokensAreReported() {
        assertThat(new RuleHarness().tokens(config("acme-x").expires(LocalDate.of(2026, 5, 31)).build()).run(rule))
                .singleElement().extracting(Diagnostic::message).asString().contains("expired on 2026-05-31");
    }

    @Test
    void exportLifetimeCountsFromCreation() {
        var exported = token("acme-x", "export.json", 3, TokenOrigin.TOKENS_API_V2_LIST)
                .created("2025-01-01").expires(LocalDate.of(2026, 7, 1));
        assertThat(new RuleHarness().tokens(exported.build()).run(rule)).hasSize(1);
        assertThat(new RuleHarness().tokens(exported.disabled().build()).run(rule)).isEmpty();
    }

    @Test
    void expiryWithinTheMaximumIsSilent() {
        assertThat(new RuleHarness().tokens(config("acme-x").expires(LocalDate.of(2027, 3, 1)).build(),
                config("acme-y").expiresIn(Period.ofDays(90)).build()).run(rule)).isEmpty();
    }

    @Test
    void maxOptionTightensTheLimit() {
        RuleHarness h = new RuleHarness().options("max: 90d");
        assertThat(h.tokens(config("acme-x").expiresIn(Period.ofDays(90)).build()).run(rule)).isEmpty();
        assertThat(h.tokens(config("acme-x").expiresIn(Period.ofDays(91)).build()).run(rule)).singleElement()
                .extracting(Diagnostic::message).asString().contains("maximum of 90 days");
        assertThat(new RuleHarness().options("max: 2w").tokens(declared("acme-x", 2)).run(rule)).singleElement()
                .extracting(Diagnostic::message).asString().contains("at most 14 days");
    }

    @Test
    void asOfDecidesWhatIsExpired() {
        var t = config("acme-x").expires(LocalDate.of(2026, 8, 1)).build();
        assertThat(new RuleHarness().tokens(t).run(rule)).isEmpty();
        assertThat(new RuleHarness().asOf(LocalDate.of(2026, 9, 1)).tokens(t).run(rule)).hasSize(1);
    }
}
