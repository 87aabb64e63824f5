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

/** A scope Dynatrace marks deprecated: it still works today and will stop working later. */
@RuleInfo(id = "deprecated-scope", severity = Severity.WARNING,
        summary = "A deprecated scope, with its replacement")
public final class DeprecatedScopeRule implements Rule {

    @Override
    public void check(RuleContext context, Diagnostics out) {
        for (TokenDefinition token : context.tokens()) {
            for (GrantedScope granted : token.scopes()) {
                Optional<Scope> scope = context.catalog().scope(granted.id());
                if (scope.isPresent() && scope.get().status() == ScopeStatus.DEPRECATED) {
                    String instead = Replacements.advice(scope.get().replacement(), "; it has no direct replacement");
                    out.report(Diagnostic.at(granted.location(), "scope '" + granted.id() + "' of token '"
                            + token.name() + "' is deprecated" + instead).token(token.name()).scope(granted.id()));
                }
            }
        }
    }
}
