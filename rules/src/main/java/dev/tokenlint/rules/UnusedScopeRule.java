package dev.tokenlint.rules;

import dev.tokenlint.core.privilege.LeastPrivilege;
import dev.tokenlint.core.rules.Diagnostic;
import dev.tokenlint.core.rules.Diagnostics;
import dev.tokenlint.core.rules.Rule;
import dev.tokenlint.core.rules.RuleContext;
import dev.tokenlint.core.rules.RuleInfo;
import dev.tokenlint.core.rules.Severity;
import dev.tokenlint.core.tokens.TokenDefinition;
import java.util.Set;

/**
 * A scope granted to a token that none of its bound calls needs. Reported at the line where
 * the scope is granted, with the granted, needed and recommended sets so the fix is one edit.
 *
 * <p>Only tokens with bound calls are judged (a token with none may serve code outside the
 * scan). While any bound call is unresolved or unmatched, what that call needs is not known:
 * the finding then says so, names how many such calls there are, recommends nothing as
 * certain and is at most a warning, so a gate never fails on a guess and a reader never removes
 * a scope that an unread call may need.
 */
@RuleInfo(id = "unused-scope", severity = Severity.ERROR,
        summary = "A token grants a scope none of its calls needs; shows the least-privilege set")
public final class UnusedScopeRule implements Rule {

    @Override
    public void check(RuleContext context, Diagnostics out) {
        for (TokenDefinition token : context.tokens()) {
            LeastPrivilege verdict = context.leastPrivilege().get(token);
            if (verdict == null || verdict.unused().isEmpty()) {
                continue;
            }
            long unknown = unknownCalls(context, token);
            for (String scope : verdict.unused()) {
                if (unknown > 0) {
                    String message = "token '" + token.name() + "' grants '" + scope + "', which none of its resolved"
                            + " calls needs, but " + unknown + (unknown == 1 ? " call" : " calls") + " bound to it could"
                            + " not be resolved (see unresolved-call) and may need it; granted "
                            + list(verdict.granted()) + ", needed by the resolved calls " + list(verdict.needed())
                            + "; check those calls before removing it";
                    out.report(Diagnostic.at(token.locationOf(scope), message).token(token.name()).scope(scope)
                            .atMost(Severity.WARNING));
                    continue;
                }
                String message = "token '" + token.name() + "' grants '" + scope + "', which none of its calls needs;"
                        + " granted " + list(verdict.granted()) + ", needed " + list(verdict.needed())
                        + ", recommended " + list(verdict.recommended());
                out.report(Diagnostic.at(token.locationOf(scope), message).token(token.name()).scope(scope));
            }
        }
    }

    private static long unknownCalls(RuleContext context, TokenDefinition token) {
        return context.bindings().callsOf(token).stream().filter(c -> c.operation() == null).count();
    }

    private static String list(Set<String> scopes) {
        return "[" + String.join(", ", scopes) + "]";
    }
}
