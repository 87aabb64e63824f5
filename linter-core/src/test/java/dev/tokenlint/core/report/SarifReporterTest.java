package dev.tokenlint.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.SpecificationVersion;
import dev.tokenlint.core.engine.LintResult;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SarifReporterTest {

    private static final SchemaCheck SARIF_SCHEMA = SchemaCheck.of(
            Path.of("src/test/resources/sarif/sarif-schema-2.1.0.json"), SpecificationVersion.DRAFT_2020_12);

    private final SarifReporter reporter = new SarifReporter();

    /** Every SARIF log of this suite: each is kept for the Multitool step and checked against the schema. */
    private static Map<String, String> logs() {
        Map<String, String> logs = new LinkedHashMap<>();
        SarifReporter r = new SarifReporter();
        logs.put("typical", Render.of(r, SampleResults.typical()));
        logs.put("auditor", Render.of(r, SampleResults.auditor()));
        logs.put("clean", Render.of(r, SampleResults.clean()));
        logs.put("hostile", Render.of(r, SampleResults.hostile()));
        logs.put("no-rule-docs", Render.of(r, withoutRuleMetadata(SampleResults.typical())));
        logs.put("module", Render.of(r, SampleResults.typical(), Render.PLAIN.withSourceRoot("services/config-sync")));
        return logs;
    }

    @Test
    void everySarifLogOfTheSuiteMatchesTheOfficialSchema() {
        logs().forEach((name, sarif) -> {
            SarifOutputs.keep(name, sarif);
            assertThat(SARIF_SCHEMA.violations(sarif)).as(name).isEmpty();
        });
    }

    @Test
    void schemaCheckCatchesAnInvalidLog() {
        String broken = Render.of(reporter, SampleResults.typical()).replace("\"level\": \"error\"",
                "\"level\": \"fatal\"");

        assertThat(SARIF_SCHEMA.violations(broken)).isNotEmpty();
    }

    @Test
    void driverDescribesToolAndEveryRuleFromItsDocPage() {
        JsonNode driver = tree(SampleResults.typical()).path("runs").get(0).path("tool").path("driver");

        assertThat(driver.path("name").asText()).isEqualTo("tokenlint");
        assertThat(driver.path("version").asText()).isEqualTo("0.1.0-test");
        // No informationUri: the project has no public home page yet, and an invented one would mislead.
        assertThat(driver.has("informationUri")).isFalse();
        List<String> ids = new ArrayList<>();
        driver.path("rules").forEach(r -> ids.add(r.path("id").asText()));
        assertThat(ids).containsExactly("hardcoded-token", "high-risk-scope", "missing-scope", "token-expiry",
                "token-naming", "unbound-call", "unresolved-call", "unused-scope");
        JsonNode unused = driver.path("rules").get(7);
        assertThat(unused.path("name").asText()).isEqualTo("UnusedScope");
        assertThat(unused.path("shortDescription").path("text").asText())
                .isEqualTo("A token grants a scope none of its calls needs.");
        assertThat(unused.path("fullDescription").path("text").asText())
                .isEqualTo("A token grants a scope none of its calls needs.");
        assertThat(unused.path("help").path("markdown").asText()).startsWith("# unused-scope").contains("## How to fix");
        assertThat(unused.path("help").path("text").asText()).contains("How to fix");
        assertThat(unused.path("defaultConfiguration").path("level").asText()).isEqualTo("error");
        assertThat(driver.path("rules").get(6).path("defaultConfiguration").path("level").asText()).isEqualTo("note");
    }

    @Test
    void resultsPointIntoTheSourceRootWithRuleIndexLevelAndFingerprint() {
        JsonNode run = tree(SampleResults.typical()).path("runs").get(0);
        JsonNode results = run.path("results");

        assertThat(results).hasSize(8);
        assertThat(run.path("originalUriBaseIds").has("%SRCROOT%")).isTrue();
        JsonNode missing = results.get(3);
        assertThat(missing.path("ruleId").asText()).isEqualTo("missing-scope");
        assertThat(run.path("tool").path("driver").path("rules").get(missing.path("ruleIndex").asInt())
                .path("id").asText()).isEqualTo("missing-scope");
        assertThat(missing.path("level").asText()).isEqualTo("error");
        assertThat(missing.path("message").path("text").asText()).startsWith("token config-sync cannot call");
        JsonNode physical = missing.path("locations").get(0).path("physicalLocation");
        assertThat(physical.path("artifactLocation").path("uri").asText())
                .isEqualTo("src/main/java/com/acme/config/ProfileSync.java");
        assertThat(physical.path("artifactLocation").path("uriBaseId").asText()).isEqualTo("%SRCROOT%");
        assertThat(physical.path("region").path("startLine").asInt()).isEqualTo(30);
        assertThat(physical.path("region").path("startColumn").asInt()).isEqualTo(13);
        assertThat(missing.path("partialFingerprints").path("tokenlintFingerprint/v1").asText())
                .isEqualTo("a1b2c3d4e5f60004");
        assertThat(missing.has("suppressions")).isFalse();
        // the call goes through a wrapper: where it is really sent is a related location
        JsonNode related = missing.path("relatedLocations");
        assertThat(related).hasSize(1);
        assertThat(related.get(0).path("id").asInt()).isEqualTo(0);
        assertThat(related.get(0).path("physicalLocation").path("artifactLocation").path("uri").asText())
                .isEqualTo("src/main/java/com/acme/config/ConfigClient.java");
        assertThat(related.get(0).path("physicalLocation").path("region").path("startLine").asInt()).isEqualTo(21);
        assertThat(related.get(0).path("message").path("text").asText())
                .isEqualTo("the request is sent here (spring-resttemplate), in ConfigClient.put");
        assertThat(results.get(0).has("relatedLocations")).isFalse();
        assertThat(results.get(1).path("level").asText()).isEqualTo("note");
        assertThat(results.get(0).path("level").asText()).isEqualTo("warning");
    }

    @Test
    void aModuleBelowTheTopNamesItsFolderInEveryPathSoCodeScanningFindsTheFile() {
        ReportOptions module = Render.PLAIN.withSourceRoot("services/config sync");
        JsonNode run = SchemaCheck.parse(Render.of(reporter, SampleResults.typical(), module)).path("runs").get(0);
        JsonNode location = run.path("results").get(3).path("locations").get(0).path("physicalLocation")
                .path("artifactLocation");

        assertThat(location.path("uri").asText())
                .isEqualTo("services/config%20sync/src/main/java/com/acme/config/ProfileSync.java");
        assertThat(location.path("uriBaseId").asText()).isEqualTo("%SRCROOT%");
        assertThat(run.path("originalUriBaseIds").path("%SRCROOT%").path("description").path("text").asText())
                .contains("services/config sync");
        // everything but the paths is as for the scanned root itself
        assertThat(run.path("results").get(3).path("partialFingerprints"))
                .isEqualTo(tree(SampleResults.typical()).path("runs").get(0).path("results").get(3)
                        .path("partialFingerprints"));
    }

    @Test
    void theSourceRootIsARelativeFolder() {
        for (String bad : new String[] {"/abs", "a/", "a\\b"}) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> Render.PLAIN.withSourceRoot(bad))
                    .as(bad).isInstanceOf(IllegalArgumentException.class);
        }
        assertThat(Render.PLAIN.withSourceRoot(null).sourceRoot()).isEmpty();
    }

    @Test
    void fileLevelFindingsHaveNoRegion() {
        JsonNode expiry = tree(SampleResults.typical()).path("runs").get(0).path("results").get(6);

        assertThat(expiry.path("ruleId").asText()).isEqualTo("token-expiry");
        JsonNode physical = expiry.path("locations").get(0).path("physicalLocation");
        assertThat(physical.has("region")).isFalse();
        assertThat(physical.path("artifactLocation").path("uri").asText()).isEqualTo("tokens/ci-token.json");
    }

    @Test
    void suppressedAndBaselinedFindingsCarrySuppressions() {
        JsonNode results = tree(SampleResults.typical()).path("runs").get(0).path("results");

        JsonNode suppressed = results.get(5).path("suppressions").get(0);
        assertThat(suppressed.path("kind").asText()).isEqualTo("external");
        assertThat(suppressed.path("status").asText()).isEqualTo("accepted");
        assertThat(suppressed.path("justification").asText()).isEqualTo("until 2027-Q1");
        JsonNode baselined = results.get(6).path("suppressions").get(0);
        assertThat(baselined.path("justification").asText()).isEqualTo("in baseline");
    }

    @Test
    void pathsAreEncodedAsUriReferences() {
        assertThat(SarifReporter.relativeUri("src/My File.java")).isEqualTo("src/My%20File.java");
        assertThat(SarifReporter.relativeUri("odd:name.yaml")).isEqualTo("./odd:name.yaml");
        assertThat(SarifReporter.relativeUri("src/Grüße.java")).isEqualTo("src/Gr%C3%BC%C3%9Fe.java");
    }

    @Test
    void stableOutput() {
        assertThat(Render.of(reporter, SampleResults.typical())).isEqualTo(Render.of(reporter, SampleResults.typical()));
    }

    private JsonNode tree(LintResult r) {
        return SchemaCheck.parse(Render.of(reporter, r));
    }

    private static LintResult withoutRuleMetadata(LintResult r) {
        return new LintResult(r.catalog(), r.tokens(), r.facts(), r.bindings(), r.leastPrivilege(), r.findings(),
                List.of(), r.asOf(), r.noIgnores());
    }
}
