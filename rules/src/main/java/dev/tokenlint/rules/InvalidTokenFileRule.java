package dev.tokenlint.rules;

import dev.tokenlint.core.rules.Diagnostic;
import dev.tokenlint.core.rules.Diagnostics;
import dev.tokenlint.core.rules.Rule;
import dev.tokenlint.core.rules.RuleContext;
import dev.tokenlint.core.rules.RuleInfo;
import dev.tokenlint.core.rules.Severity;
import dev.tokenlint.core.scan.InputProblem;

/**
 * A token file (named by {@code from:} in tokenlint.yaml) that could not be read: malformed,
 * empty, of no known shape. The other token files are still checked; this finding makes sure
 * the one that was skipped is not forgotten.
 */
@RuleInfo(id = "invalid-token-file", severity = Severity.ERROR,
        summary = "A token file that could not be read; the others were still checked")
public final class InvalidTokenFileRule implements Rule {

    @Override
    public void check(RuleContext context, Diagnostics out) {
        for (InputProblem problem : context.tokenProblems()) {
            out.report(Diagnostic.at(problem.location(), "token file not checked: " + problem.message()));
        }
    }
}
