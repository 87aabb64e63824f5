package dev.tokenlint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad input through the whole command line: one located line and exit 2, or a finding while the rest is checked. */
class BadInputTest {

    @TempDir
    Path dir;

    private CliRun scan() {
        return CliRun.of("scan", dir.toString(), "--as-of", "2026-11-28");
    }

    @Test
    void emptyConfigIsALocatedError() throws Exception {
        Files.writeString(dir.resolve("tokenlint.yaml"), "");
        CliRun run = scan();
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().strip()).isEqualTo("tokenlint.yaml:1:1: error: file is empty");
    }

    @Test
    void malformedYamlNamesLineAndColumn() throws Exception {
        Files.writeString(dir.resolve("tokenlint.yaml"), "tokens:\n  - name: a-b\n    scopes: [metrics.read\n");
        CliRun run = scan();
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).matches("(?s)tokenlint\\.yaml:\\d+:\\d+: error: malformed YAML.*");
        assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void scopesThatAreNotAListAreALocatedError() throws Exception {
        Files.writeString(dir.resolve("tokenlint.yaml"), "tokens:\n  - name: a-b\n    scopes: metrics.read\n");
        CliRun run = scan();
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("tokenlint.yaml:3:").contains("must be a list");
    }

    @Test
    void secretPastedIntoConfigNeverReachesTheErrorMessage() throws Exception {
        String secret = "S".repeat(64);
        Files.writeString(dir.resolve("tokenlint.yaml"),
                "tokens:\n  - name: a-b\n    scopes: dt0c01.ABCDEFGHIJKLMNOPQRSTUVWX." + secret + "\n");
        CliRun run = scan();
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out() + run.err()).doesNotContain(secret);
    }

    @Test
    void thousandsOfTokenFilesWithOneBrokenAreAllChecked() throws Exception {
        Files.writeString(dir.resolve("tokenlint.yaml"), "tokens:\n  - from: tokens\n");
        Path tokens = Files.createDirectories(dir.resolve("tokens"));
        for (int i = 0; i < 3000; i++) {
            Files.writeString(tokens.resolve(String.format("t%04d.json", i)), "{\"name\": \"svc-" + i
                    + "\", \"scopes\": [\"metrics.read\"], \"expirationDate\": \"2027-01-01T00:00:00Z\"}");
        }
        Files.writeString(tokens.resolve("t1234.json"), "{\"name\": \"svc-1234\", \"scopes\": }");
        CliRun run = CliRun.of("scan", dir.toString(), "--as-of", "2026-11-28", "--format", "json");
        assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
        assertThat(run.out()).contains("\"invalid-token-file\"").contains("tokens/t1234.json");
        // Every good file was still read: 2,999 tokens.
        assertThat(run.out().split("\"origin\"", -1).length - 1).isEqualTo(2999);
    }
}
