package dev.tokenlint.rules;

import static dev.tokenlint.rules.RuleHarness.declared;
import static dev.tokenlint.rules.RuleHarness.token;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tokenlint.core.input.Location;
import dev.tokenlint.core.rules.Diagnostic;
import dev.tokenlint.core.rules.Severity;
import dev.tokenlint.core.tokens.TokenOrigin;
import java.util.List;
import org.junit.jupiter.api.Test;

class DuplicateTokenNameRuleTest {

    private final DuplicateTokenNameRule rule = new DuplicateTokenNameRule();

    @Test
    void namesFoldedForCaseAndWhitespaceCollide() {
        List<Diagnostic> found = new RuleHarness().tokens(
                declared("acme-metrics", 2, "metrics.read"),
                token("  ACME-Metrics ", "tokens/ci.json", 2, TokenOrigin.TOKENS_API_V2_REQUEST, "metrics.read").build())
                .run(rule);
        assertThat(found).singleElement().satisfies(d -> {
            assertThat(d.location()).isEqualTo(new Location("tokens/ci.json", 2, 5));
            assertThat(d.message()).contains("'  ACME-Metrics '").contains("'acme-metrics' in tokenlint.yaml")
                    .doesNotContainPattern(":\\d");
            assertThat(d.token()).isEqualTo("  ACME-Metrics ");
        });
        assertThat(rule.metadata().defaultSeverity()).isEqualTo(Severity.ERROR);
    }

    @Test
    void distinctNamesAndAnExportOfADeclaredTokenAreFine() {
        assertThat(new RuleHarness().tokens(
                declared("acme-metrics", 2, "metrics.read"),
                declared("acme-logs", 6, "logs.read"),
                token("acme-metrics", "export.json", 3, TokenOrigin.TOKENS_API_V2_LIST).build()).run(rule)).isEmpty();
    }

    @Test
    void theSameExportedTokenListedTwiceIsOneToken() {
        String id = "dt0c01.ST2EY72KQINMH574WMNVI7YN";
        assertThat(new RuleHarness().tokens(
                token("ci", "v1.json", 2, TokenOrigin.TOKENS_API_V1_METADATA).publicId(id).build(),
                token("ci", "v2.json", 2, TokenOrigin.TOKENS_API_V2_LIST).publicId(id).build()).run(rule)).isEmpty();
        assertThat(new RuleHarness().tokens(
                token("ci", "v2.json", 2, TokenOrigin.TOKENS_API_V2_LIST).publicId(id).build(),
                token("ci", "v2.json", 9, TokenOrigin.TOKENS_API_V2_LIST).publicId("dt0c01.OTHER").build()).run(rule))
                .singleElement().satisfies(d -> assertThat(d.message()).contains("in this file"));
    }

    @Test
    void hasNoOptions() {
        assertThat(rule.metadata().options()).isEmpty();
    }
}
