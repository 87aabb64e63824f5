package dev.tokenlint.cli;

import dev.tokenlint.core.cache.ContentCache;
import dev.tokenlint.core.engine.LintEngine;
import dev.tokenlint.core.scan.FactsCache;
import dev.tokenlint.core.scan.SourceScanner;
import java.nio.file.Path;
import java.util.Map;

/**
 * Chooses the per-file cache of a scan: {@code --no-cache} or {@code TOKENLINT_CACHE=off} turn it
 * off; else it lives in {@code --cache-dir}, {@code $TOKENLINT_CACHE_DIR} or {@code .tokenlint-cache/}
 * in the project root (the working-tree root, also for {@code --staged}, so staged and full scans
 * share it).
 */
final class ScanCache {

    private ScanCache() {
    }

    /** The cache for a scan of {@code root}; {@link FactsCache#none()} when turned off. */
    static FactsCache choose(LintEngine engine, Path root, Path cacheDir, boolean noCache, Map<String, String> env) {
        Path folder = folder(root, cacheDir, noCache, env);
        if (folder == null) {
            return FactsCache.none();
        }
        return ContentCache.open(folder, ContentCache.namespace(VersionProvider.version(), SourceScanner.class,
                engine.bundledCatalog().version()));
    }

    /** The cache folder for a scan of {@code root}, or null when the cache is off. */
    static Path folder(Path root, Path cacheDir, boolean noCache, Map<String, String> env) {
        if (noCache || "off".equalsIgnoreCase(env.getOrDefault("TOKENLINT_CACHE", ""))) {
            return null;
        }
        if (cacheDir != null) {
            return cacheDir.toAbsolutePath().normalize();
        }
        if (env.get("TOKENLINT_CACHE_DIR") != null && !env.get("TOKENLINT_CACHE_DIR").isBlank()) {
            return Path.of(env.get("TOKENLINT_CACHE_DIR")).toAbsolutePath().normalize();
        }
        return root.resolve(ContentCache.DEFAULT_FOLDER);
    }

    /** The one note line to show when the cache is (or went) off, else null. */
    static String note(FactsCache cache) {
        return cache instanceof ContentCache c && c.note() != null ? "tokenlint: note: " + c.note() : null;
    }
}
