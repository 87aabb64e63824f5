package dev.tokenlint.rules;

import dev.tokenlint.core.catalog.Scope;
import dev.tokenlint.core.rules.Diagnostic;
import dev.tokenlint.core.rules.Diagnostics;
import dev.tokenlint.core.rules.Rule;
import dev.tokenlint.core.rules.RuleContext;
import dev.tokenlint.core.rules.RuleInfo;
import dev.tokenlint.core.rules.Severity;
import dev.tokenlint.core.tokens.GrantedScope;
import dev.tokenlint.core.tokens.TokenDefinition;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A token carrying both PaaS-token scopes (installer download, support alert: handed to hosts
 * and build images) and API scopes (read or change the environment). The PaaS token is spread
 * widely, so anything else on it spreads too. Scopes the catalog does not know are left to
 * {@code unknown-scope}.
 */
@RuleInfo(id = "paas-scope-mix", severity = Severity.WARNING,
        summary = "PaaS-token scopes mixed with API scopes on one token")
public final class PaasScopeMixRule implements Rule {

    @Override
    public void check(RuleContext context, Diagnostics out) {
        for (TokenDefinition token : context.tokens()) {
            List<GrantedScope> paas = new ArrayList<>();
            List<String> api = new ArrayList<>();
            for (GrantedScope granted : token.scopes()) {
                Optional<Scope> scope = context.catalog().scope(granted.id());
                if (scope.isEmpty()) {
                    continue;
                }
                if (scope.get().paas()) {
                    paas.add(granted);
                } else if (!api.contains(granted.id())) {
                    api.add(granted.id());
                }
            }
            if (!paas.isEmpty() && !api.isEmpty()) {
                List<String> paasIds = paas.stream().map(GrantedScope::id).distinct().toList();
                out.report(Diagnostic.at(paas.get(0).location(), "token '" + token.name() + "' mixes PaaS-token scopes ("
                        + String.join(", ", paasIds) + ") with API scopes (" + String.join(", ", api)
                        + "); use a separate PaaS token").token(token.name()));
            }
        }
    }
}
