package dev.tokenlint.rules.catalog;

import dev.tokenlint.core.catalog.CatalogProvider;
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

    @Override
    public PermissionCatalog load() {
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
