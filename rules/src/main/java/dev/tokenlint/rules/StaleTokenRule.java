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

/**
 * An exported, enabled token that was last used more than {@code days} (default 90) before
 * the run's day, or never used although it was created longer ago than that (or when it was
 * created is unknown). Only inventories know last use; declared tokens are skipped, and so
 * are disabled or revoked ones, which can no longer be used.
 */
@RuleInfo(id = "stale-token", severity = Severity.WARNING,
        summary = "(inventory) A token not used for longer than the configured days, or never used",
        options = {"days"})
public final class StaleTokenRule implements Rule {

    static final Duration DEFAULT_DAYS = Duration.ofDays(90);

    @Override
    public void check(RuleContext context, Diagnostics out) {
        long days = context.options().days("days", DEFAULT_DAYS).toDays();
        LocalDate cutoff = context.asOf().minusDays(days);
        for (TokenDefinition token : context.tokens()) {
            if (!token.origin().isInventory() || !token.enabled()) {
                continue;
            }
            String name = token.name();
            if (token.lastUsed() == null) {
                LocalDate created = token.created() == null ? null : token.created().atZone(ZoneOffset.UTC).toLocalDate();
                if (created == null || created.isBefore(cutoff)) {
                    String since = created == null ? "" : " since it was created on " + created;
                    out.report(Diagnostic.at(token.location(), "token '" + name + "' has never been used" + since
                            + "; revoke it if nothing needs it").token(name));
                }
                continue;
            }
            LocalDate lastUsed = token.lastUsed().atZone(ZoneOffset.UTC).toLocalDate();
            if (lastUsed.isBefore(cutoff)) {
                out.report(Diagnostic.at(token.location(), "token '" + name + "' was last used on " + lastUsed
                        + ", more than " + days + " days ago; revoke it if nothing needs it").token(name));
            }
        }
    }
}
