package dev.tokenlint.rules;

import dev.tokenlint.core.catalog.RiskClass;
import dev.tokenlint.core.catalog.Scope;
import dev.tokenlint.core.input.InvalidInputException;
import dev.tokenlint.core.input.Node;
import dev.tokenlint.core.input.QuotedInput;
import dev.tokenlint.core.rules.Diagnostic;
import dev.tokenlint.core.rules.Diagnostics;
import dev.tokenlint.core.rules.Rule;
import dev.tokenlint.core.rules.RuleContext;
import dev.tokenlint.core.rules.RuleInfo;
import dev.tokenlint.core.rules.Severity;
import dev.tokenlint.core.tokens.GrantedScope;
import dev.tokenlint.core.tokens.TokenDefinition;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A scope at or above the configured risk class ({@code write} by default, so write and admin
 * scopes) without a written reason in the token's {@code justify} map. Exported tokens carry
 * no justification of their own; a declared token with the same name supplies it.
 */
@RuleInfo(id = "high-risk-scope", severity = Severity.WARNING,
        summary = "An admin or write scope without a justify entry", options = {"risk"})
public final class HighRiskScopeRule implements Rule {

    @Override
    public void check(RuleContext context, Diagnostics out) {
        RiskClass threshold = threshold(context);
        Map<String, Map<String, String>> declaredReasons = new HashMap<>();
        for (TokenDefinition token : context.tokens()) {
            if (!token.origin().isInventory()) {
                declaredReasons.merge(TokenNames.fold(token.name()), token.justify(), (a, b) -> {
                    Map<String, String> both = new HashMap<>(a);
                    both.putAll(b);
                    return both;
                });
            }
        }
        for (TokenDefinition token : context.tokens()) {
            Map<String, String> reasons = token.origin().isInventory()
                    ? declaredReasons.getOrDefault(TokenNames.fold(token.name()), Map.of()) : token.justify();
            for (GrantedScope granted : token.scopes()) {
                Optional<Scope> scope = context.catalog().scope(granted.id());
                if (scope.isEmpty() || scope.get().risk().compareTo(threshold) < 0) {
                    continue;
                }
                String reason = reasons.get(granted.id());
                if (reason == null || reason.isBlank()) {
                    out.report(Diagnostic.at(granted.location(), "token '" + token.name() + "' grants the "
                            + scope.get().risk().id() + " scope '" + granted.id() + "' without a justify entry;"
                            + " remove it or write why it is needed").token(token.name()).scope(granted.id()));
                }
            }
        }
    }

    private static RiskClass threshold(RuleContext context) {
        String text = context.options().string("risk", RiskClass.WRITE.id()).trim();
        for (RiskClass r : RiskClass.values()) {
            if (r.id().equalsIgnoreCase(text)) {
                return r;
            }
        }
        Node at = context.options().entries().get("risk").value();
        throw new InvalidInputException(at.location(),
                "rules.high-risk-scope.risk must be read, ingest, write or admin, found " + QuotedInput.quote(text));
    }
}
