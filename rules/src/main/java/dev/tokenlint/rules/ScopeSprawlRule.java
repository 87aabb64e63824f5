package dev.tokenlint.rules;

import dev.tokenlint.core.rules.Diagnostic;
import dev.tokenlint.core.rules.Diagnostics;
import dev.tokenlint.core.rules.Rule;
import dev.tokenlint.core.rules.RuleContext;
import dev.tokenlint.core.rules.RuleInfo;
import dev.tokenlint.core.rules.Severity;
import dev.tokenlint.core.tokens.TokenDefinition;
import java.util.LinkedHashSet;

/** A token with more distinct scopes than the configured maximum ({@code max}, default 6). */
@RuleInfo(id = "scope-sprawl", severity = Severity.WARNING,
        summary = "More scopes than the configured maximum on one token", options = {"max"})
public final class ScopeSprawlRule implements Rule {

    static final int DEFAULT_MAX = 6;

    @Override
    public void check(RuleContext context, Diagnostics out) {
        int max = context.options().integer("max", DEFAULT_MAX);
        for (TokenDefinition token : context.tokens()) {
            int count = new LinkedHashSet<>(token.scopeIds()).size();
            if (count > max) {
                out.report(Diagnostic.at(token.location(), "token '" + token.name() + "' has " + count
                        + " scopes, more than the maximum of " + max + "; split it by purpose").token(token.name()));
            }
        }
    }
}
