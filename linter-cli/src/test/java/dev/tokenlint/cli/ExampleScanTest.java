package dev.tokenlint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's example, end to end through the command line: the findings the example was
 * written to show, the exit codes, and the baseline round trip.
 */
class ExampleScanTest {

    private static final String EXAMPLE = Path.of("..", "examples", "acme-observability").toString();

    @TempDir
    Path dir;

    @Test
    void exampleShowsEachProblemItWasWrittenFor() throws Exception {
        CliRun run = CliRun.of("scan", EXAMPLE, "--as-of", "2026-11-28", "--format", "json");
        assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
        JsonNode report = new ObjectMapper().readTree(run.out());
        List<String> findings = new ArrayList<>();
        for (JsonNode f : report.get("findings")) {
            findings.add(f.get("ruleId").asText() + " " + f.get("location").get("file").asText()
                    + (f.hasNonNull("scope") ? " " + f.get("scope").asText() : ""));
        }
        assertThat(findings).contains(
                "missing-scope src/main/java/com/acme/problems/ProblemFeed.java problems.read",
                "unused-scope tokenlint.yaml WriteConfig",
                "unused-scope tokenlint.yaml DataExport",
                "removed-scope tokenlint.yaml ViewDashboard",
                "token-in-url src/main/java/com/acme/dynatrace/LegacyTimeseriesPusher.java",
                "hardcoded-token src/main/java/com/acme/dynatrace/LocalDevDefaults.java",
                "auth-header-realm src/main/java/com/acme/events/ReleaseAnnotator.java",
                "unbound-call src/main/java/com/acme/dynatrace/LegacyTimeseriesPusher.java",
                "stale-token tokens/inventory.json");
        // The controller serves /api/v2/status; it is not a call.
        for (JsonNode call : report.get("calls")) {
            assertThat(call.get("location").get("file").asText()).doesNotContain("StatusController");
        }
        // The pasted token's secret never reaches the output.
        assertThat(run.out()).doesNotContain("EXAMPLEONLY");
    }

    @Test
    void baselineRoundTripHidesAcceptedFindingsAndAuditorRunShowsThem() throws Exception {
        Path baseline = dir.resolve("baseline.json");
        CliRun write = CliRun.of("scan", EXAMPLE, "--as-of", "2026-11-28", "--write-baseline", baseline.toString());
        assertThat(write.exitCode()).as(write.err()).isZero();
        assertThat(Files.readString(baseline)).contains("\"fingerprint\"");

        CliRun accepted = CliRun.of("scan", EXAMPLE, "--as-of", "2026-11-28", "--baseline", baseline.toString());
        assertThat(accepted.exitCode()).as(accepted.out() + accepted.err()).isZero();
        assertThat(accepted.out()).contains("baselined");

        CliRun auditor = CliRun.of("scan", EXAMPLE, "--as-of", "2026-11-28", "--baseline", baseline.toString(),
                "--no-ignores", "--format", "json");
        JsonNode report = new ObjectMapper().readTree(auditor.out());
        assertThat(report.get("findings")).isNotEmpty();
        for (JsonNode f : report.get("findings")) {
            assertThat(f.get("status").asText()).isEqualTo("baselined");
        }
    }

    @Test
    void rewritingTheBaselineKeepsWhatItAlreadyAccepted() throws Exception {
        Path first = dir.resolve("first.json");
        Path second = dir.resolve("second.json");
        assertThat(CliRun.of("scan", EXAMPLE, "--as-of", "2026-11-28", "--write-baseline", first.toString())
                .exitCode()).isZero();
        assertThat(CliRun.of("scan", EXAMPLE, "--as-of", "2026-11-28", "--baseline", first.toString(),
                "--write-baseline", second.toString()).exitCode()).isZero();
        assertThat(Files.readString(second)).isEqualTo(Files.readString(first));
    }

    @Test
    void failOnNeverPassesAndFailOnWarningCountsWarnings() {
        assertThat(CliRun.of("scan", EXAMPLE, "--as-of", "2026-11-28", "--fail-on", "never").exitCode()).isZero();
        assertThat(CliRun.of("scan", EXAMPLE, "--as-of", "2026-11-28", "--fail-on", "warning").exitCode()).isEqualTo(1);
    }

    @Test
    void outputFolderGetsOneFilePerFormat() throws Exception {
        Path out = dir.resolve("reports");
        CliRun run = CliRun.of("scan", EXAMPLE, "--as-of", "2026-11-28", "--format", "json", "--format", "sarif",
                "--format", "html", "--format", "markdown", "--output", out.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(out.resolve("tokenlint.json")).exists();
        assertThat(out.resolve("tokenlint.sarif")).exists();
        assertThat(out.resolve("tokenlint.html")).exists();
        assertThat(out.resolve("tokenlint.md")).exists();
        assertThat(run.out()).contains("error missing-scope");
    }

    @Test
    void brokenConfigIsOneLocatedLineAndExitTwo() throws Exception {
        Files.writeString(dir.resolve("tokenlint.yaml"), "tokens:\n  - name: a-b\n    scoeps: [metrics.read]\n");
        CliRun run = CliRun.of("scan", dir.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().strip()).startsWith("tokenlint.yaml:3:5: error:").contains("did you mean 'scopes'");
        assertThat(run.err().strip().lines()).hasSize(1);
    }

    @Test
    void oneBrokenTokenFileIsAFindingAndTheRestIsChecked() throws Exception {
        Files.writeString(dir.resolve("tokenlint.yaml"), "tokens:\n  - from: tokens\n");
        Files.createDirectories(dir.resolve("tokens"));
        Files.writeString(dir.resolve("tokens/good.json"),
                "{\"name\": \"token\", \"scopes\": [\"metrics.read\"], \"expirationDate\": \"2027-01-01T00:00:00Z\"}");
        Files.writeString(dir.resolve("tokens/bad.json"), "{\"name\": \"x\", \"scopes\": [\n");
        CliRun run = CliRun.of("scan", dir.toString(), "--as-of", "2026-11-28");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("tokens/bad.json:").contains("invalid-token-file")
                .contains("token-naming");
    }
}
