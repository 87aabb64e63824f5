package dev.tokenlint.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextReporterTest {

    private final TextReporter reporter = new TextReporter();

    @Test
    void listsOpenFindingsCompilerStyleInResultOrder() {
        String out = Render.of(reporter, SampleResults.typical());
        List<String> lines = Arrays.asList(out.split("\n", -1));

        assertThat(lines.subList(0, 6)).containsExactly(
                "src/main/java/com/acme/Health.java:5:5: warning unbound-call: call GET /api/v1/config/clusterversion"
                        + " is covered by no declared token",
                "src/main/java/com/acme/Misc.java:10:5: note unresolved-call: the path of this call cannot be"
                        + " resolved statically: baseUrl + suffix",
                "src/main/java/com/acme/Misc.java:20:30: error hardcoded-token: access token "
                        + SampleResults.PUBLIC_ID + " is written in source; move it to a secret store",
                "src/main/java/com/acme/config/ProfileSync.java:30:13: error missing-scope: token config-sync cannot"
                        + " call PUT /api/config/v1/alertingProfiles/{id}: add WriteConfig",
                "tokenlint.yaml:4:44: error unused-scope: token acme-metrics-exporter-prod grants WriteConfig, which"
                        + " none of its calls needs; least privilege: metrics.ingest, metrics.read",
                "tokens/ci-token.json:2:3: warning token-naming: token name \"new token\" is a placeholder");
        assertThat(out).doesNotContain("ReadConfig, which").doesNotContain("has no expiry");
    }

    @Test
    void summaryGroupsBySeverityAndRuleAndCountsHiddenFindings() {
        String out = Render.of(reporter, SampleResults.typical());
        String summary = out.substring(out.indexOf("\n\n") + 2);

        assertThat(summary).isEqualTo(String.join("\n",
                "tokenlint: 3 errors, 2 warnings, 1 note (3 tokens, 5 calls)",
                "  error   hardcoded-token  1",
                "  error   missing-scope    1",
                "  error   unused-scope     1",
                "  warning token-naming     1",
                "  warning unbound-call     1",
                "  note    unresolved-call  1",
                "  1 suppressed, 1 baselined (not shown)",
                ""));
    }

    @Test
    void auditorRunListsSuppressedAndBaselinedFindingsMarked() {
        String out = Render.of(reporter, SampleResults.auditor());

        assertThat(out).contains("tokenlint.yaml:13:14: error unused-scope: token config-sync grants ReadConfig,"
                + " which none of its calls needs; least privilege: WriteConfig [suppressed: until 2027-Q1]\n");
        assertThat(out).contains("tokens/ci-token.json: warning token-expiry: token \"new token\" has no expiry"
                + " [baselined: in baseline]\n");
        assertThat(out).contains("tokenlint: 3 errors, 2 warnings, 1 note (3 tokens, 5 calls)")
                .contains("1 suppressed, 1 baselined (listed above, marked)");
    }

    @Test
    void quietWhenNothingIsWrong() {
        assertThat(Render.of(reporter, SampleResults.clean()))
                .isEqualTo("tokenlint: no findings (1 token, 1 call)\n");
    }

    @Test
    void summaryLinesFitEightyColumns() {
        String out = Render.of(reporter, SampleResults.typical());
        String summary = out.substring(out.indexOf("\n\n") + 2);

        assertThat(summary.lines()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(80));
    }

    @Test
    void colourOnlyWhenAsked() {
        String plain = Render.of(reporter, SampleResults.typical());
        String coloured = Render.of(reporter, SampleResults.typical(), new ReportOptions("0.1.0-test", true, 80));

        assertThat(plain).doesNotContain("\u001b[");
        assertThat(coloured).contains("\u001b[31merror\u001b[0m").contains("\u001b[33mwarning\u001b[0m");
        assertThat(coloured.replaceAll("\u001b\\[[0-9;]*m", ""))
                .isEqualTo(Render.of(reporter, SampleResults.typical(), new ReportOptions("0.1.0-test", false, 80)));
    }

    @Test
    void sameResultSameBytes() {
        assertThat(Render.of(reporter, SampleResults.typical())).isEqualTo(Render.of(reporter, SampleResults.typical()));
    }

    @Test
    void onATerminalLongMessagesWrapUnderAnIndentWithinTheWidth() {
        String out = Render.of(reporter, SampleResults.typical(), new ReportOptions("0.1.0-test", false, 80));
        String findings = out.substring(0, out.indexOf("\n\n"));
        for (String line : findings.split("\n")) {
            assertThat(line.length()).as(line).isLessThanOrEqualTo(80);
        }
        assertThat(findings).contains("tokenlint.yaml:4:44: error unused-scope: token acme-metrics-exporter-prod grants\n"
                + "    WriteConfig, which none of its calls needs; least privilege: metrics.ingest,\n");
        assertThat(findings.lines()).allMatch(l -> l.startsWith("    ") || l.matches("^[^ ]+: (error|warning|note) .*"))
                .noneMatch(l -> l.endsWith(" "));
        // Unwrapped, the same findings are one line each.
        String unwrapped = Render.of(reporter, SampleResults.typical());
        assertThat(unwrapped.substring(0, unwrapped.indexOf("\n\n")).lines())
                .allMatch(l -> l.matches("^[^ ]+: (error|warning|note) .*"));
    }
}
