package dev.tokenlint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tokenlint.core.engine.RuleRegistry;
import dev.tokenlint.core.rules.Rule;
import dev.tokenlint.core.rules.RuleMetadata;
import dev.tokenlint.core.rules.Severity;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every built-in rule is found through ServiceLoader and documented the same way. */
class RuleRegistrationTest {

    private static final List<String> SECTIONS = List.of("## What it detects", "## Why it matters", "## How to fix",
            "## Bad example", "## Fixed example", "## How to silence it");

    private final RuleRegistry registry = RuleRegistry.load(getClass().getClassLoader());

    @Test
    void tokenDefinitionRulesAreRegisteredWithTheirDefaultSeverity() {
        Map<String, Severity> expected = Map.ofEntries(
                Map.entry("duplicate-token-name", Severity.ERROR),
                Map.entry("unknown-scope", Severity.ERROR),
                Map.entry("removed-scope", Severity.ERROR),
                Map.entry("deprecated-scope", Severity.WARNING),
                Map.entry("high-risk-scope", Severity.WARNING),
                Map.entry("token-naming", Severity.WARNING),
                Map.entry("token-expiry", Severity.WARNING),
                Map.entry("scope-sprawl", Severity.WARNING),
                Map.entry("paas-scope-mix", Severity.WARNING),
                Map.entry("stale-token", Severity.WARNING),
                Map.entry("hardcoded-token", Severity.ERROR),
                Map.entry("invalid-token-file", Severity.ERROR),
                Map.entry("unreadable-source", Severity.NOTE));
        expected.forEach((id, severity) -> assertThat(registry.rule(id))
                .as(id).get().extracting(r -> r.metadata().defaultSeverity()).isEqualTo(severity));
    }

    @Test
    void optionKeysAreDeclaredForConfigValidation() {
        Map<String, List<String>> options = registry.optionKeys();
        assertThat(options.get("token-naming")).containsExactly("pattern");
        assertThat(options.get("token-expiry")).containsExactly("max");
        assertThat(options.get("scope-sprawl")).containsExactly("max");
        assertThat(options.get("stale-token")).containsExactly("days");
        assertThat(options.get("high-risk-scope")).containsExactly("risk");
    }

    @Test
    void everyRegisteredRuleHasADocPageWithEverySection() {
        assertThat(registry.rules()).isNotEmpty();
        for (Rule rule : registry.rules()) {
            RuleMetadata meta = rule.metadata();
            assertThat(meta.doc()).as(meta.id() + " doc page").startsWith("# " + meta.id()).contains(SECTIONS);
            assertThat(meta.id()).matches("[a-z]+(-[a-z]+)*");
            assertThat(meta.summary()).isNotBlank();
            for (String option : meta.options()) {
                assertThat(meta.doc()).as(meta.id() + " documents option " + option).contains("`" + option + "`");
            }
        }
    }
}
