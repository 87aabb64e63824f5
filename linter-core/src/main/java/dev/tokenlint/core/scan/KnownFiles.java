package dev.tokenlint.core.scan;

import dev.tokenlint.core.scan.java.FileFacts;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Java files that belong to the scanned content but are not on disk under the root, with the
 * phase-1 result an earlier run recorded for exactly their content (a staged scan keys these by
 * git's blob id, so unchanged files are neither written out nor read). The scanner takes the
 * recorded result instead of reading such a file, and asks for the file to be written only when
 * a later round needs its text. A full scan uses {@link #none()}.
 */
public interface KnownFiles {

    /**
     * The folder the known files' relative paths are under (absolute and normalised); not used when
     * nothing is known.
     */
    Path folder();

    /** The known files whose recorded result has facts, by path relative to {@link #folder()} (with {@code /}). */
    Map<String, FileFacts> parsed();

    /**
     * The known files the prefilter found to use an HTTP client without naming an API path or
     * Dynatrace ({@link SourcePrefilter.Verdict#CLIENT_ONLY}), with their facts, by relative path:
     * they count only when some file of the source set names a path or Dynatrace.
     */
    Map<String, FileFacts> clientOnly();

    /**
     * The known files the prefilter skipped, by path relative to {@link #folder()} (with {@code /}).
     * Kept as strings: a large repository has thousands, and a scan looks at few of them again.
     */
    Collection<String> skipped();

    /** Writes these files (relative paths from {@link #skipped()}) to disk under {@link #folder()}. */
    void materialise(Collection<String> files);

    /**
     * Of {@code files} (relative paths from {@link #skipped()}), those that may contain one of
     * {@code names}: a superset, which the scanner checks exactly after {@link #materialise writing} them.
     */
    Set<String> mayMention(Collection<String> files, Set<String> names);

    /**
     * Records what phase 1 gave for a Java file the scanner read from disk (its prefilter verdict
     * without forcing): {@code facts} null when the prefilter said no; {@code clientOnly} when the
     * facts are those of a {@link SourcePrefilter.Verdict#CLIENT_ONLY} file. A client-only file the
     * scan did not parse is not recorded. Called from scanner threads.
     */
    void recordRead(Path file, FileFacts facts, boolean clientOnly);

    /**
     * Called once when the scan's reading is over (all {@link #recordRead} calls made), so what was
     * recorded can be stored while the rules run.
     */
    default void scanned() {
        // nothing to store
    }

    /**
     * This set of known files restricted to those {@code selects} accepts (given their path relative
     * to {@link #folder()}): what a walk limited by the config's sources would have listed.
     */
    default KnownFiles restrictedTo(Predicate<String> selects) {
        Map<String, FileFacts> parsed = restricted(parsed(), selects);
        Map<String, FileFacts> clientOnly = restricted(clientOnly(), selects);
        List<String> skipped = new ArrayList<>();
        for (String path : skipped()) {
            if (selects.test(path)) {
                skipped.add(path);
            }
        }
        KnownFiles all = this;
        return new KnownFiles() {
            @Override
            public Path folder() {
                return all.folder();
            }

            @Override
            public Map<String, FileFacts> parsed() {
                return parsed;
            }

            @Override
            public Map<String, FileFacts> clientOnly() {
                return clientOnly;
            }

            @Override
            public Collection<String> skipped() {
                return skipped;
            }

            @Override
            public void materialise(Collection<String> files) {
                all.materialise(files);
            }

            @Override
            public Set<String> mayMention(Collection<String> files, Set<String> names) {
                return all.mayMention(files, names);
            }

            @Override
            public void recordRead(Path file, FileFacts facts, boolean clientOnly) {
                all.recordRead(file, facts, clientOnly);
            }

            @Override
            public void scanned() {
                all.scanned();
            }
        };
    }

    private static Map<String, FileFacts> restricted(Map<String, FileFacts> files, Predicate<String> selects) {
        Map<String, FileFacts> kept = new HashMap<>();
        files.forEach((path, facts) -> {
            if (selects.test(path)) {
                kept.put(path, facts);
            }
        });
        return kept;
    }

    /** Nothing known: every file is read. */
    static KnownFiles none() {
        return None.INSTANCE;
    }

    /** The empty set of known files. */
    enum None implements KnownFiles {
        INSTANCE;

        @Override
        public Path folder() {
            return Path.of("");
        }

        @Override
        public Map<String, FileFacts> parsed() {
            return Map.of();
        }

        @Override
        public Map<String, FileFacts> clientOnly() {
            return Map.of();
        }

        @Override
        public Collection<String> skipped() {
            return List.of();
        }

        @Override
        public void materialise(Collection<String> files) {
            // nothing to write
        }

        @Override
        public Set<String> mayMention(Collection<String> files, Set<String> names) {
            return Set.of();
        }

        @Override
        public void recordRead(Path file, FileFacts facts, boolean clientOnly) {
            // nothing kept
        }
    }
}
