package dev.tokenlint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tokenlint.core.engine.RuleRegistry;
import dev.tokenlint.core.rules.RuleMetadata;
import dev.tokenlint.core.rules.Severity;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RegisteredRulesTest {

    private static final Map<String, Severity> LEAST_PRIVILEGE_RULES = Map.of(
            "missing-scope", Severity.ERROR,
            "unused-scope", Severity.ERROR,
            "deprecated-endpoint", Severity.WARNING,
            "unresolved-call", Severity.NOTE,
            "unbound-call", Severity.WARNING,
            "token-in-url", Severity.ERROR,
            "auth-header-realm", Severity.ERROR);

    private final RuleRegistry registry = RuleRegistry.load(getClass().getClassLoader());

    @Test
    void everyRuleIsRegisteredWithItsDefaultSeverity() {
        LEAST_PRIVILEGE_RULES.forEach((id, severity) -> assertThat(registry.rule(id)).as(id)
                .hasValueSatisfying(r -> assertThat(r.metadata().defaultSeverity()).isEqualTo(severity)));
    }

    @Test
    void everyRuleHasADocPageWithEverySection() {
        for (String id : LEAST_PRIVILEGE_RULES.keySet()) {
            RuleMetadata meta = registry.rule(id).orElseThrow().metadata();
            assertThat(meta.doc()).as(id).startsWith("# " + id + "\n")
                    .contains("## What it detects", "## Why it matters", "## How to fix", "## Bad example",
                            "## Fixed example", "## How to silence it");
        }
    }
}
