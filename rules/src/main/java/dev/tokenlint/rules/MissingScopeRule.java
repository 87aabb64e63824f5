package dev.tokenlint.rules;

import dev.tokenlint.core.catalog.Operation;
import dev.tokenlint.core.privilege.LeastPrivilege;
import dev.tokenlint.core.privilege.LeastPrivilegeSolver;
import dev.tokenlint.core.rules.Diagnostic;
import dev.tokenlint.core.rules.Diagnostics;
import dev.tokenlint.core.rules.Rule;
import dev.tokenlint.core.rules.RuleContext;
import dev.tokenlint.core.rules.RuleInfo;
import dev.tokenlint.core.rules.Severity;
import dev.tokenlint.core.scan.ApiCall;
import dev.tokenlint.core.tokens.TokenDefinition;
import java.util.List;

/**
 * A call bound to a token that none of the token's scopes authorises: in production it gets
 * 403 Forbidden. Reported at the call, naming the cheapest scope that would authorise it.
 */
@RuleInfo(id = "missing-scope", severity = Severity.ERROR,
        summary = "A call needs a scope its token lacks (the call would get 403)")
public final class MissingScopeRule implements Rule {

    @Override
    public void check(RuleContext context, Diagnostics out) {
        LeastPrivilegeSolver solver = new LeastPrivilegeSolver(context.catalog());
        for (TokenDefinition token : context.tokens()) {
            LeastPrivilege verdict = context.leastPrivilege().get(token);
            if (verdict == null) {
                continue;
            }
            for (ApiCall call : verdict.unauthorised()) {
                out.report(diagnostic(token, call, solver));
            }
        }
    }

    private static Diagnostic diagnostic(TokenDefinition token, ApiCall call, LeastPrivilegeSolver solver) {
        Operation op = call.operation();
        String endpoint = op.endpoint();
        if (op.anyScope()) {
            return Diagnostic.atCall(call, endpoint + " needs any token scope, and token " + token.name()
                    + " has none (403)").token(token.name()).endpoint(endpoint);
        }
        String cheapest = solver.cheapestAlternative(op.scopes()).orElseThrow();
        List<String> others = op.scopes().stream().filter(s -> !s.equals(cheapest)).sorted().toList();
        String message = endpoint + " needs " + cheapest + ", which token '" + token.name() + "' lacks (403)"
                + (others.isEmpty() ? "" : "; also accepted: " + String.join(", ", others));
        return Diagnostic.atCall(call, message).token(token.name()).scope(cheapest).endpoint(endpoint);
    }
}
