package dev.tokenlint.rules;

import dev.tokenlint.core.rules.Diagnostic;
import dev.tokenlint.core.rules.Diagnostics;
import dev.tokenlint.core.rules.Rule;
import dev.tokenlint.core.rules.RuleContext;
import dev.tokenlint.core.rules.RuleInfo;
import dev.tokenlint.core.rules.Severity;
import dev.tokenlint.core.tokens.TokenDefinition;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * A token that never expires, lives longer than the configured maximum ({@code max}, default
 * 365 days), or has already expired as of the run's day. A token's lifetime counts from its
 * creation when an export says when that was, else from the run's day. Disabled and revoked
 * exported tokens cannot be used and are skipped.
 */
@RuleInfo(id = "token-expiry", severity = Severity.WARNING,
        summary = "A token without an expiry, or with one beyond the configured maximum", options = {"max"})
public final class TokenExpiryRule implements Rule {

    static final Duration DEFAULT_MAX = Duration.ofDays(365);

    @Override
    public void check(RuleContext context, Diagnostics out) {
        long maxDays = context.options().days("max", DEFAULT_MAX).toDays();
        LocalDate asOf = context.asOf();
        for (TokenDefinition token : context.tokens()) {
            if (!token.enabled()) {
                continue;
            }
            Optional<LocalDate> expiry = token.expiryDay(asOf);
            String name = token.name();
            if (expiry.isEmpty()) {
                out.report(Diagnostic.at(token.location(), "token '" + name + "' never expires; give it an expiry of at most "
                        + maxDays + " days").token(name));
                continue;
            }
            LocalDate from = token.created() != null ? token.created().atZone(ZoneOffset.UTC).toLocalDate() : asOf;
            if (token.expires() != null && expiry.get().isBefore(asOf)) {
                out.report(Diagnostic.at(token.location(), "token '" + name + "' expired on " + expiry.get()
                        + "; remove or rotate it").token(name));
                continue;
            }
            long lifetime = ChronoUnit.DAYS.between(from, expiry.get());
            if (lifetime > maxDays) {
                String when = token.expires() != null ? "expires on " + expiry.get()
                        : "lives " + lifetime + " days";
                out.report(Diagnostic.at(token.location(), "token '" + name + "' " + when
                        + ", longer than the maximum of " + maxDays + " days").token(name));
            }
        }
    }
}
