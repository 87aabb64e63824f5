package dev.tokenlint.rules;

import dev.tokenlint.core.catalog.Scope;
import dev.tokenlint.core.catalog.ScopeStatus;
import dev.tokenlint.core.rules.Diagnostic;
import dev.tokenlint.core.rules.Diagnostics;
import dev.tokenlint.core.rules.Rule;
import dev.tokenlint.core.rules.RuleContext;
import dev.tokenlint.core.rules.RuleInfo;
import dev.tokenlint.core.rules.Severity;
import dev.tokenlint.core.tokens.GrantedScope;
import dev.tokenlint.core.tokens.TokenDefinition;
import java.util.Optional;

/** A scope Dynatrace no longer issues: creating the token fails, and existing grants do nothing. */
@RuleInfo(id = "removed-scope", severity = Severity.ERROR,
        summary = "A scope Dynatrace removed (ViewDashboard, MemoryDump, ...)")
public final class RemovedScopeRule implements Rule {

    @Override
    public void check(RuleContext context, Diagnostics out) {
        for (TokenDefinition token : context.tokens()) {
            for (GrantedScope granted : token.scopes()) {
                Optional<Scope> scope = context.catalog().scope(granted.id());
                if (scope.isPresent() && scope.get().status() == ScopeStatus.REMOVED) {
                    String instead = Replacements.advice(scope.get().replacement(), "; remove it");
                    out.report(Diagnostic.at(granted.location(), "scope '" + granted.id() + "' of token '"
                            + token.name() + "' was removed by Dynatrace" + instead)
                            .token(token.name()).scope(granted.id()));
                }
            }
        }
    }
}
