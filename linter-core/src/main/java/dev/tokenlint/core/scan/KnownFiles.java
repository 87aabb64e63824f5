package dev.tokenlint.core.scan;

import dev.tokenlint.core.scan.java.FileFacts;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Map;
import java.util.Set;

/**
 * Java files that belong to the scanned content but are not on disk under the root, with the
 * phase-1 result an earlier run recorded for exactly their content (a staged scan keys these by
 * git's blob id, so unchanged files are neither written out nor read). The scanner takes the
 * recorded result instead of reading such a file, and asks for the file to be written only when
 * a later round needs its text. A full scan uses {@link #none()}.
 */
public interface KnownFiles {

    /** What phase 1 gave for one file: skipped by the prefilter ({@code facts} null), or its facts. */
    record Known(FileFacts facts) {
        /** The prefilter said no. */
        public static final Known SKIPPED = new Known(null);

        /** Whether the prefilter said no. */
        public boolean skipped() {
            return facts == null;
        }
    }

    /**
     * The files known without reading, by absolute and normalised path under the scanned root (the
     * scanner takes them as they are: thousands of them in a large repository).
     */
    Map<Path, Known> files();

    /** Writes these files (absolute paths from {@link #files()}) to disk so they can be read. */
    void materialise(Collection<Path> files);

    /**
     * Of {@code files} (from {@link #files()}), those that may contain one of {@code names}: a
     * superset, which the scanner checks exactly after {@link #materialise(Collection) writing} them.
     */
    Set<Path> mayMention(Collection<Path> files, Set<String> names);

    /**
     * Records what phase 1 gave for a Java file the scanner read from disk (its prefilter verdict
     * without forcing): {@code facts} null when the prefilter said no. Called from scanner threads.
     */
    void recordRead(Path file, FileFacts facts);

    /**
     * Called once when the scan's reading is over (all {@link #recordRead} calls made), so what was
     * recorded can be stored while the rules run.
     */
    default void scanned() {
        // nothing to store
    }

    /** Nothing known: every file is read. */
    static KnownFiles none() {
        return None.INSTANCE;
    }

    /** The empty set of known files. */
    enum None implements KnownFiles {
        INSTANCE;

        @Override
        public Map<Path, Known> files() {
            return Map.of();
        }

        @Override
        public void materialise(Collection<Path> files) {
            // nothing to write
        }

        @Override
        public Set<Path> mayMention(Collection<Path> files, Set<String> names) {
            return Set.of();
        }

        @Override
        public void recordRead(Path file, FileFacts facts) {
            // nothing kept
        }
    }
}
