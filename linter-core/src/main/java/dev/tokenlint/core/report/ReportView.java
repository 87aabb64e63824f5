package dev.tokenlint.core.report;

import dev.tokenlint.core.engine.LintResult;
import dev.tokenlint.core.privilege.LeastPrivilege;
import dev.tokenlint.core.rules.Finding;
import dev.tokenlint.core.rules.FindingStatus;
import dev.tokenlint.core.rules.RuleMetadata;
import dev.tokenlint.core.rules.Severity;
import dev.tokenlint.core.scan.ApiCall;
import dev.tokenlint.core.tokens.TokenDefinition;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What every format reads from a {@link LintResult}: the findings a reader is shown, the tokens
 * each call binds to, and the counts of the summary. Keeps the formats agreeing with each other.
 */
final class ReportView {

    private final LintResult result;
    private final Map<ApiCall, List<String>> tokensByCall = new LinkedHashMap<>();

    ReportView(LintResult result) {
        this.result = result;
        for (TokenDefinition token : result.tokens()) {
            for (ApiCall call : result.bindings().callsOf(token)) {
                List<String> names = tokensByCall.computeIfAbsent(call, c -> new ArrayList<>());
                if (!names.contains(token.name())) {
                    names.add(token.name());
                }
            }
        }
    }

    LintResult result() {
        return result;
    }

    /**
     * The findings a human reader is shown: the open ones, or every finding (marked with its
     * status) in an auditor's run.
     */
    List<Finding> shown() {
        return result.noIgnores() ? result.findings() : result.openFindings();
    }

    /** Findings that were suppressed or baselined and are therefore not shown in a normal run. */
    long hidden() {
        return result.noIgnores() ? 0 : result.findings().size() - result.openFindings().size();
    }

    long suppressed() {
        return result.count(FindingStatus.SUPPRESSED);
    }

    long baselined() {
        return result.count(FindingStatus.BASELINED);
    }

    /** Open findings of {@code severity}. */
    long open(Severity severity) {
        return result.count(severity);
    }

    /** Open findings per rule id, most serious first, then by id. */
    Map<String, Long> openByRule() {
        Map<String, Long> counts = new TreeMap<>();
        for (Finding f : result.openFindings()) {
            counts.merge(f.ruleId(), 1L, Long::sum);
        }
        return counts;
    }

    /** The effective severity of each rule that has open findings, for grouping the summary. */
    List<RuleCount> openRuleCounts() {
        Map<String, Severity> severity = new TreeMap<>();
        for (Finding f : result.openFindings()) {
            severity.merge(f.ruleId(), f.severity(), (a, b) -> a.compareTo(b) >= 0 ? a : b);
        }
        List<RuleCount> out = new ArrayList<>();
        openByRule().forEach((id, n) -> out.add(new RuleCount(id, severity.get(id), n)));
        out.sort(Comparator.comparing(RuleCount::severity).reversed().thenComparing(RuleCount::ruleId));
        return out;
    }

    /** Names of the tokens {@code call} binds to, in token order; empty when unbound. */
    List<String> tokensOf(ApiCall call) {
        return tokensByCall.getOrDefault(call, List.of());
    }

    List<ApiCall> calls() {
        return result.facts() == null ? List.of() : result.facts().calls();
    }

    int tokenCount() {
        return result.tokens().size();
    }

    int callCount() {
        return calls().size();
    }

    long unboundCalls() {
        return calls().stream().filter(c -> tokensOf(c).isEmpty()).count();
    }

    /** The least-privilege verdict of {@code token}, present only when calls bind to it. */
    Optional<LeastPrivilege> verdict(TokenDefinition token) {
        return Optional.ofNullable(result.leastPrivilege().get(token));
    }

    /**
     * Shown findings that concern {@code token}. Findings name their token only by name; when
     * several definitions share that name (a config entry and an inventory export, say), a
     * finding belongs to the definition in whose file it sits.
     */
    List<Finding> shownFor(TokenDefinition token) {
        long sameName = result.tokens().stream().filter(t -> t.name().equals(token.name())).count();
        return shown().stream().filter(f -> token.name().equals(f.token()))
                .filter(f -> sameName == 1 || f.location().file().equals(token.location().file())).toList();
    }

    /** The metadata of {@code ruleId}, when that rule ran. */
    Optional<RuleMetadata> rule(String ruleId) {
        return result.rules().stream().filter(r -> r.id().equals(ruleId)).findFirst();
    }

    /** Rules that ran, sorted by id, plus any rule id that has a finding but no metadata (kept stable). */
    List<String> ruleIds() {
        Map<String, Boolean> ids = new TreeMap<>();
        result.rules().forEach(r -> ids.put(r.id(), true));
        result.findings().forEach(f -> ids.put(f.ruleId(), true));
        return List.copyOf(ids.keySet());
    }

    /** {@code n thing} or {@code n things}. */
    static String plural(long n, String singular) {
        return n + " " + (n == 1 ? singular : singular + "s");
    }

    /** One rule's line of the summary. */
    record RuleCount(String ruleId, Severity severity, long count) {
    }
}
