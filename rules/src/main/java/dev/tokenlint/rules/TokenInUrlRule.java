package dev.tokenlint.rules;

import dev.tokenlint.core.rules.Diagnostic;
import dev.tokenlint.core.rules.Diagnostics;
import dev.tokenlint.core.rules.Rule;
import dev.tokenlint.core.rules.RuleContext;
import dev.tokenlint.core.rules.RuleInfo;
import dev.tokenlint.core.rules.Severity;
import dev.tokenlint.core.scan.TokenInUrl;
import dev.tokenlint.core.scan.TokenLiteral;
import java.util.HashSet;
import java.util.Set;

/**
 * An access token passed as a URL query parameter ({@code ?Api-Token=...}), where proxies,
 * server access logs and browser histories record it. Reported once per line: a query
 * parameter found in a URL and a token literal inside that same URL are the same problem.
 */
@RuleInfo(id = "token-in-url", severity = Severity.ERROR,
        summary = "A token passed as a URL query parameter")
public final class TokenInUrlRule implements Rule {

    private static final String FIX = "send it in the Authorization header as \"Api-Token <token>\" instead";

    @Override
    public void check(RuleContext context, Diagnostics out) {
        Set<String> reportedLines = new HashSet<>();
        for (TokenInUrl url : context.facts().tokensInUrls()) {
            reportedLines.add(url.location().file() + ":" + url.location().line());
            out.report(Diagnostic.at(url.location(), "access token passed in the URL query parameter '"
                    + url.parameter() + "', where proxies and access logs record it; " + FIX));
        }
        for (TokenLiteral literal : context.facts().tokenLiterals()) {
            if (!literal.inUrl() || !reportedLines.add(literal.location().file() + ":" + literal.location().line())) {
                continue;
            }
            out.report(Diagnostic.at(literal.location(), "token " + literal.publicId()
                    + " is passed in a URL query parameter, where proxies and access logs record it; " + FIX));
        }
    }
}
