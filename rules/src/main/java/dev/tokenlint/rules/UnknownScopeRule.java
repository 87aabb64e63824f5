package dev.tokenlint.rules;

import dev.tokenlint.core.catalog.Scope;
import dev.tokenlint.core.input.NearestMatch;
import dev.tokenlint.core.rules.Diagnostic;
import dev.tokenlint.core.rules.Diagnostics;
import dev.tokenlint.core.rules.Rule;
import dev.tokenlint.core.rules.RuleContext;
import dev.tokenlint.core.rules.RuleInfo;
import dev.tokenlint.core.rules.Severity;
import dev.tokenlint.core.tokens.GrantedScope;
import dev.tokenlint.core.tokens.TokenDefinition;
import java.util.List;

/** A granted scope the permission catalog does not know: usually a typo, which the API rejects. */
@RuleInfo(id = "unknown-scope", severity = Severity.ERROR,
        summary = "A scope that is not in the permission catalog; suggests the nearest known id")
public final class UnknownScopeRule implements Rule {

    @Override
    public void check(RuleContext context, Diagnostics out) {
        List<String> known = context.catalog().scopes().stream().map(Scope::id).toList();
        for (TokenDefinition token : context.tokens()) {
            for (GrantedScope scope : token.scopes()) {
                if (context.catalog().scope(scope.id()).isEmpty()) {
                    String hint = NearestMatch.hint(scope.id(), known);
                    out.report(Diagnostic.at(scope.location(), "scope '" + scope.id() + "' of token '" + token.name()
                            + "' is not a Dynatrace scope" + hint).token(token.name()).scope(scope.id()));
                }
            }
        }
    }
}
