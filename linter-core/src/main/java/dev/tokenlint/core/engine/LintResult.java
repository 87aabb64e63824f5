package dev.tokenlint.core.engine;

import dev.tokenlint.core.catalog.PermissionCatalog;
import dev.tokenlint.core.privilege.Bindings;
import dev.tokenlint.core.privilege.LeastPrivilege;
import dev.tokenlint.core.rules.Finding;
import dev.tokenlint.core.rules.FindingStatus;
import dev.tokenlint.core.rules.RuleMetadata;
import dev.tokenlint.core.rules.Severity;
import dev.tokenlint.core.scan.CodeFacts;
import dev.tokenlint.core.tokens.TokenDefinition;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Everything one run found, for reporters: tokens as read, calls and their bindings, the
 * least-privilege verdicts, findings sorted by location, and the rules that ran.
 *
 * @param catalog        the effective catalog
 * @param tokens         every token definition, in file and line order
 * @param facts          what the source scan found
 * @param bindings       calls bound to tokens
 * @param leastPrivilege verdict per token with bound calls
 * @param findings       every finding, sorted; suppressed and baselined ones carry their status
 * @param rules          metadata of every rule that ran, sorted by id
 * @param asOf           the day date rules counted from
 * @param noIgnores      whether this was an auditor run
 */
public record LintResult(PermissionCatalog catalog, List<TokenDefinition> tokens, CodeFacts facts, Bindings bindings,
                         Map<TokenDefinition, LeastPrivilege> leastPrivilege, List<Finding> findings,
                         List<RuleMetadata> rules, LocalDate asOf, boolean noIgnores) {

    public LintResult {
        tokens = List.copyOf(tokens);
        leastPrivilege = Map.copyOf(leastPrivilege);
        findings = List.copyOf(findings);
        rules = List.copyOf(rules);
    }

    /** Findings that count (neither suppressed nor baselined). */
    public List<Finding> openFindings() {
        return findings.stream().filter(Finding::isOpen).toList();
    }

    /**
     * What a new baseline accepts: every finding not suppressed, so findings already in the
     * baseline stay accepted and fixed ones drop out. The CLI's {@code --write-baseline} and the
     * Maven {@code baseline} goal both write this.
     */
    public List<Finding> baselineCandidates() {
        return findings.stream().filter(f -> f.status() != FindingStatus.SUPPRESSED).toList();
    }

    /** Number of open findings of {@code severity}. */
    public long count(Severity severity) {
        return findings.stream().filter(f -> f.isOpen() && f.severity() == severity).count();
    }

    /** Number of findings with {@code status}. */
    public long count(FindingStatus status) {
        return findings.stream().filter(f -> f.status() == status).count();
    }

    /** Whether any open finding is at or above {@code threshold} (null: never fail). */
    public boolean failsAt(Severity threshold) {
        return threshold != null && findings.stream().anyMatch(f -> f.isOpen() && f.severity().atLeast(threshold));
    }
}
