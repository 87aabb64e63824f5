package dev.tokenlint.core.catalog;

import static dev.tokenlint.core.catalog.SpecFixtures.fixture;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tokenlint.core.input.InvalidInputException;
import dev.tokenlint.core.input.Location;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class CatalogYamlTest {

    private final CatalogYaml yaml = new CatalogYaml();

    private static PermissionCatalog sample() {
        return new PermissionCatalog("dynatrace-test", List.of(
                new Scope("metrics.read", "Read metrics", "", ScopeFamily.V2, ScopeStatus.ACTIVE, RiskClass.READ,
                        false, false, null, "spec.json"),
                new Scope("InstallerDownload", "PaaS \"installer\" download", "line one\nline two\ttab",
                        ScopeFamily.CLASSIC, ScopeStatus.DEPRECATED, RiskClass.READ, true, true, "x.read",
                        "https://docs.example/page")),
                List.of(
                        new Operation("PUT", "/api/v1/timeseries/{timeseriesIdentifier}", "/api/v1",
                                List.of("DataExport", "true"), false, true, "op", "Süm: mary # not a comment",
                                "/api/v2/metrics/ingest", "env-v1.json"),
                        new Operation("POST", "/api/v1/tokens/lookup", "/api/v1", List.of(), true, false, "", "",
                                null, ""),
                        new Operation("GET", "/custom/base/x", "/custom/base", List.of("a.read"), false, false, "",
                                "", null, "")));
    }

    private static <T> List<T> reverse(List<T> list) {
        List<T> copy = new java.util.ArrayList<>(list);
        java.util.Collections.reverse(copy);
        return copy;
    }

    private String write(PermissionCatalog c) {
        StringWriter w = new StringWriter();
        yaml.write(c, w);
        return w.toString();
    }

    @Test
    void writeThenReadRoundTripsEveryField() {
        PermissionCatalog original = sample();
        PermissionCatalog back = yaml.parse(write(original), "catalog.yaml");
        assertThat(back.version()).isEqualTo("dynatrace-test");
        assertThat(List.copyOf(back.scopes())).isEqualTo(List.copyOf(original.scopes()));
        assertThat(back.operations()).isEqualTo(original.operations());
    }

    @Test
    void writeIsSortedAndIndependentOfInputOrder() {
        PermissionCatalog c = sample();
        PermissionCatalog reversed = new PermissionCatalog(c.version(),
                c.scopes().stream().sorted(java.util.Comparator.comparing(Scope::id).reversed()).toList(),
                reverse(c.operations()));
        String text = write(c);
        assertThat(write(reversed)).isEqualTo(text);
        assertThat(text.indexOf("id: InstallerDownload")).isLessThan(text.indexOf("id: metrics.read"));
        assertThat(text.indexOf("/api/v1/timeseries")).isLessThan(text.indexOf("/api/v1/tokens/lookup"));
    }

    @Test
    void writeLeavesDefaultsOut() {
        String text = write(sample());
        String readScope = text.substring(text.indexOf("id: metrics.read"));
        readScope = readScope.substring(0, readScope.indexOf("operations:"));
        assertThat(readScope).doesNotContain("paas", "apiOnly", "replacement", "description");
        assertThat(text).contains("    anyScope: true\n").contains("    base: \"/custom/base\"\n")
                .doesNotContain("base: \"/api/v1\"");
    }

    @Test
    void readsPartialOverrideWithDefaults() {
        PermissionCatalog c = yaml.read(fixture("override.yaml"), "cfg/override.yaml");
        assertThat(c.version()).isEqualTo("my-overrides");
        Scope s = c.scope("metrics.read").orElseThrow();
        assertThat(s.family()).isEqualTo(ScopeFamily.V2);
        assertThat(s.status()).isEqualTo(ScopeStatus.ACTIVE);
        assertThat(s.risk()).isEqualTo(RiskClass.INGEST);
        Operation op = c.operations().get(0);
        assertThat(op.endpoint()).isEqualTo("POST /api/v2/custom/thing");
        assertThat(op.base()).isEqualTo("/api/v2");
        assertThat(op.scopes()).containsExactly("metrics.ingest", "DataImport");
        assertThat(op.deprecated()).isTrue();
        assertThat(op.replacement()).isEqualTo("/api/v2/metrics/ingest");
    }

    @Test
    void overrideReplacesBundledEntryOutright() {
        PermissionCatalog bundled = new PermissionCatalog("b", List.of(new Scope("metrics.read", "Read metrics", "",
                ScopeFamily.V2, ScopeStatus.ACTIVE, RiskClass.READ, true, false, null, "spec")), List.of());
        PermissionCatalog merged = bundled.overlay(yaml.read(fixture("override.yaml"), "o.yaml"));
        assertThat(merged.scope("metrics.read").orElseThrow().risk()).isEqualTo(RiskClass.INGEST);
        assertThat(merged.scope("metrics.read").orElseThrow().paas()).isFalse();
    }

    @Test
    void badEnumValueIsReportedAtItsLine() {
        assertThatThrownBy(() -> yaml.read(fixture("override-bad-risk.yaml"), "o.yaml"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.location()).isEqualTo(new Location("o.yaml", 4, 11));
                    assertThat(e.getMessage()).contains("read, ingest, write, admin").contains("dangerous");
                });
    }

    @Test
    void unknownKeyIsReportedAtTheKey() {
        assertThatThrownBy(() -> yaml.read(fixture("override-unknown-key.yaml"), "o.yaml"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.location()).isEqualTo(new Location("o.yaml", 4, 5));
                    assertThat(e.getMessage()).contains("'scope'").contains("scopes");
                });
    }

    @Test
    void scopesThatAreNotAListAreRejected() {
        assertThatThrownBy(() -> yaml.read(fixture("override-scopes-not-list.yaml"), "o.yaml"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.location().line()).isEqualTo(4);
                    assertThat(e.getMessage()).contains("must be a list");
                });
    }

    @Test
    void missingRequiredFieldsAndDuplicatesAreLocated() {
        assertThatThrownBy(() -> yaml.parse("operations:\n  - method: GET\n", "o.yaml"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.location().line()).isEqualTo(2);
                    assertThat(e.getMessage()).contains("'path'");
                });
        assertThatThrownBy(() -> yaml.parse("scopes:\n  - id: a.read\n  - id: a.read\n", "o.yaml"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.location().line()).isEqualTo(3);
                    assertThat(e.getMessage()).contains("twice");
                });
        assertThatThrownBy(() -> yaml.parse("operations:\n  - method: FETCH\n    path: /x\n", "o.yaml"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("HTTP method");
        assertThatThrownBy(() -> yaml.parse("format: 2\n", "o.yaml"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("format");
    }
}
