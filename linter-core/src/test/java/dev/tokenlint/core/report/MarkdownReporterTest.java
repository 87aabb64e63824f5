package dev.tokenlint.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkdownReporterTest {

    private final MarkdownReporter reporter = new MarkdownReporter();

    @Test
    void headlineCountsAndContext() {
        String md = Render.of(reporter, SampleResults.typical());

        assertThat(md).startsWith("## tokenlint: 3 errors, 2 warnings, 1 note\n\n3 tokens · 5 calls (2 unbound) · "
                + "1 suppressed · 1 baselined · catalog dynatrace-1.254 · as of 2026-11-28. "
                + "Suppressed and baselined findings are not listed.\n");
    }

    @Test
    void tableOfOpenFindings() {
        String md = Render.of(reporter, SampleResults.typical());

        assertThat(md).contains("| Severity | Rule | Location | Message |\n| --- | --- | --- | --- |\n");
        assertThat(md).contains("| 🔴 error | missing-scope | src/main/java/com/acme/config/ProfileSync.java:30:13 "
                + "| token config-sync cannot call PUT /api/config/v1/alertingProfiles/{id}: add WriteConfig |\n");
        assertThat(md.lines().filter(l -> l.startsWith("| 🔴") || l.startsWith("| 🟡") || l.startsWith("| 🔵")))
                .hasSize(6);
        assertThat(md).doesNotContain("has no expiry");
    }

    @Test
    void auditorRunAddsAStatusColumn() {
        String md = Render.of(reporter, SampleResults.auditor());

        assertThat(md).contains("| Severity | Rule | Location | Message | Status |");
        assertThat(md).contains("least privilege: WriteConfig | suppressed: until 2027-Q1 |");
        assertThat(md).contains("has no expiry | baselined: in baseline |");
    }

    @Test
    void collapsedDetailsPerToken() {
        String md = Render.of(reporter, SampleResults.typical());

        assertThat(md).contains("<details>\n<summary><code>acme-metrics-exporter-prod</code>: 3 scopes, 2 calls, "
                + "1 finding</summary>\n\n- Defined at tokenlint.yaml:3:5\n- Granted: metrics.ingest, metrics.read, "
                + "WriteConfig\n- Needed: metrics.ingest, metrics.read\n- Recommended (least privilege): "
                + "metrics.ingest, metrics.read\n- Unused: WriteConfig\n- Calls:\n"
                + "  - GET /api/v2/metrics/query at src/main/java/com/acme/metrics/Backfill.java:18:9\n");
        assertThat(md.split("<details>", -1)).hasSize(4);
        assertThat(md.split("</details>", -1)).hasSize(4);
    }

    @Test
    void inputCannotInjectMarkupOrBreakTheTable() {
        String md = Render.of(reporter, SampleResults.hostile());

        assertThat(md).doesNotContain("<script>").doesNotContain(" [l](javascript").contains("\\[l\\](javascript");
        String row = md.lines().filter(l -> l.startsWith("| 🟡")).findFirst().orElseThrow();
        assertThat(row.replace("\\|", "").chars().filter(c -> c == '|').count()).isEqualTo(5);
        assertThat(md).contains("<summary><code>&lt;script&gt;alert&#40;&#39;x&#39;&#41;&lt;/script&gt;").doesNotContain("[l](");
    }

    @Test
    void cleanRun() {
        assertThat(Render.of(reporter, SampleResults.clean())).startsWith("## tokenlint: no findings\n")
                .doesNotContain("| Severity");
    }

    @Test
    void longListsAreCut() {
        assertThat(MarkdownReporter.MAX_ROWS).isEqualTo(100);
        assertThat(MarkdownReporter.text("a|b\nc*d")).isEqualTo("a\\|b c\\*d");
    }
}
