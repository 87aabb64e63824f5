package dev.tokenlint.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.SpecificationVersion;
import dev.tokenlint.core.engine.LintResult;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonReporterTest {

    private static final SchemaCheck SCHEMA =
            SchemaCheck.of(SchemaCheck.repoFile("docs/report-schema.json"), SpecificationVersion.DRAFT_2020_12);

    private final JsonReporter reporter = new JsonReporter();

    @Test
    void everyReportTheSuiteMakesMatchesTheDocumentedSchema() {
        for (LintResult r : List.of(SampleResults.typical(), SampleResults.auditor(), SampleResults.clean(),
                SampleResults.hostile())) {
            assertThat(SCHEMA.violations(Render.of(reporter, r))).isEmpty();
        }
    }

    @Test
    void schemaRejectsAReportThatBreaksTheContract() {
        ObjectNode tree = (ObjectNode) SchemaCheck.parse(Render.of(reporter, SampleResults.typical()));
        ((ObjectNode) tree.get("findings").get(0)).put("severity", "fatal");
        tree.remove("summary");

        assertThat(SCHEMA.violations(tree)).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void headerNamesToolCatalogAndDay() {
        JsonNode tree = SchemaCheck.parse(Render.of(reporter, SampleResults.typical()));

        assertThat(tree.path("formatVersion").asInt()).isEqualTo(1);
        assertThat(tree.path("tool").path("name").asText()).isEqualTo("tokenlint");
        assertThat(tree.path("tool").path("version").asText()).isEqualTo("0.1.0-test");
        assertThat(tree.path("catalog").path("version").asText()).isEqualTo("dynatrace-1.254");
        assertThat(tree.path("asOf").asText()).isEqualTo("2026-11-28");
    }

    @Test
    void tokensAsReadWithTheirLeastPrivilegeVerdict() {
        JsonNode tokens = SchemaCheck.parse(Render.of(reporter, SampleResults.typical())).path("tokens");

        assertThat(names(tokens, "name")).containsExactly("acme-metrics-exporter-prod", "config-sync", "new token");
        JsonNode metrics = tokens.get(0);
        assertThat(texts(metrics.path("scopes"))).containsExactly("metrics.ingest", "metrics.read", "WriteConfig");
        assertThat(metrics.path("origin").asText()).isEqualTo("config");
        assertThat(metrics.path("expires").asText()).isEqualTo("2027-03-01");
        assertThat(metrics.path("env").asText()).isEqualTo("DT_METRICS_TOKEN");
        assertThat(texts(metrics.path("needed"))).containsExactly("metrics.ingest", "metrics.read");
        assertThat(texts(metrics.path("unused"))).containsExactly("WriteConfig");
        assertThat(tokens.get(1).path("expiresIn").asText()).isEqualTo("P90D");
        assertThat(texts(tokens.get(1).path("recommended"))).containsExactly("WriteConfig");
        assertThat(tokens.get(2).path("origin").asText()).isEqualTo("tokens-api-v2-request");
        assertThat(tokens.get(2).path("needed").isNull()).isTrue();
        assertThat(tokens.get(2).path("location").path("file").asText()).isEqualTo("tokens/ci-token.json");
    }

    @Test
    void callsCarryOperationScopesResolutionAndBoundTokens() {
        JsonNode calls = SchemaCheck.parse(Render.of(reporter, SampleResults.typical())).path("calls");

        assertThat(names(calls, "path")).containsExactly("/api/v1/config/clusterversion", "baseUrl + suffix",
                "/api/config/v1/alertingProfiles/{id}", "/api/v2/metrics/query", "/api/v2/metrics/ingest");
        JsonNode health = calls.get(0);
        assertThat(health.path("method").isNull()).isTrue();
        assertThat(health.path("operation").path("method").asText()).isEqualTo("GET");
        assertThat(texts(health.path("scopes"))).containsExactly("DataExport");
        assertThat(health.path("resolution").asText()).isEqualTo("annotation");
        assertThat(health.path("tokens").size()).isZero();
        JsonNode unresolved = calls.get(1);
        assertThat(unresolved.path("operation").isNull()).isTrue();
        assertThat(unresolved.path("resolution").asText()).isEqualTo("unresolved");
        JsonNode ingest = calls.get(4);
        assertThat(texts(ingest.path("tokens"))).containsExactly("acme-metrics-exporter-prod");
        assertThat(ingest.path("location").path("line").asInt()).isEqualTo(42);
        assertThat(ingest.path("location").path("column").asInt()).isEqualTo(27);
        assertThat(ingest.path("related").size()).isZero();
        JsonNode profile = calls.get(2);
        assertThat(profile.path("related")).hasSize(1);
        assertThat(profile.path("related").get(0).path("location").path("file").asText())
                .isEqualTo("src/main/java/com/acme/config/ConfigClient.java");
        assertThat(profile.path("related").get(0).path("note").asText())
                .isEqualTo("the request is sent here (spring-resttemplate), in ConfigClient.put");
    }

    @Test
    void findingsKeepOrderStatusAndFingerprint() {
        JsonNode findings = SchemaCheck.parse(Render.of(reporter, SampleResults.typical())).path("findings");

        assertThat(names(findings, "ruleId")).containsExactly("unbound-call", "unresolved-call", "hardcoded-token",
                "missing-scope", "unused-scope", "unused-scope", "token-expiry", "token-naming");
        JsonNode missing = findings.get(3);
        assertThat(missing.path("token").asText()).isEqualTo("config-sync");
        assertThat(missing.path("scope").asText()).isEqualTo("WriteConfig");
        assertThat(missing.path("endpoint").asText()).isEqualTo("PUT /api/config/v1/alertingProfiles/{id}");
        assertThat(missing.path("fingerprint").asText()).isEqualTo("a1b2c3d4e5f60004");
        assertThat(missing.path("status").asText()).isEqualTo("open");
        assertThat(missing.path("related").get(0).path("location").path("line").asInt()).isEqualTo(21);
        assertThat(findings.get(0).path("related").size()).isZero();
        assertThat(findings.get(5).path("status").asText()).isEqualTo("suppressed");
        assertThat(findings.get(5).path("reason").asText()).isEqualTo("until 2027-Q1");
        assertThat(findings.get(6).path("status").asText()).isEqualTo("baselined");
        assertThat(findings.get(6).path("location").path("line").asInt()).isZero();
    }

    @Test
    void summaryCountsOpenFindings() {
        JsonNode summary = SchemaCheck.parse(Render.of(reporter, SampleResults.typical())).path("summary");

        assertThat(summary.path("tokens").asInt()).isEqualTo(3);
        assertThat(summary.path("calls").asInt()).isEqualTo(5);
        assertThat(summary.path("unboundCalls").asInt()).isEqualTo(2);
        assertThat(summary.path("findings").asInt()).isEqualTo(8);
        assertThat(summary.path("open").asInt()).isEqualTo(6);
        assertThat(summary.path("bySeverity").path("error").asInt()).isEqualTo(3);
        assertThat(summary.path("bySeverity").path("warning").asInt()).isEqualTo(2);
        assertThat(summary.path("bySeverity").path("note").asInt()).isEqualTo(1);
        assertThat(summary.path("byRule").path("unused-scope").asInt()).isEqualTo(1);
        assertThat(summary.path("suppressed").asInt()).isEqualTo(1);
        assertThat(summary.path("baselined").asInt()).isEqualTo(1);
    }

    @Test
    void outputIsStableAndUsesUnixLineEnds() {
        String a = Render.of(reporter, SampleResults.typical());

        assertThat(a).isEqualTo(Render.of(reporter, SampleResults.typical()));
        assertThat(a).doesNotContain("\r").endsWith("}\n").contains("\"formatVersion\": 1,\n");
    }

    private static List<String> names(JsonNode array, String field) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.path(field).asText()));
        return out;
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
