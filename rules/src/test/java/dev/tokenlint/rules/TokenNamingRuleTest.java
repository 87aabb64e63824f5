package dev.tokenlint.rules;

import static dev.tokenlint.rules.RuleHarness.declared;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tokenlint.core.input.InvalidInputException;
import dev.tokenlint.core.input.Location;
import dev.tokenlint.core.rules.Diagnostic;
import org.junit.jupiter.api.Test;

class TokenNamingRuleTest {

    private final TokenNamingRule rule = new TokenNamingRule();

    @Test
    void placeholdersAreFlaggedAtTheName() {
        assertThat(new RuleHarness().tokens(declared("New Token", 2), declared("test-token", 6), declared("token", 9))
                .run(rule)).extracting(Diagnostic::message).allMatch(m -> m.contains("is a placeholder")).hasSize(3);
        assertThat(new RuleHarness().tokens(declared("my_token", 4)).run(rule)).singleElement()
                .satisfies(d -> assertThat(d.location()).isEqualTo(new Location("tokenlint.yaml", 4, 5)));
    }

    @Test
    void namesOutsideTheDefaultPatternAreFlagged() {
        assertThat(new RuleHarness().tokens(declared("MetricsExporter", 2), declared("exporter", 5)).run(rule))
                .extracting(Diagnostic::message)
                .containsExactly("token name 'MetricsExporter' does not match the naming pattern ^[a-z0-9]+(-[a-z0-9]+)+$",
                        "token name 'exporter' does not match the naming pattern ^[a-z0-9]+(-[a-z0-9]+)+$");
    }

    @Test
    void goodNamesAreSilent() {
        assertThat(new RuleHarness().tokens(declared("acme-metrics-exporter-prod", 2), declared("ci-deploy", 5))
                .run(rule)).isEmpty();
    }

    @Test
    void patternOptionReplacesTheDefaultButNotThePlaceholderList() {
        RuleHarness h = new RuleHarness().options("pattern: '^[A-Z][A-Za-z]+$'");
        assertThat(h.tokens(declared("MetricsExporter", 2)).run(rule)).isEmpty();
        assertThat(h.tokens(declared("acme-metrics", 2)).run(rule)).hasSize(1);
        assertThat(h.tokens(declared("Test", 2)).run(rule)).singleElement()
                .extracting(Diagnostic::message).asString().contains("placeholder");
        assertThatThrownBy(() -> new RuleHarness().options("pattern: '(['").tokens(declared("a-b", 2)).run(rule))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("not a valid regular expression");
    }
}
