package dev.tokenlint.core.config;

import dev.tokenlint.core.input.Location;
import dev.tokenlint.core.input.Node;
import dev.tokenlint.core.rules.Severity;

/**
 * The config's settings for one rule: {@code rules: { token-naming: { severity: note, pattern: ... } }},
 * or {@code rules: { scope-sprawl: off }}.
 *
 * @param ruleId   the rule id as written
 * @param enabled  false when switched off
 * @param severity re-graded severity, or null for the default
 * @param options  remaining keys for the rule, or null
 * @param location where the rule's key is written
 */
public record RuleSettings(String ruleId, boolean enabled, Severity severity, Node.MapNode options,
                           Location location) {
}
