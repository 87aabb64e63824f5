package dev.tokenlint.rules.catalog;

import dev.tokenlint.core.catalog.CatalogProvider;
import dev.tokenlint.core.catalog.CatalogSnapshot;
import dev.tokenlint.core.catalog.CatalogYaml;
import dev.tokenlint.core.catalog.PermissionCatalog;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The permission catalog shipped with tokenlint: {@code catalog.yaml} beside this class, generated
 * by {@link RegenerateCatalog} from Dynatrace's 1.254 OpenAPI specs plus the hand-kept supplement.
 * Registered with {@link java.util.ServiceLoader}.
 */
public final class BundledCatalog implements CatalogProvider {

    /** The class-path resource holding the generated catalog. */
    public static final String RESOURCE = "/dev/tokenlint/rules/catalog/catalog.yaml";

    /** The compact form the build derives from {@link #RESOURCE} ({@link WriteCatalogSnapshot}). */
    public static final String SNAPSHOT = "/dev/tokenlint/rules/catalog/catalog.snapshot";

    /**
     * The bundled catalog, from the build's snapshot when present (it loads several times faster in
     * a fresh JVM, which a pre-commit hook starts every time), else from the YAML itself.
     */
    @Override
    public PermissionCatalog load() {
        if (BundledCatalog.class.getResource(SNAPSHOT) != null) {
            return new CatalogSnapshot().read(resourceText(SNAPSHOT));
        }
        return loadYaml();
    }

    /** The catalog parsed from the committed YAML, the source of truth. */
    public PermissionCatalog loadYaml() {
        return new CatalogYaml().parse(resourceText(RESOURCE), "tokenlint:bundled/catalog.yaml");
    }

    static String resourceText(String resource) {
        try (InputStream in = BundledCatalog.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the rules jar lacks " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
