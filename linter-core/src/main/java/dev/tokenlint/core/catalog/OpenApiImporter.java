package dev.tokenlint.core.catalog;

import java.nio.file.Path;

/** Imports operations and scopes from a Dynatrace OpenAPI 3 specification. */
public final class OpenApiImporter {

    /**
     * @throws dev.tokenlint.core.input.InvalidInputException when the file is not a usable spec
     */
    public PermissionCatalog importSpec(Path file, String displayName) {
        throw new UnsupportedOperationException("not yet implemented");
    }
}
