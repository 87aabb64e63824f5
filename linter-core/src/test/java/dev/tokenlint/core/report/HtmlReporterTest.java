package dev.tokenlint.core.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.tokenlint.core.engine.LintResult;
import dev.tokenlint.core.input.Location;
import dev.tokenlint.core.tokens.TokenDefinition;
import dev.tokenlint.core.tokens.TokenOrigin;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlReporterTest {

    private final HtmlReporter reporter = new HtmlReporter();

    @TempDir
    Path dir;

    @Test
    void selfContainedPageThatMakesNoRequest() {
        String html = Render.of(reporter, SampleResults.typical());

        assertThat(html).startsWith("<!DOCTYPE html>").contains("Content-Security-Policy")
                .contains("default-src 'none'");
        assertThat(html).doesNotContainPattern("(?i)(src|href)\\s*=\\s*\"?(https?:|//)")
                .doesNotContainPattern("(?i)<link\\b").doesNotContainPattern("(?i)@import")
                .doesNotContainPattern("(?i)url\\(");
    }

    @Test
    void summaryMatrixEvidenceAndFixAdviceAreInThePage() {
        String html = Render.of(reporter, SampleResults.typical());

        assertThat(html).contains("<span id=\"catalog-version\">dynatrace-1.254</span>");
        assertThat(html).contains("id=\"card-error\"><span class=\"label\">Errors</span><span class=\"value\">3<");
        assertThat(html).contains("title=\"acme-metrics-exporter-prod · WriteConfig: granted, unused\"");
        assertThat(html).contains("title=\"config-sync · WriteConfig: recommended, missing\"");
        assertThat(html).contains("<td>POST</td><td><code>/api/v2/metrics/ingest</code></td><td><code>metrics.ingest"
                + "</code></td><td><code>src/main/java/com/acme/metrics/Exporter.java:42:27</code></td>");
        // a call through a wrapper shows where the request is really sent, in the evidence and in the findings
        String via = "<code>src/main/java/com/acme/config/ProfileSync.java:30:13</code><br><span class=\"via\">via "
                + "<code>src/main/java/com/acme/config/ConfigClient.java:21:16</code> the request is sent here "
                + "(spring-resttemplate), in ConfigClient.put</span></td>";
        assertThat(html.split(java.util.regex.Pattern.quote(via), -1)).hasSize(3);
        assertThat(html).contains("<strong>How to fix:</strong> " + SampleResults.fixAdvice("missing-scope"));
        assertThat(html).contains("1 suppressed and 1 baselined findings are not listed");
    }

    @Test
    void everythingFromTheInputIsEscaped() {
        String html = Render.of(reporter, SampleResults.hostile());

        assertThat(html).doesNotContain("<script>alert").doesNotContain("<img src=x")
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;")
                .contains("src/&lt;img src=x onerror=alert(1)&gt;.java");
    }

    @Test
    void filterScriptRunsInChromiumAndCountsTheFindings() throws IOException {
        HeadlessChromium chromium = chromium();
        Path page = write("typical.html", SampleResults.typical());

        String dom = chromium.dumpDom(page.toUri().toString());

        assertThat(textOf(dom, "filter-status")).isEqualTo("6 of 6 findings shown (3 error, 2 warning, 1 note)");
        assertThat(count(dom, "<tr class=\"sev-[a-z]+ filtered-out\"")).isZero();
        assertThat(count(dom, "<td class=\"cell[ \"]")).isEqualTo(5 * 3);
        assertThat(count(dom, "<td class=\"cell is-granted unused\"")).isEqualTo(2);
    }

    @Test
    void presetFilterHidesOtherRowsInChromium() throws IOException {
        HeadlessChromium chromium = chromium();
        Path page = write("typical.html", SampleResults.typical());

        String dom = chromium.dumpDom(page.toUri() + "#severity=error");

        assertThat(textOf(dom, "filter-status")).isEqualTo("3 of 6 findings shown (3 error, 0 warning, 0 note)");
        assertThat(count(dom, "filtered-out\" data-severity=\"(warning|note)\"")).isEqualTo(3);
        assertThat(count(dom, "<tr class=\"sev-error\" data-severity=\"error\"")).isEqualTo(3);
    }

    @Test
    void auditorPageListsSuppressedAndBaselinedRowsInChromium() throws IOException {
        HeadlessChromium chromium = chromium();
        Path page = write("auditor.html", SampleResults.auditor());

        String dom = chromium.dumpDom(page.toUri() + "#rule=unused-scope");

        assertThat(textOf(dom, "filter-status")).isEqualTo("2 of 8 findings shown (2 error, 0 warning, 0 note)");
        assertThat(dom).contains("data-status=\"suppressed\"").contains("data-status=\"baselined\"")
                .contains("suppressed: until 2027-Q1");
    }

    @Test
    void hostileInputStaysTextInChromium() throws IOException {
        HeadlessChromium chromium = chromium();
        Path page = write("hostile.html", SampleResults.hostile());

        String dom = chromium.dumpDom(page.toUri().toString());

        assertThat(count(dom, "<script[ >]")).isEqualTo(1);
        assertThat(count(dom, "<img")).isZero();
        assertThat(textOf(dom, "filter-status")).isEqualTo("1 of 1 findings shown (0 error, 1 warning, 0 note)");
    }

    @Test
    void findingsOfSameNamedTokensStayWithTheDefinitionInTheirFile() {
        LintResult base = SampleResults.typical();
        TokenDefinition config = base.tokens().get(0);
        TokenDefinition exported = new TokenDefinition(config.name(),
                new Location("tokens/inventory.json", 7, 5),
                TokenOrigin.TOKENS_API_V2_LIST, List.of(), null, null, null,
                List.of(), null, null, null, null, null, true);
        List<TokenDefinition> tokens = new ArrayList<>(base.tokens());
        tokens.add(exported);
        LintResult both = new LintResult(base.catalog(), tokens, base.facts(), base.bindings(), base.leastPrivilege(),
                base.findings(), base.rules(), base.asOf(), false);

        String html = Render.of(reporter, both);
        String configArticle = html.substring(html.indexOf("<article class=\"token\" id=\"token-1\">"),
                html.indexOf("<article class=\"token\" id=\"token-2\">"));
        String exportArticle = html.substring(html.indexOf("<article class=\"token\" id=\"token-4\">"),
                html.indexOf("</article>", html.indexOf("id=\"token-4\"")));

        assertThat(configArticle).contains("grants WriteConfig, which none of its calls needs");
        assertThat(exportArticle).doesNotContain("grants WriteConfig").contains("None.");
    }

    @Test
    void cleanRunSaysSo() {
        String html = Render.of(reporter, SampleResults.clean());

        assertThat(html).contains("<p class=\"none\" id=\"no-findings\">No findings.</p>")
                .doesNotContain("id=\"findings-table\"");
    }

    @Test
    void aFragmentHoldsThePagesContentWithPrefixedIdsAndScopedStyles() {
        LintResult result = SampleResults.typical();
        String page = Render.of(reporter, result);
        String fragment = reporter.fragment(result, ReportOptions.plain("1.0"), "c2-");

        assertThat(fragment).startsWith("<div class=\"tokenlint-review\">\n<style>").endsWith("</div>\n")
                .doesNotContain("<!DOCTYPE").doesNotContain("<h1>").doesNotContain("<body");
        // the same content: every element of the page's summary, matrix, tokens and findings
        assertThat(fragment).contains("id=\"c2-card-error\"><span class=\"label\">Errors</span><span class=\"value\">3<")
                .contains("title=\"acme-metrics-exporter-prod · WriteConfig: granted, unused\"")
                .contains("<table id=\"c2-findings-table\" class=\"findings\">")
                .contains("<span id=\"c2-catalog-version\">dynatrace-1.254</span>")
                .doesNotContainPattern(" id=\"(?!c2-)");
        assertThat(count(fragment, "<tr class=\"sev-")).isEqualTo(count(page, "<tr class=\"sev-")).isPositive();
        // the script looks its elements up by the prefix; every style rule stays inside the review
        assertThat(fragment).contains("})('c2-');");
        String css = fragment.substring(fragment.indexOf("<style>") + 7, fragment.indexOf("</style>"));
        Matcher selectors = Pattern.compile("([^{}]+)\\{").matcher(css);
        int rules = 0;
        while (selectors.find()) {
            for (String selector : selectors.group(1).split(",")) {
                if (!selector.strip().startsWith("@media")) {
                    assertThat(selector.strip()).as("a rule outside the review").startsWith(".tokenlint-review");
                    rules++;
                }
            }
        }
        assertThat(rules).isGreaterThan(40);
        // the standalone page keeps its ids, and calls the script without a prefix
        assertThat(page).contains("<table id=\"findings-table\" class=\"findings\">").contains("})('');");
    }

    private static HeadlessChromium chromium() {
        Optional<HeadlessChromium> found = HeadlessChromium.find();
        assumeTrue(found.isPresent(), "chromium is not installed (scripts/install-chromium.sh installs it)");
        return found.get();
    }

    private Path write(String name, LintResult result) throws IOException {
        Path page = dir.resolve(name);
        Files.writeString(page, Render.of(reporter, result), StandardCharsets.UTF_8);
        return page;
    }

    private static String textOf(String dom, String id) {
        Matcher m = Pattern.compile("id=\"" + id + "\"[^>]*>([^<]*)<").matcher(dom);
        return m.find() ? m.group(1) : "(no element #" + id + ")";
    }

    private static int count(String dom, String regex) {
        Matcher m = Pattern.compile(regex).matcher(dom);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
