package dev.tokenlint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad usage exits with 2 and one line saying what is wrong; a clean tree exits with 0. */
class CommandLineUsageTest {

    @TempDir
    Path dir;

    @Test
    void unknownFormatIsBadUsage() {
        CliRun run = CliRun.of("scan", dir.toString(), "--format", "pdf");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("unknown report format 'pdf'").contains("json");
    }

    @Test
    void badFailOnIsBadUsage() {
        CliRun run = CliRun.of("scan", dir.toString(), "--fail-on", "sometimes");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--fail-on must be error, warning, note or never");
    }

    @Test
    void badAsOfIsBadUsage() {
        CliRun run = CliRun.of("scan", dir.toString(), "--as-of", "28.11.2026");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--as-of must be a date as YYYY-MM-DD");
    }

    @Test
    void unknownOptionIsBadUsage() {
        CliRun run = CliRun.of("scan", "--frobnicate");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--frobnicate");
    }

    @Test
    void missingExplicitConfigIsBadUsage() {
        CliRun run = CliRun.of("scan", dir.toString(), "--config", dir.resolve("nope.yaml").toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("config file not found");
    }

    @Test
    void treeWithoutConfigOrCallsIsQuietAndPasses() throws Exception {
        Files.writeString(dir.resolve("Plain.java"), "class Plain { int x() { return 1; } }\n");
        CliRun run = CliRun.of("scan", dir.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).contains("no findings");
    }

    @Test
    void explainSuggestsTheNearestScopeForATypo() {
        CliRun run = CliRun.of("explain", "metrics.ingst");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("did you mean 'metrics.ingest'?");
    }

    @Test
    void explainPrintsARulesDocPageAndAScopesEndpoints() {
        CliRun rule = CliRun.of("explain", "unused-scope");
        assertThat(rule.exitCode()).isZero();
        assertThat(rule.out()).startsWith("unused-scope (default severity: error)").contains("## How to fix");
        CliRun scope = CliRun.of("explain", "metrics.ingest");
        assertThat(scope.exitCode()).isZero();
        assertThat(scope.out()).contains("risk: ingest").contains("POST /api/v2/metrics/ingest")
                .contains("POST /api/v2/otlp/v1/metrics");
    }

    @Test
    void explainUnknownSubjectSuggestsNothingSilly() {
        CliRun run = CliRun.of("explain", "no-such-thing-at-all");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("is neither a rule nor a scope");
    }
}
