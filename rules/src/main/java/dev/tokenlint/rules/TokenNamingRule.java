package dev.tokenlint.rules;

import dev.tokenlint.core.rules.Diagnostic;
import dev.tokenlint.core.rules.Diagnostics;
import dev.tokenlint.core.rules.Rule;
import dev.tokenlint.core.rules.RuleContext;
import dev.tokenlint.core.rules.RuleInfo;
import dev.tokenlint.core.rules.Severity;
import dev.tokenlint.core.tokens.TokenDefinition;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A token name that says nothing about what the token is for: a placeholder such as "token",
 * "test" or "new token" (always flagged, whatever the pattern), or a name that does not match
 * the configured pattern (default: lower-case words joined by hyphens, at least two words).
 */
@RuleInfo(id = "token-naming", severity = Severity.WARNING,
        summary = "A token name fails the naming pattern or is a placeholder (\"token\", \"test\", \"new token\")",
        options = {"pattern"})
public final class TokenNamingRule implements Rule {

    /** The default pattern: {@code team-purpose-env} style, lower case, at least two words. */
    static final String DEFAULT_PATTERN = "^[a-z0-9]+(-[a-z0-9]+)+$";

    /** Names people type when they do not mean to keep the token, folded (see {@link #fold}). */
    private static final Set<String> PLACEHOLDERS = Set.of("token", "tokens", "test", "tests", "testing", "new token",
            "my token", "test token", "tmp", "temp", "temporary", "temp token", "api token", "access token",
            "dynatrace", "dynatrace token", "dt token", "default", "example", "sample", "foo", "bar", "xxx",
            "asdf", "todo", "name", "token name", "unnamed", "untitled", "new", "demo", "dummy");

    @Override
    public void check(RuleContext context, Diagnostics out) {
        Pattern pattern = context.options().pattern("pattern", DEFAULT_PATTERN);
        for (TokenDefinition token : context.tokens()) {
            String name = token.name();
            if (PLACEHOLDERS.contains(fold(name))) {
                out.report(Diagnostic.at(token.location(), "token name '" + name
                        + "' is a placeholder; name it after its owner and purpose").token(name));
            } else if (!pattern.matcher(name).matches()) {
                out.report(Diagnostic.at(token.location(), "token name '" + name
                        + "' does not match the naming pattern " + pattern.pattern()).token(name));
            }
        }
    }

    /** Lower case with hyphens, underscores, dots and runs of whitespace made single spaces. */
    static String fold(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[\\s_.\\-]+", " ").strip();
    }
}
