package dev.tokenlint.rules;

import dev.tokenlint.core.rules.Diagnostic;
import dev.tokenlint.core.rules.Diagnostics;
import dev.tokenlint.core.rules.Rule;
import dev.tokenlint.core.rules.RuleContext;
import dev.tokenlint.core.rules.RuleInfo;
import dev.tokenlint.core.rules.Severity;
import dev.tokenlint.core.scan.ApiCall;

/** A call in code that no declared token covers, so nothing holds its scopes to least privilege. */
@RuleInfo(id = "unbound-call", severity = Severity.WARNING,
        summary = "A call in code that no declared token covers")
public final class UnboundCallRule implements Rule {

    @Override
    public void check(RuleContext context, Diagnostics out) {
        boolean noTokens = context.tokens().isEmpty();
        for (ApiCall call : context.bindings().unbound()) {
            String what = CallDescriptions.endpoint(call);
            String message = noTokens
                    ? what + " is not covered by any token because none is declared; run `tokenlint init` to write"
                    + " a tokenlint.yaml with least-privilege tokens for this code"
                    : what + " is not bound to any token; add this file to a token's usedBy, set a token's env to"
                    + " the variable this class reads, or run `tokenlint init` for a starter config";
            out.report(Diagnostic.atCall(call, message).endpoint(CallDescriptions.endpointField(call)));
        }
    }
}
