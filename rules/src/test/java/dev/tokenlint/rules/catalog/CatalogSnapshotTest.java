package dev.tokenlint.rules.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tokenlint.core.catalog.CatalogSnapshot;
import dev.tokenlint.core.catalog.PermissionCatalog;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The snapshot the build derives holds exactly what the committed YAML says. */
class CatalogSnapshotTest {

    private static void assertSame(PermissionCatalog actual, PermissionCatalog expected) {
        assertThat(actual.version()).isEqualTo(expected.version());
        assertThat(List.copyOf(actual.scopes())).isEqualTo(List.copyOf(expected.scopes()));
        assertThat(actual.operations()).isEqualTo(expected.operations());
    }

    @Test
    void bundledCatalogLoadsFromTheBuildsSnapshotWithTheYamlsContent() {
        assertThat(BundledCatalog.class.getResource(BundledCatalog.SNAPSHOT))
                .as("the build writes the snapshot in process-classes").isNotNull();
        BundledCatalog bundled = new BundledCatalog();
        PermissionCatalog yaml = bundled.loadYaml();
        assertThat(yaml.operations()).hasSizeGreaterThanOrEqualTo(664);
        assertSame(bundled.load(), yaml);
    }

    @Test
    void snapshotRoundTripKeepsEveryFieldIncludingAwkwardText() {
        PermissionCatalog yaml = new BundledCatalog().loadYaml();
        PermissionCatalog odd = new PermissionCatalog("v\t1\\x", List.of(new dev.tokenlint.core.catalog.Scope(
                "a.read", "Title\twith tab", "line one\nline two \\ end", dev.tokenlint.core.catalog.ScopeFamily.V2,
                dev.tokenlint.core.catalog.ScopeStatus.DEPRECATED, dev.tokenlint.core.catalog.RiskClass.READ, true,
                false, null, "")), List.of());
        for (PermissionCatalog c : List.of(yaml, odd)) {
            StringWriter w = new StringWriter();
            new CatalogSnapshot().write(c, w);
            assertSame(new CatalogSnapshot().read(w.toString()), c);
        }
    }
}
