package dev.tokenlint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Suppression in code and stable fingerprints, through a real scan. */
class SuppressionAndFingerprintTest {

    private static final String CLIENT = """
            package com.acme;

            import java.net.URI;
            import java.net.http.HttpClient;
            import java.net.http.HttpRequest;

            public class Pusher {
                private final HttpClient http = HttpClient.newHttpClient();

                %s
                public void push(String base, String token) throws Exception {
                    http.send(HttpRequest.newBuilder(URI.create(base + "/api/v2/metrics/ingest?Api-Token=" + token))
                            .POST(HttpRequest.BodyPublishers.ofString("a 1")).build(),
                            java.net.http.HttpResponse.BodyHandlers.discarding());
                }
            }
            """;

    private static final String CONFIG = """
            tokens:
              - name: acme-pusher
                scopes: [metrics.ingest]
                expiresIn: 30d
            """;

    @TempDir
    Path dir;

    private JsonNode scan() throws Exception {
        CliRun run = CliRun.of("scan", dir.toString(), "--as-of", "2026-11-28", "--format", "json", "--no-ignores");
        assertThat(run.err()).isEmpty();
        return new ObjectMapper().readTree(run.out());
    }

    private static Map<String, String> statusByRule(JsonNode report) {
        Map<String, String> out = new TreeMap<>();
        report.get("findings").forEach(f -> out.put(f.get("ruleId").asText(), f.get("status").asText()));
        return out;
    }

    @Test
    void suppressWarningsOnTheMethodSilencesOnlyThatRule() throws Exception {
        Files.writeString(dir.resolve("tokenlint.yaml"), CONFIG);
        Path src = Files.createDirectories(dir.resolve("src/com/acme")).resolve("Pusher.java");
        Files.writeString(src, CLIENT.formatted(""));
        assertThat(statusByRule(scan())).containsEntry("token-in-url", "open");

        Files.writeString(src, CLIENT.formatted("@SuppressWarnings(\"tokenlint:token-in-url\")"));
        Map<String, String> after = statusByRule(scan());
        assertThat(after).containsEntry("token-in-url", "suppressed");
        CliRun plain = CliRun.of("scan", dir.toString(), "--as-of", "2026-11-28");
        assertThat(plain.exitCode()).as(plain.out()).isZero();
    }

    @Test
    void fingerprintsSurviveEditsThatOnlyMoveLines() throws Exception {
        Files.writeString(dir.resolve("tokenlint.yaml"), CONFIG.replace("[metrics.ingest]", "[metrics.ingest, WriteConfig]"));
        Path src = Files.createDirectories(dir.resolve("src/com/acme")).resolve("Pusher.java");
        Files.writeString(src, CLIENT.formatted(""));
        JsonNode before = scan();
        Files.writeString(src, CLIENT.formatted("").replace("public class Pusher {",
                "/** Pushes metrics. */\n\npublic class Pusher {\n\n    // moved down\n"));
        Files.writeString(dir.resolve("tokenlint.yaml"), "# policy\n\n" + Files.readString(dir.resolve("tokenlint.yaml")));
        JsonNode after = scan();

        Map<String, String> fpBefore = fingerprints(before);
        Map<String, String> fpAfter = fingerprints(after);
        assertThat(fpBefore).isNotEmpty().containsKeys("token-in-url", "unused-scope");
        assertThat(fpAfter).isEqualTo(fpBefore);
        assertThat(lineOf(after, "token-in-url")).isGreaterThan(lineOf(before, "token-in-url"));
    }

    private static Map<String, String> fingerprints(JsonNode report) {
        Map<String, String> out = new TreeMap<>();
        report.get("findings").forEach(f -> out.put(f.get("ruleId").asText(), f.get("fingerprint").asText()));
        return out;
    }

    private static int lineOf(JsonNode report, String rule) {
        for (JsonNode f : report.get("findings")) {
            if (f.get("ruleId").asText().equals(rule)) {
                return f.get("location").get("line").asInt();
            }
        }
        return -1;
    }
}
