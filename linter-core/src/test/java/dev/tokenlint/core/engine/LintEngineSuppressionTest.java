package dev.tokenlint.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tokenlint.core.catalog.PermissionCatalog;
import dev.tokenlint.core.config.SourceSelection;
import dev.tokenlint.core.config.Suppression;
import dev.tokenlint.core.config.TokenlintConfig;
import dev.tokenlint.core.input.Location;
import dev.tokenlint.core.rules.Diagnostic;
import dev.tokenlint.core.rules.Diagnostics;
import dev.tokenlint.core.rules.Finding;
import dev.tokenlint.core.rules.FindingStatus;
import dev.tokenlint.core.rules.Rule;
import dev.tokenlint.core.rules.RuleContext;
import dev.tokenlint.core.rules.RuleInfo;
import dev.tokenlint.core.rules.Severity;
import dev.tokenlint.core.scan.CodeFacts;
import dev.tokenlint.core.scan.SuppressedRegion;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LintEngineSuppressionTest {

    private static final String FILE = "src/main/java/com/acme/App.java";

    /** Reports one diagnostic at a fixed place, whatever the input. */
    @RuleInfo(id = "test-rule", severity = Severity.WARNING, summary = "reports at App.java line 12")
    public static final class FixedPlaceRule implements Rule {
        @Override
        public void check(RuleContext context, Diagnostics out) {
            out.report(Diagnostic.at(new Location(FILE, 12, 3), "something found").token("t"));
        }
    }

    @TempDir
    Path root;

    private final LintEngine engine = new LintEngine(new RuleRegistry(List.of(new FixedPlaceRule())),
            PermissionCatalog.empty());

    private LintRequest request() {
        return new LintRequest(root, null, List.of(), LocalDate.of(2026, 11, 28), null, false, List.of());
    }

    private static Finding finding(String ruleId, int line) {
        return new Finding(ruleId, Severity.WARNING, "something found", new Location(FILE, line, 3), "t", null,
                null, "fp-" + ruleId + "-" + line, FindingStatus.OPEN, null);
    }

    private static CodeFacts factsWith(SuppressedRegion... regions) {
        return new CodeFacts(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(regions), List.of(), 1, 1);
    }

    private List<Finding> apply(List<Finding> findings, TokenlintConfig config, CodeFacts facts) {
        return engine.applySuppressions(findings, config, facts, request(), root);
    }

    @Test
    void aRunTurnsTheRulesDiagnosticIntoAnOpenFindingWithItsDefaultSeverity() {
        LintResult result = engine.run(request());

        assertThat(result.findings()).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo("test-rule");
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.status()).isEqualTo(FindingStatus.OPEN);
        });
    }

    @Test
    void findingInsideASuppressedRegionForItsRuleIsSuppressed() {
        List<Finding> out = apply(List.of(finding("test-rule", 12)), TokenlintConfig.empty(),
                factsWith(new SuppressedRegion(FILE, 10, 20, Set.of("test-rule"))));

        assertThat(out).singleElement().satisfies(f -> {
            assertThat(f.status()).isEqualTo(FindingStatus.SUPPRESSED);
            assertThat(f.reason()).isEqualTo("@SuppressWarnings(\"tokenlint:test-rule\")");
        });
    }

    @Test
    void regionForAllRulesSuppressesToo() {
        List<Finding> out = apply(List.of(finding("test-rule", 12)), TokenlintConfig.empty(),
                factsWith(new SuppressedRegion(FILE, 12, 12, Set.of("all"))));

        assertThat(out).extracting(Finding::status).containsExactly(FindingStatus.SUPPRESSED);
    }

    @Test
    void findingOutsideTheRegionOrOfAnotherRuleStaysOpen() {
        SuppressedRegion region = new SuppressedRegion(FILE, 10, 20, Set.of("test-rule"));

        List<Finding> out = apply(List.of(finding("test-rule", 21), finding("other-rule", 12)),
                TokenlintConfig.empty(), factsWith(region));

        assertThat(out).extracting(Finding::status).containsExactly(FindingStatus.OPEN, FindingStatus.OPEN);
    }

    @Test
    void configSuppressionMatchingRuleAndTokenSuppressesWithItsReason() {
        Suppression accepted = new Suppression("test-rule", "t", null, null, null, "until 2027-Q1",
                new Location("tokenlint.yaml", 30, 5));
        TokenlintConfig config = new TokenlintConfig("tokenlint.yaml", List.of(), List.of(), SourceSelection.defaults(),
                List.of(), List.of(), Map.of(), List.of(accepted), null);

        List<Finding> out = apply(List.of(finding("test-rule", 12)), config, factsWith());

        assertThat(out).singleElement().satisfies(f -> {
            assertThat(f.status()).isEqualTo(FindingStatus.SUPPRESSED);
            assertThat(f.reason()).isEqualTo("until 2027-Q1");
        });
    }
}
