package dev.tokenlint.rules.catalog;

import dev.tokenlint.core.catalog.CatalogSnapshot;
import dev.tokenlint.core.catalog.CatalogYaml;
import dev.tokenlint.core.catalog.PermissionCatalog;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Build step: derives the compact snapshot that {@link BundledCatalog} loads at start-up from the
 * committed {@code catalog.yaml}. Run by the build ({@code process-classes}); never edited by hand.
 */
public final class WriteCatalogSnapshot {

    private WriteCatalogSnapshot() {
    }

    /** {@code WriteCatalogSnapshot CATALOG_YAML OUTPUT}. */
    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: WriteCatalogSnapshot CATALOG_YAML OUTPUT");
        }
        Path yaml = Path.of(args[0]);
        PermissionCatalog catalog = new CatalogYaml().parse(Files.readString(yaml, StandardCharsets.UTF_8),
                yaml.getFileName().toString());
        Path out = Path.of(args[1]);
        try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            new CatalogSnapshot().write(catalog, w);
        }
    }
}
