package dev.tokenlint.rules;

import dev.tokenlint.core.rules.Diagnostic;
import dev.tokenlint.core.rules.Diagnostics;
import dev.tokenlint.core.rules.Rule;
import dev.tokenlint.core.rules.RuleContext;
import dev.tokenlint.core.rules.RuleInfo;
import dev.tokenlint.core.rules.Severity;
import dev.tokenlint.core.scan.ApiCall;
import dev.tokenlint.core.scan.Resolution;

/**
 * A call whose path could not be worked out statically, or whose path matches no catalog
 * operation: the scopes it needs are unknown, so least privilege cannot be checked for it.
 * Reported instead of guessed.
 */
@RuleInfo(id = "unresolved-call", severity = Severity.NOTE,
        summary = "A call whose path could not be resolved statically")
public final class UnresolvedCallRule implements Rule {

    @Override
    public void check(RuleContext context, Diagnostics out) {
        for (ApiCall call : context.facts().calls()) {
            if (call.resolution() == Resolution.UNRESOLVED) {
                String message = "the path of " + CallDescriptions.endpoint(call) + " cannot be resolved statically ("
                        + CallDescriptions.safe(call.path()) + "), so the scopes it needs are not checked";
                out.report(Diagnostic.atCall(call, message));
            } else if (call.operation() == null) {
                String endpoint = CallDescriptions.endpoint(call);
                String message = endpoint + " matches no operation in the catalog, so the scopes it needs are not"
                        + " checked; add your environment's spec under catalog.openapi if it is newer";
                out.report(Diagnostic.atCall(call, message).endpoint(CallDescriptions.endpointField(call)));
            }
        }
    }
}
