package dev.tokenlint.rules;

import dev.tokenlint.core.rules.Diagnostic;
import dev.tokenlint.core.rules.Diagnostics;
import dev.tokenlint.core.rules.Rule;
import dev.tokenlint.core.rules.RuleContext;
import dev.tokenlint.core.rules.RuleInfo;
import dev.tokenlint.core.rules.Severity;
import dev.tokenlint.core.scan.InputProblem;

/**
 * A source file the scan could not read or parse (syntax error, not UTF-8, unreadable). Calls
 * in it are not seen, so scope findings for the tokens it uses may be incomplete.
 */
@RuleInfo(id = "unreadable-source", severity = Severity.NOTE,
        summary = "A source file that could not be read or parsed; its calls were not checked")
public final class UnreadableSourceRule implements Rule {

    @Override
    public void check(RuleContext context, Diagnostics out) {
        for (InputProblem problem : context.facts().problems()) {
            out.report(Diagnostic.at(problem.location(), "source not checked: " + problem.message()));
        }
    }
}
