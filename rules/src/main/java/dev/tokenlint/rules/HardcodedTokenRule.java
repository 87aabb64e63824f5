package dev.tokenlint.rules;

import dev.tokenlint.core.rules.Diagnostic;
import dev.tokenlint.core.rules.Diagnostics;
import dev.tokenlint.core.rules.Rule;
import dev.tokenlint.core.rules.RuleContext;
import dev.tokenlint.core.rules.RuleInfo;
import dev.tokenlint.core.rules.Severity;
import dev.tokenlint.core.scan.TokenLiteral;

/**
 * A Dynatrace access token written into a source, config or token file. The scan keeps only
 * the token's public identifier, so the message can name which token it is without the
 * secret. Tokens in URLs are reported here too, and additionally by {@code token-in-url}.
 */
@RuleInfo(id = "hardcoded-token", severity = Severity.ERROR,
        summary = "A token literal in source or config; shows only its public identifier")
public final class HardcodedTokenRule implements Rule {

    @Override
    public void check(RuleContext context, Diagnostics out) {
        for (TokenLiteral literal : context.facts().tokenLiterals()) {
            out.report(Diagnostic.at(literal.location(), "access token " + literal.publicId()
                    + "... (secret redacted) is written into the file; revoke it and read the token from an"
                    + " environment variable or secret store"));
        }
    }
}
