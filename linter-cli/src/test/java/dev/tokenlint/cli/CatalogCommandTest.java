package dev.tokenlint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code tokenlint catalog}: the bundled catalog, and a user's own spec imported on top. */
class CatalogCommandTest {

    @TempDir
    Path dir;

    private static JsonNode operation(JsonNode catalog, String method, String path) {
        for (JsonNode op : catalog.get("operations")) {
            if (op.get("method").asText().equals(method) && op.get("path").asText().equals(path)) {
                return op;
            }
        }
        return null;
    }

    @Test
    void bundledCatalogHoldsTheSpecsOperations() throws Exception {
        CliRun run = CliRun.of("catalog", "--format", "json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode catalog = new ObjectMapper().readTree(run.out());
        assertThat(catalog.get("operations").size()).isGreaterThanOrEqualTo(664);
        assertThat(operation(catalog, "GET", "/api/v1/config/clusterversion").get("scopes").toString())
                .isEqualTo("[\"DataExport\"]");
    }

    @Test
    void importedSpecAddsItsOperationsOnTop() throws Exception {
        Path spec = dir.resolve("env-v2-newer.json");
        Files.writeString(spec, """
                {
                  "openapi": "3.0.1",
                  "info": {"title": "Dynatrace Environment API", "version": "2.0"},
                  "servers": [{"url": "https://abc12345.live.dynatrace.com/api/v2"}],
                  "paths": {
                    "/bizevents/ingest": {
                      "post": {
                        "operationId": "ingestBizEvents",
                        "x-token-scopes": ["`bizevents.ingest` (Ingest bizevents)"]
                      }
                    }
                  }
                }
                """);
        CliRun run = CliRun.of("catalog", "--openapi", spec.toString(), "--format", "json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode catalog = new ObjectMapper().readTree(run.out());
        assertThat(operation(catalog, "POST", "/api/v2/bizevents/ingest").get("scopes").toString())
                .isEqualTo("[\"bizevents.ingest\"]");
        assertThat(operation(catalog, "POST", "/api/v2/metrics/ingest")).isNotNull();
    }

    @Test
    void aFileThatIsNotASpecIsALocatedError() throws Exception {
        Path spec = dir.resolve("not-a-spec.json");
        Files.writeString(spec, "{\n  \"hello\": 1\n}\n");
        CliRun run = CliRun.of("catalog", "--openapi", spec.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("not-a-spec.json:").contains("error:");
    }
}
