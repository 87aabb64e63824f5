package dev.tokenlint.core.init;

import static dev.tokenlint.core.privilege.PrivilegeFixtures.call;
import static dev.tokenlint.core.privilege.PrivilegeFixtures.unresolved;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.tokenlint.core.catalog.PermissionCatalog;
import dev.tokenlint.core.privilege.PrivilegeFixtures;
import dev.tokenlint.core.scan.ApiCall;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class StarterConfigTest {

    private static final String MAIN = "src/main/java/com/acme/";

    private final PermissionCatalog catalog = PrivilegeFixtures.catalog();
    private final StarterConfig init = new StarterConfig();

    private ApiCall at(String file, String className, String method, String path) {
        return call(catalog, file, 10, className, method, path);
    }

    private List<ApiCall> twoAreas() {
        return List.of(
                at(MAIN + "metrics/Exporter.java", "com.acme.metrics.Exporter", "POST", "/api/v2/metrics/ingest"),
                at(MAIN + "metrics/query/Reader.java", "com.acme.metrics.query.Reader", "GET", "/api/v2/metrics/query"),
                at(MAIN + "alerts/ProblemPoller.java", "com.acme.alerts.ProblemPoller", "GET", "/api/v2/problems"));
    }

    @Test
    void proposesOneLeastPrivilegeTokenPerPackageArea() {
        List<ProposedToken> tokens = init.propose(twoAreas(), catalog, "acme");

        assertThat(tokens).extracting(ProposedToken::name).containsExactly("acme-alerts", "acme-metrics");
        assertThat(tokens.get(0).scopes()).containsExactly("problems.read");
        assertThat(tokens.get(0).usedBy()).containsExactly(MAIN + "alerts/**");
        assertThat(tokens.get(1).scopes()).containsExactly("metrics.ingest", "metrics.read");
        assertThat(tokens.get(1).usedBy()).containsExactly(MAIN + "metrics/**");
        assertThat(tokens.get(1).calls()).hasSize(2);
    }

    @Test
    void modulesOfAMultiModuleBuildAreTheAreas() {
        List<ApiCall> calls = List.of(
                at("metrics-exporter/src/main/java/com/acme/Exporter.java", "com.acme.Exporter", "POST",
                        "/api/v2/metrics/ingest"),
                at("dashboards/src/main/java/com/acme/Sync.java", "com.acme.Sync", "PUT",
                        "/api/config/v1/dashboards/{id}"));

        List<ProposedToken> tokens = init.propose(calls, catalog, "Acme");

        assertThat(tokens).extracting(ProposedToken::name).containsExactly("acme-dashboards", "acme-metrics-exporter");
        assertThat(tokens.get(0).usedBy()).containsExactly("dashboards/src/**");
        assertThat(tokens.get(0).scopes()).containsExactly("WriteConfig");
        assertThat(tokens.get(1).usedBy()).containsExactly("metrics-exporter/src/**");
    }

    @Test
    void aSinglePackageIsOneAreaCoveringItsSubpackages() {
        List<ApiCall> calls = List.of(
                at(MAIN + "metrics/Exporter.java", "com.acme.metrics.Exporter", "POST", "/api/v2/metrics/ingest"));

        List<ProposedToken> tokens = init.propose(calls, catalog, "acme");

        assertThat(tokens).singleElement().satisfies(t -> {
            assertThat(t.name()).isEqualTo("acme-metrics");
            assertThat(t.usedBy()).containsExactly(MAIN + "metrics/**");
        });
    }

    @Test
    void classesInTheCommonPackageItselfGetOnlyTheirOwnFolder() {
        List<ApiCall> calls = List.of(
                at(MAIN + "App.java", "com.acme.App", "GET", "/api/v2/entities"),
                at(MAIN + "alerts/Poller.java", "com.acme.alerts.Poller", "GET", "/api/v2/problems"));

        List<ProposedToken> tokens = init.propose(calls, catalog, "acme");

        assertThat(tokens).extracting(ProposedToken::name).containsExactly("acme", "acme-alerts");
        assertThat(tokens.get(0).usedBy()).containsExactly(MAIN + "*.java");
        assertThat(tokens.get(0).scopes()).containsExactly("entities.read");
    }

    @Test
    void renderedYamlParsesToTheProposedTokens() throws Exception {
        String yaml = init.render(twoAreas(), catalog, "acme");

        JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(yaml);
        JsonNode tokens = root.get("tokens");
        assertThat(tokens).hasSize(2);
        assertThat(tokens.get(1).get("name").asText()).isEqualTo("acme-metrics");
        assertThat(tokens.get(1).get("scopes").get(0).asText()).isEqualTo("metrics.ingest");
        assertThat(tokens.get(1).get("scopes").get(1).asText()).isEqualTo("metrics.read");
        assertThat(tokens.get(1).get("usedBy").get(0).asText()).isEqualTo(MAIN + "metrics/**");
        assertThat(tokens.get(1).get("expiresIn").asText()).isEqualTo("90d");
    }

    @Test
    void renderedYamlExplainsEachScopeByTheEndpointsThatNeedIt() {
        String yaml = init.render(twoAreas(), catalog, "acme");

        assertThat(yaml).startsWith("# tokenlint.yaml for acme, written by `tokenlint init`")
                .contains("      - metrics.ingest   # POST /api/v2/metrics/ingest\n")
                .contains("      - metrics.read     # GET /api/v2/metrics/query\n")
                .contains("    # env: DT_ACME_METRICS_TOKEN");
    }

    @Test
    void outputDoesNotDependOnCallOrder() {
        List<ApiCall> calls = new ArrayList<>(twoAreas());
        String first = init.render(calls, catalog, "acme");
        Collections.reverse(calls);

        assertThat(init.render(calls, catalog, "acme")).isEqualTo(first);
    }

    @Test
    void writeScopesAskForAJustification() {
        List<ApiCall> calls = List.of(
                at(MAIN + "dash/Sync.java", "com.acme.dash.Sync", "PUT", "/api/config/v1/dashboards/{id}"));

        assertThat(init.render(calls, catalog, "acme"))
                .contains("# WriteConfig is a write scope: write why under justify");
    }

    @Test
    void unresolvedCallsAreListedForReviewNotCounted() {
        List<ApiCall> calls = List.of(
                at(MAIN + "App.java", "com.acme.App", "GET", "/api/v2/problems"),
                unresolved(MAIN + "App.java", 40));

        String yaml = init.render(calls, catalog, "acme");

        assertThat(yaml).contains("# 2 calls in this area, 1 of them resolved")
                .contains("#   " + MAIN + "App.java:40:5");
        assertThat(init.propose(calls, catalog, "acme")).singleElement()
                .satisfies(t -> assertThat(t.scopes()).containsExactly("problems.read"));
    }

    @Test
    void withoutAClassNameTheJavaFoldersGiveThePackage() {
        List<ApiCall> calls = List.of(
                at(MAIN + "metrics/Exporter.java", "com.acme.metrics.Exporter", "POST", "/api/v2/metrics/ingest"),
                at(MAIN + "metrics/Reader.java", "", "GET", "/api/v2/metrics/query"),
                at(MAIN + "alerts/Poller.java", "com.acme.alerts.Poller", "GET", "/api/v2/problems"));

        List<ProposedToken> tokens = init.propose(calls, catalog, "acme");

        assertThat(tokens).extracting(ProposedToken::name).containsExactly("acme-alerts", "acme-metrics");
        assertThat(tokens.get(1).scopes()).containsExactly("metrics.ingest", "metrics.read");
    }

    @Test
    void aCallInAConfigFileIsAnAreaOfItsOwn() {
        List<ApiCall> calls = List.of(
                at(MAIN + "alerts/Poller.java", "com.acme.alerts.Poller", "GET", "/api/v2/problems"),
                at("src/main/resources/application.properties", "", "POST", "/api/v2/metrics/ingest"));

        List<ProposedToken> tokens = init.propose(calls, catalog, "acme");

        assertThat(tokens).extracting(ProposedToken::name).containsExactly("acme-alerts", "acme-application");
        assertThat(tokens.get(1).usedBy()).containsExactly("src/main/resources/application.properties");
    }

    @Test
    void noCallsMeansNoTokens() throws Exception {
        String yaml = init.render(List.of(), catalog, "acme");

        assertThat(yaml).contains("No Dynatrace API calls were found");
        assertThat(new ObjectMapper(new YAMLFactory()).readTree(yaml).get("tokens")).isEmpty();
    }

    @Test
    void namesAreKebabCase() {
        assertThat(StarterConfig.kebab("metricsExporter")).isEqualTo("metrics-exporter");
        assertThat(StarterConfig.kebab(" Acme_Metrics Exporter ")).isEqualTo("acme-metrics-exporter");
        assertThat(StarterConfig.kebab("--")).isEmpty();
    }
}
