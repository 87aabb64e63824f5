package dev.tokenlint.core.rules;

import dev.tokenlint.core.catalog.PermissionCatalog;
import dev.tokenlint.core.privilege.Bindings;
import dev.tokenlint.core.privilege.LeastPrivilege;
import dev.tokenlint.core.scan.CodeFacts;
import dev.tokenlint.core.scan.InputProblem;
import dev.tokenlint.core.tokens.TokenDefinition;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Everything a rule may look at. Built once per run by the engine; the same object is passed
 * to every rule except for {@link #options()}, which is the rule's own.
 *
 * @param catalog        the effective permission catalog
 * @param tokens         every token definition read, in file and line order
 * @param facts          what the source scan found
 * @param bindings       calls bound to tokens, and unbound calls
 * @param leastPrivilege the least-privilege verdict per token that has bound calls
 * @param tokenProblems  token files that could not be read (the rest were)
 * @param options        this rule's options
 * @param asOf           the day date rules count from
 */
public record RuleContext(PermissionCatalog catalog, List<TokenDefinition> tokens, CodeFacts facts,
                          Bindings bindings, Map<TokenDefinition, LeastPrivilege> leastPrivilege,
                          List<InputProblem> tokenProblems, RuleOptions options, LocalDate asOf) {

    public RuleContext {
        tokens = List.copyOf(tokens);
        leastPrivilege = Map.copyOf(leastPrivilege);
        tokenProblems = List.copyOf(tokenProblems);
    }

    /** The same context with another rule's options. */
    public RuleContext withOptions(RuleOptions other) {
        return new RuleContext(catalog, tokens, facts, bindings, leastPrivilege, tokenProblems, other, asOf);
    }
}
