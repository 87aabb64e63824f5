package dev.tokenlint.core.scan;

import dev.tokenlint.core.scan.java.FileFacts;

/**
 * What the scanner needs of a per-file cache: results of phase 1 (reading one file) looked up by
 * the file's path and content. The scanner owns this interface and a cache implements it
 * ({@code dev.tokenlint.core.cache.ContentCache}), so the scanner depends on no storage. An entry
 * is only ever a function of the key, so a hit is exactly what reading the file again would give,
 * and a cold or disabled cache gives the same results, only slower.
 */
public interface FactsCache {

    /** The key of one file's content: its path relative to the root and its bytes. */
    Key key(String file, byte[] content);

    /** The cached facts for {@code key} if present and intact; else null. */
    FileFacts get(Key key);

    /** Stores {@code facts} for {@code key}; never throws (a cache that cannot write turns itself off). */
    void put(Key key, FileFacts facts);

    /** A content key: a hex digest over what an entry depends on (path, bytes, the cache's own identity). */
    record Key(String hex) {
    }

    /** The cache that holds nothing (no cache configured, or turned off). */
    static FactsCache none() {
        return NoCache.INSTANCE;
    }

    /** The disabled cache: every lookup misses, nothing is stored. */
    enum NoCache implements FactsCache {
        INSTANCE;

        @Override
        public Key key(String file, byte[] content) {
            return null;
        }

        @Override
        public FileFacts get(Key key) {
            return null;
        }

        @Override
        public void put(Key key, FileFacts facts) {
            // nothing kept
        }
    }
}
