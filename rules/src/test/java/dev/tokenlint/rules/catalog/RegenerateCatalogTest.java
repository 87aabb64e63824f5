package dev.tokenlint.rules.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tokenlint.core.catalog.CatalogYaml;
import dev.tokenlint.core.catalog.Operation;
import dev.tokenlint.core.catalog.PermissionCatalog;
import dev.tokenlint.core.catalog.Scope;
import dev.tokenlint.core.catalog.ScopeStatus;
import dev.tokenlint.core.input.InvalidInputException;
import java.io.IOException;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RegenerateCatalogTest {

    @TempDir
    Path dir;

    private static Path resource(String name) throws URISyntaxException {
        return Path.of(RegenerateCatalogTest.class.getResource(name).toURI());
    }

    private String generate() throws Exception {
        Path specs = Files.createDirectories(dir.resolve("specs"));
        Files.copy(resource("tiny-env-v2-9.999.json"), specs.resolve("tiny-env-v2-9.999.json"));
        return RegenerateCatalog.generate(specs, resource("tiny-supplement.yaml"));
    }

    @Test
    void importsSpecsAndAppliesSupplementOnlyWhereItSaysSomething() throws Exception {
        PermissionCatalog c = new CatalogYaml().parse(generate(), "catalog.yaml");
        assertThat(c.version()).isEqualTo("dynatrace-9.999");
        Scope paas = c.scope("PaasLike").orElseThrow();
        assertThat(paas.title()).isEqualTo("PaaS thing"); // kept from the spec
        assertThat(paas.paas()).isTrue();
        assertThat(paas.status()).isEqualTo(ScopeStatus.DEPRECATED);
        assertThat(paas.replacement()).isEqualTo("metrics.ingest");
        assertThat(paas.source()).isEqualTo("tiny-env-v2-9.999.json; https://docs.example/paas");
        assertThat(c.scope("gone.read").orElseThrow().status()).isEqualTo(ScopeStatus.REMOVED);
        Operation thing = c.match("GET", "/api/v2/tokens/thing").orElseThrow();
        assertThat(thing.scopes()).containsExactly("PaasLike");
        assertThat(thing.deprecated()).isTrue();
        assertThat(thing.replacement()).isEqualTo("/api/v2/other");
        assertThat(c.match("POST", "/api/v2/otlp/v1/traces").orElseThrow().base()).isEqualTo("/api/v2");
    }

    @Test
    void outputIsDeterministic() throws Exception {
        String first = generate();
        Files.delete(dir.resolve("specs/tiny-env-v2-9.999.json"));
        assertThat(generate()).isEqualTo(first);
    }

    @Test
    void supplementOperationMissingFromSpecsMustListScopes() throws Exception {
        Path specs = Files.createDirectories(dir.resolve("s"));
        Files.copy(resource("tiny-env-v2-9.999.json"), specs.resolve("a.json"));
        Path sup = dir.resolve("sup.yaml");
        Files.writeString(sup, "operations:\n  - method: GET\n    path: /api/v2/nowhere\n    deprecated: true\n"
                + "    source: \"x\"\n");
        assertThatThrownBy(() -> RegenerateCatalog.generate(specs, sup))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.location().line()).isEqualTo(2);
                    assertThat(e.getMessage()).contains("'scopes'");
                });
    }

    @Test
    void everySupplementEntryMustCiteASource() {
        assertThatThrownBy(() -> CatalogSupplement.parse("scopes:\n  - id: a.read\n    status: removed\n", "s.yaml"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.location().line()).isEqualTo(2);
                    assertThat(e.getMessage()).contains("source");
                });
    }

    @Test
    void missingSpecDirectoryIsAClearError() {
        assertThatThrownBy(() -> RegenerateCatalog.generate(dir.resolve("absent"), dir.resolve("s.yaml")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("tokenlint.specs");
    }

    @Test
    void committedSupplementIsValidAndCitesEveryEntry() throws IOException {
        String text = BundledCatalog.resourceText("/dev/tokenlint/rules/catalog/supplement.yaml");
        CatalogSupplement.parse(text, "supplement.yaml"); // throws on an entry without source
        assertThat(text).contains("/api/v2/otlp/v1/traces", "/api/v2/otlp/v1/metrics", "/api/v2/otlp/v1/logs");
    }

    @Test
    void committedCatalogIsInTheWritersCanonicalForm() {
        String committed = BundledCatalog.resourceText(BundledCatalog.RESOURCE);
        PermissionCatalog c = new CatalogYaml().parse(committed, "catalog.yaml");
        StringWriter w = new StringWriter();
        new CatalogYaml().write(c, List.of(), w);
        String body = committed.substring(committed.indexOf("format: "));
        assertThat(w.toString()).isEqualTo(body);
    }
}
