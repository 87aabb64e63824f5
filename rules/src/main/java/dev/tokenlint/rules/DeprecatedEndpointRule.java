package dev.tokenlint.rules;

import dev.tokenlint.core.catalog.Operation;
import dev.tokenlint.core.rules.Diagnostic;
import dev.tokenlint.core.rules.Diagnostics;
import dev.tokenlint.core.rules.Rule;
import dev.tokenlint.core.rules.RuleContext;
import dev.tokenlint.core.rules.RuleInfo;
import dev.tokenlint.core.rules.Severity;
import dev.tokenlint.core.scan.ApiCall;

/** Code calls an operation the catalog marks deprecated; names the replacement when known. */
@RuleInfo(id = "deprecated-endpoint", severity = Severity.WARNING,
        summary = "Code calls a deprecated operation, with its replacement")
public final class DeprecatedEndpointRule implements Rule {

    @Override
    public void check(RuleContext context, Diagnostics out) {
        for (ApiCall call : context.facts().calls()) {
            Operation op = call.operation();
            if (op == null || !op.deprecated()) {
                continue;
            }
            String replacement = op.replacement() == null || op.replacement().isBlank() ? null : op.replacement();
            String message = op.endpoint() + " is deprecated"
                    + (replacement == null ? " and may be removed in a future Dynatrace version"
                    : "; use " + replacement + " instead");
            out.report(Diagnostic.atCall(call, message).endpoint(op.endpoint()));
        }
    }
}
