package dev.tokenlint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real-format tokens pasted into Java, YAML, JSON and properties files: the scan finds each one,
 * and the secret portion appears in no report format, no console output and no error message.
 * The tokens are built here, so no token-shaped string is committed.
 */
class RedactionEndToEndTest {

    private static final String SECRET = "Q7W3E9R1T5Y2U8I4O6P0A1S3D5F7G9H2J4K6L8Z1X3C5V7B9N2M4Q6W8E0R2T4Y6";
    private static final String PUBLIC = "PUBLICPART0123456789ABCD";
    private static final String TOKEN = "dt0c01." + PUBLIC + "." + SECRET;

    @TempDir
    Path dir;

    @Test
    void secretPortionNeverLeavesTheScan() throws Exception {
        assertThat(SECRET).hasSize(64);
        assertThat(PUBLIC).hasSize(24);
        Files.writeString(dir.resolve("tokenlint.yaml"), """
                tokens:
                  - name: acme-exporter
                    scopes: [metrics.ingest]
                    expiresIn: 30d
                    owner: "%s"
                  - from: tokens
                """.formatted(TOKEN));
        Files.createDirectories(dir.resolve("tokens"));
        Files.writeString(dir.resolve("tokens/ci.json"), """
                {"name": "acme-ci", "scopes": ["events.ingest"], "expirationDate": "2027-01-01T00:00:00Z",
                 "personalAccessToken": false}
                """);
        Files.writeString(dir.resolve("tokens/pasted.json"), "{\"token\": \"" + TOKEN + "\"}\n");
        Path src = Files.createDirectories(dir.resolve("src/main/java/com/acme"));
        Files.writeString(src.resolve("Exporter.java"), """
                package com.acme;

                import java.net.URI;
                import java.net.http.HttpClient;
                import java.net.http.HttpRequest;

                class Exporter {
                    static final String TOKEN = "%1$s";

                    void push(HttpClient http) throws Exception {
                        http.send(HttpRequest.newBuilder(URI.create(
                                "https://abc12345.live.dynatrace.com/api/v2/metrics/ingest?Api-Token=%1$s"))
                                .POST(HttpRequest.BodyPublishers.ofString("a 1")).build(),
                                java.net.http.HttpResponse.BodyHandlers.discarding());
                    }
                }
                """.formatted(TOKEN));
        Path resources = Files.createDirectories(dir.resolve("src/main/resources"));
        Files.writeString(resources.resolve("application.properties"), "dynatrace.api-token=" + TOKEN + "\n");
        Files.writeString(resources.resolve("application.yml"), "dynatrace:\n  token: " + TOKEN + "\n");

        List<String> outputs = new ArrayList<>();
        Path reports = dir.resolve("out");
        CliRun all = CliRun.of("scan", dir.toString(), "--as-of", "2026-11-28", "--no-ignores", "--output",
                reports.toString(), "--format", "text", "--format", "json", "--format", "sarif", "--format", "html",
                "--format", "markdown");
        outputs.add(all.out());
        outputs.add(all.err());
        try (Stream<Path> files = Files.list(reports)) {
            for (Path f : files.sorted().toList()) {
                outputs.add(Files.readString(f));
            }
        }
        assertThat(outputs).hasSize(7);
        for (String format : List.of("json", "sarif", "html", "markdown")) {
            CliRun console = CliRun.of("scan", dir.toString(), "--as-of", "2026-11-28", "--format", format);
            outputs.add(console.out());
            outputs.add(console.err());
        }

        // One hardcoded-token finding per file type, each showing only the public identifier.
        String text = all.out();
        assertThat(text).contains("src/main/java/com/acme/Exporter.java:").contains("application.properties:")
                .contains("application.yml:").contains("tokens/pasted.json:").contains("tokenlint.yaml:")
                .contains("dt0c01." + PUBLIC);

        // A config error that quotes the offending value must not quote the secret either.
        Files.writeString(dir.resolve("tokenlint.yaml"), "tokens:\n  - name: acme-exporter\n    scopes: " + TOKEN + "\n");
        CliRun broken = CliRun.of("scan", dir.toString());
        assertThat(broken.exitCode()).isEqualTo(2);
        outputs.add(broken.out());
        outputs.add(broken.err());
        Files.writeString(dir.resolve("tokenlint.yaml"), "tokens:\n  - name: acme-exporter\n    " + TOKEN + ": x\n");
        CliRun unknownKey = CliRun.of("scan", dir.toString());
        assertThat(unknownKey.exitCode()).isEqualTo(2);
        outputs.add(unknownKey.err());

        for (String out : outputs) {
            // Report only whether it leaked: a failure message must not print the secret itself.
            assertThat(out.contains(SECRET.substring(0, 16))).as("secret portion in an output").isFalse();
        }
    }
}
