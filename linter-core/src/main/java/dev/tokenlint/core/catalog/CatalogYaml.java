package dev.tokenlint.core.catalog;

import java.io.Writer;
import java.nio.file.Path;

/** Reads and writes the catalog YAML format (bundled catalog and user overrides). */
public final class CatalogYaml {

    /** Reads a catalog YAML file. */
    public PermissionCatalog read(Path file, String displayName) {
        throw new UnsupportedOperationException("not yet implemented");
    }

    /** Writes {@code catalog} as YAML, sorted, so regenerating it diffs cleanly. */
    public void write(PermissionCatalog catalog, Writer out) {
        throw new UnsupportedOperationException("not yet implemented");
    }
}
