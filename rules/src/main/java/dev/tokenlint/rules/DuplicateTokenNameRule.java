package dev.tokenlint.rules;

import dev.tokenlint.core.rules.Diagnostic;
import dev.tokenlint.core.rules.Diagnostics;
import dev.tokenlint.core.rules.Rule;
import dev.tokenlint.core.rules.RuleContext;
import dev.tokenlint.core.rules.RuleInfo;
import dev.tokenlint.core.rules.Severity;
import dev.tokenlint.core.tokens.TokenDefinition;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Two token definitions with the same name, compared with case and whitespace folded.
 * Declared tokens (tokenlint.yaml and request bodies) and exported inventories are checked
 * separately: an export naturally repeats the tokens the config declares. Within an inventory,
 * entries with the same public identifier are one token listed twice, not a duplicate.
 */
@RuleInfo(id = "duplicate-token-name", severity = Severity.ERROR,
        summary = "Two token definitions share a name (case and whitespace folded)")
public final class DuplicateTokenNameRule implements Rule {

    @Override
    public void check(RuleContext context, Diagnostics out) {
        Map<String, TokenDefinition> first = new HashMap<>();
        Set<String> seenIds = new HashSet<>();
        for (TokenDefinition token : context.tokens()) {
            if (token.publicId() != null && !seenIds.add(token.publicId())) {
                continue;
            }
            String key = (token.origin().isInventory() ? "inventory:" : "declared:") + TokenNames.fold(token.name());
            TokenDefinition earlier = first.putIfAbsent(key, token);
            if (earlier != null) {
                out.report(Diagnostic.at(token.location(), "token name '" + token.name()
                        + "' is already used by another token" + where(earlier, token)
                        + "; give each token its own name").token(token.name()));
            }
        }
    }

    private static String where(TokenDefinition earlier, TokenDefinition token) {
        if (earlier.location().file().equals(token.location().file())) {
            String same = earlier.name().equals(token.name()) ? "" : " ('" + earlier.name() + "')";
            return same + " in this file";
        }
        return " ('" + earlier.name() + "' in " + earlier.location().file() + ")";
    }
}
