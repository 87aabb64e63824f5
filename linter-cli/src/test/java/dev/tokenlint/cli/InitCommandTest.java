package dev.tokenlint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code tokenlint init} on the example's code: the config it writes is exactly least privilege. */
class InitCommandTest {

    @TempDir
    Path dir;

    private void copyExampleSources() throws Exception {
        Path from = Path.of("..", "examples", "acme-observability", "src");
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.toList()) {
                Path to = dir.resolve("src").resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(f, to);
                }
            }
        }
    }

    @Test
    void writtenConfigBindsEveryCallWithNoMissingOrUnusedScope() throws Exception {
        copyExampleSources();
        CliRun init = CliRun.of("init", dir.toString());
        assertThat(init.exitCode()).as(init.err()).isZero();
        String yaml = Files.readString(dir.resolve("tokenlint.yaml"));
        assertThat(yaml).contains("metrics.ingest").contains("problems.read").contains("events.ingest");

        CliRun scan = CliRun.of("scan", dir.toString(), "--as-of", "2026-11-28", "--format", "json");
        JsonNode report = new ObjectMapper().readTree(scan.out());
        Set<String> rules = new HashSet<>();
        report.get("findings").forEach(f -> rules.add(f.get("ruleId").asText()));
        assertThat(rules).doesNotContain("missing-scope", "unused-scope", "unbound-call", "token-naming",
                "token-expiry", "high-risk-scope");
        assertThat(report.get("calls")).allSatisfy(c -> assertThat(c.get("tokens")).isNotEmpty());
    }

    @Test
    void refusesToOverwriteAnExistingConfigUnlessForced() throws Exception {
        Files.writeString(dir.resolve("tokenlint.yaml"), "tokens: []\n");
        CliRun refused = CliRun.of("init", dir.toString());
        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(refused.err()).contains("already exists");
        assertThat(Files.readString(dir.resolve("tokenlint.yaml"))).isEqualTo("tokens: []\n");

        CliRun printed = CliRun.of("init", dir.toString(), "--stdout");
        assertThat(printed.exitCode()).isZero();
        assertThat(printed.out()).startsWith("#");
    }
}
