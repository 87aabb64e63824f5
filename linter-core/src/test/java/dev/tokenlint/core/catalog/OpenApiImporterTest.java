package dev.tokenlint.core.catalog;

import static dev.tokenlint.core.catalog.SpecFixtures.fixture;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tokenlint.core.input.InvalidInputException;
import dev.tokenlint.core.input.Location;
import org.junit.jupiter.api.Test;

class OpenApiImporterTest {

    private final OpenApiImporter importer = new OpenApiImporter();

    private PermissionCatalog v2() {
        return importer.importSpec(fixture("mini-env-v2.json"), "specs/mini-env-v2.json");
    }

    @Test
    void fullPathIsServerPathFromApiOnPlusPathKey() {
        assertThat(v2().operations()).extracting(Operation::endpoint).containsExactly(
                "POST /api/v2/apiTokens/lookup",
                "GET /api/v2/legacyThing",
                "POST /api/v2/metrics/ingest",
                "DELETE /api/v2/metrics/{metricSelector}",
                "GET /api/v2/metrics/{metricSelector}");
        assertThat(v2().operations()).allSatisfy(op -> assertThat(op.base()).isEqualTo("/api/v2"));
    }

    @Test
    void severalScopeEntriesAreAlternativesInSpecOrder() {
        Operation get = v2().match("GET", "/api/v2/metrics/builtin:host.cpu.usage").orElseThrow();
        assertThat(get.scopes()).containsExactly("metrics.read", "DataExport");
        assertThat(get.anyScope()).isFalse();
        assertThat(get.deprecated()).isFalse();
    }

    @Test
    void readsDeprecatedOperationIdSummaryAndSource() {
        PermissionCatalog c = v2();
        assertThat(c.match("DELETE", "/api/v2/metrics/x").orElseThrow().deprecated()).isTrue();
        Operation ingest = c.match("POST", "/api/v2/metrics/ingest").orElseThrow();
        assertThat(ingest.operationId()).isEqualTo("ingest");
        assertThat(ingest.summary()).isEqualTo("Pushes metric data points");
        assertThat(ingest.source()).isEqualTo("specs/mini-env-v2.json");
    }

    @Test
    void anyApiTokenScopeMeansAnyScope() {
        Operation lookup = v2().match("POST", "/api/v2/apiTokens/lookup").orElseThrow();
        assertThat(lookup.anyScope()).isTrue();
        assertThat(lookup.scopes()).isEmpty();
        assertThat(lookup.needsNoScope()).isFalse();
    }

    @Test
    void scopesComeFromEnumTitleListAndOperations() {
        PermissionCatalog c = v2();
        assertThat(c.scopes()).extracting(Scope::id).containsExactly(
                "DataExport", "OldScope", "apiTokens.write", "metrics.ingest", "metrics.read", "metrics.write",
                "newThing.read");
        assertThat(c.scope("metrics.read").orElseThrow().title()).isEqualTo("Read metrics");
        // only named by an operation: title from its x-token-scopes entry
        assertThat(c.scope("metrics.ingest").orElseThrow().title()).isEqualTo("Ingest metrics");
        // only in the enum: no title, still a scope
        assertThat(c.scope("newThing.read").orElseThrow().title()).isEmpty();
    }

    @Test
    void familyRiskAndDeprecatedTitle() {
        PermissionCatalog c = v2();
        Scope export = c.scope("DataExport").orElseThrow();
        assertThat(export.family()).isEqualTo(ScopeFamily.CLASSIC);
        assertThat(export.risk()).isEqualTo(RiskClass.READ);
        assertThat(c.scope("metrics.ingest").orElseThrow().family()).isEqualTo(ScopeFamily.V2);
        assertThat(c.scope("metrics.ingest").orElseThrow().risk()).isEqualTo(RiskClass.INGEST);
        assertThat(c.scope("apiTokens.write").orElseThrow().risk()).isEqualTo(RiskClass.ADMIN);
        Scope old = c.scope("OldScope").orElseThrow();
        assertThat(old.status()).isEqualTo(ScopeStatus.DEPRECATED);
        assertThat(old.title()).isEqualTo("Do old things");
        assertThat(export.status()).isEqualTo(ScopeStatus.ACTIVE);
    }

    @Test
    void yamlSpecWithRelativeServerAndNoScopeList() {
        PermissionCatalog c = importer.importSpec(fixture("mini-env-v1.yaml"), "v1.yaml");
        Operation time = c.match("GET", "/api/v1/time").orElseThrow();
        assertThat(time.needsNoScope()).isTrue();
        Operation put = c.match("PUT", "/api/v1/timeseries/custom:my.metric").orElseThrow();
        assertThat(put.scopes()).containsExactly("DataExport");
        assertThat(c.scopes()).extracting(Scope::id).containsExactly("DataExport");
    }

    @Test
    void specWithoutTokenScopesIsNotUsable() {
        assertThatThrownBy(() -> importer.importSpec(fixture("not-dynatrace.json"), "pets.json"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.location()).isEqualTo(new Location("pets.json", 3, 12));
                    assertThat(e.getMessage()).contains("x-token-scopes");
                });
    }

    @Test
    void specWithoutPathsIsNotUsable() {
        assertThatThrownBy(() -> importer.importSpec(fixture("no-paths.json"), "no-paths.json"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.location()).isEqualTo(new Location("no-paths.json", 1, 1));
                    assertThat(e.getMessage()).contains("'paths'");
                });
    }

    @Test
    void nonStringScopeEntryIsLocated() {
        assertThatThrownBy(() -> importer.importSpec(fixture("bad-scope-entry.json"), "bad.json"))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.location().line()).isEqualTo(4));
    }

    @Test
    void malformedAndNonSpecFilesAreLocatedErrors() {
        assertThatThrownBy(() -> importer.importText("{\"openapi\": ", "broken.json", false))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("malformed JSON");
        assertThatThrownBy(() -> importer.importText("[1, 2]", "list.json", false))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.location()).isEqualTo(new Location("list.json", 1, 1)));
        assertThatThrownBy(() -> importer.importText("{\"paths\": {}}", "x.json", false))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("'openapi'");
    }

    @Test
    void importedSpecKeepsHandKeptFactsOfTheEntriesItReplaces() {
        Scope bundledExport = new Scope("DataExport", "old title", "", ScopeFamily.CLASSIC, ScopeStatus.REMOVED,
                RiskClass.WRITE, true, true, "metrics.read", "supplement");
        Operation bundledGet = new Operation("GET", "/api/v2/metrics/{metricSelector}", "/api/v2", java.util.List.of(),
                false, true, "", "", "/api/v2/other", "supplement");
        PermissionCatalog bundled = new PermissionCatalog("b", java.util.List.of(bundledExport),
                java.util.List.of(bundledGet));
        PermissionCatalog merged = bundled.overlay(v2());
        Scope export = merged.scope("DataExport").orElseThrow();
        assertThat(export.title()).isEqualTo("Access problem and event feed, metrics, and topology");
        assertThat(export.status()).isEqualTo(ScopeStatus.REMOVED);
        assertThat(export.risk()).isEqualTo(RiskClass.WRITE);
        assertThat(export.paas()).isTrue();
        assertThat(export.replacement()).isEqualTo("metrics.read");
        Operation get = merged.match("GET", "/api/v2/metrics/x").orElseThrow();
        assertThat(get.scopes()).containsExactly("metrics.read", "DataExport");
        assertThat(get.deprecated()).isTrue();
        assertThat(get.replacement()).isEqualTo("/api/v2/other");
        assertThat(merged.version()).isEqualTo("b+specs/mini-env-v2.json");
    }
}
