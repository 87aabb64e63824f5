package dev.tokenlint.core.staged;

import dev.tokenlint.core.cache.PerFileCache;
import dev.tokenlint.core.git.Git;
import dev.tokenlint.core.scan.KnownFiles;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The staged scan's index of phase-1 results by git blob id: one file in the cache folder
 * ({@value #FILE_NAME}) mapping each staged Java file's path and blob id to "the prefilter said
 * no" or the key of its facts in the per-file cache. git knows every staged file's blob id
 * without reading the file, so a warm staged scan writes and reads only the files whose path and
 * blob have no entry. The file starts with the cache namespace (tokenlint version, code and
 * catalog identity); an index from another namespace, or one that is truncated or corrupt, is
 * ignored and rewritten, never trusted.
 */
public final class StagedIndex {

    /** Name of the index file in the cache folder. */
    public static final String FILE_NAME = "staged-blobs.idx";

    private static final String MAGIC = "tokenlint-staged-index/1";

    /** One recorded file: its blob id and what phase 1 gave. */
    record Entry(String blob, KnownFiles.Known known) {
    }

    private final Path file;
    private final String namespace;
    private final Map<String, Entry> entries;

    private StagedIndex(Path file, String namespace, Map<String, Entry> entries) {
        this.file = file;
        this.namespace = namespace;
        this.entries = entries;
    }

    /** Reads the index in {@code cacheFolder}; an index that is missing, corrupt or of another namespace is empty. */
    public static StagedIndex load(Path cacheFolder, String namespace) {
        Path file = cacheFolder.resolve(FILE_NAME);
        Map<String, Entry> entries = new HashMap<>();
        try {
            if (Files.isRegularFile(file)) {
                entries = parse(Files.readAllBytes(file), namespace);
            }
        } catch (IOException | RuntimeException e) {
            entries = new HashMap<>();
        }
        return new StagedIndex(file, namespace, entries == null ? new HashMap<>() : entries);
    }

    /** Records are NUL-separated fields: {@code S blob path} or {@code F blob key path}; null when unusable. */
    private static Map<String, Entry> parse(byte[] bytes, String namespace) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        String head = MAGIC + "\n" + namespace + "\n";
        if (!text.startsWith(head) || text.length() < head.length() + 4 || !text.endsWith("end\0")) {
            return null;
        }
        String[] f = text.substring(head.length(), text.length() - "end\0".length()).split("\0", -1);
        Map<String, Entry> entries = new HashMap<>(f.length / 2);
        int i = 0;
        while (i < f.length - 1) {
            String kind = f[i];
            if (kind.equals("S") && i + 2 < f.length && isHex(f[i + 1])) {
                entries.put(f[i + 2], new Entry(f[i + 1], KnownFiles.Known.SKIPPED));
                i += 3;
            } else if (kind.equals("F") && i + 3 < f.length && isHex(f[i + 1]) && isHex(f[i + 2])
                    && f[i + 2].length() == 64) {
                entries.put(f[i + 3], new Entry(f[i + 1], new KnownFiles.Known(false, new PerFileCache.Key(f[i + 2]))));
                i += 4;
            } else {
                return null;
            }
        }
        return i == f.length - 1 && f[i].isEmpty() ? entries : null;
    }

    private static boolean isHex(String s) {
        if (s.length() < 40) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f')) {
                return false;
            }
        }
        return true;
    }

    /** Whether the staged Java file {@code path} with blob {@code blob} has a recorded result. */
    public boolean knows(String path, String blob) {
        Entry e = entries.get(path);
        return e != null && e.blob().equals(blob) && path.endsWith(".java");
    }

    /** Number of entries read (for tests and diagnostics). */
    public int size() {
        return entries.size();
    }

    /**
     * The known files of {@code snapshot}: its unwritten files that this index knows, and what the
     * scan reads is recorded for {@link Session#save()}.
     */
    public Session session(StagedSnapshot snapshot) {
        return new Session(snapshot);
    }

    /** One staged scan's view of the index. */
    public final class Session implements KnownFiles {

        private final StagedSnapshot snapshot;
        private final Path folder;
        private final Map<Path, Known> files = new HashMap<>();
        private final Map<String, Entry> recorded = new ConcurrentHashMap<>();

        private Session(StagedSnapshot snapshot) {
            this.snapshot = snapshot;
            this.folder = snapshot.folder();
            for (String path : snapshot.unwritten()) {
                String blob = snapshot.blobIds().get(path);
                if (knows(path, blob)) {
                    files.put(folder.resolve(path), entries.get(path).known());
                }
            }
        }

        @Override
        public Map<Path, Known> files() {
            return files;
        }

        @Override
        public void materialise(Collection<Path> toWrite) {
            List<String> paths = new ArrayList<>();
            for (Path p : toWrite) {
                String rel = relative(p);
                if (rel != null) {
                    paths.add(rel);
                }
            }
            snapshot.materialise(paths);
        }

        @Override
        public Set<Path> mayMention(Collection<Path> candidates, Set<String> names) {
            if (candidates.isEmpty() || names.isEmpty()) {
                return Set.of();
            }
            // git grep over the staged blobs, fixed strings without word boundaries: a superset of the
            // files that mention a name as a word, which the scanner then checks exactly
            List<String> args = new ArrayList<>(List.of("grep", "--cached", "-l", "-z", "-F", "--no-color"));
            for (String n : names) {
                args.add("-e");
                args.add(n);
            }
            args.add("--");
            args.add("*.java");
            Git.Result r = new Git(snapshot.repository()).run(null, args.toArray(String[]::new));
            Set<Path> wanted = new HashSet<>(candidates);
            Set<Path> hits = new HashSet<>();
            if (r.exitCode() > 1) {
                // git grep failed: every candidate may mention a name
                return wanted;
            }
            for (String p : r.text().split("\0")) {
                if (!p.isEmpty()) {
                    Path abs = folder.resolve(p);
                    if (wanted.contains(abs)) {
                        hits.add(abs);
                    }
                }
            }
            return hits;
        }

        @Override
        public void recordRead(Path file, PerFileCache.Key factsKey) {
            String rel = relative(file);
            String blob = rel == null ? null : snapshot.blobIds().get(rel);
            if (blob != null) {
                recorded.put(rel, new Entry(blob, factsKey == null ? Known.SKIPPED : new Known(false, factsKey)));
            }
        }

        private String relative(Path p) {
            Path abs = p.toAbsolutePath().normalize();
            if (!abs.startsWith(folder)) {
                return null;
            }
            return folder.relativize(abs).toString().replace('\\', '/');
        }

        /**
         * Writes the index for the staged files of this scan: what it read, and the entries it used.
         * Never throws: an index that cannot be written only makes the next staged scan slower.
         *
         * @return false when the index could not be written
         */
        public boolean save() {
            Map<String, Entry> out = new TreeMap<>();
            for (Map.Entry<String, String> staged : snapshot.blobIds().entrySet()) {
                Entry e = recorded.get(staged.getKey());
                if (e == null && knows(staged.getKey(), staged.getValue())) {
                    e = entries.get(staged.getKey());
                }
                if (e != null && e.blob().equals(staged.getValue())) {
                    out.put(staged.getKey(), e);
                }
            }
            if (out.equals(entries)) {
                return true;
            }
            ByteArrayOutputStream buf = new ByteArrayOutputStream(out.size() * 100 + 256);
            buf.writeBytes((MAGIC + "\n" + namespace + "\n").getBytes(StandardCharsets.UTF_8));
            for (Map.Entry<String, Entry> e : out.entrySet()) {
                Known k = e.getValue().known();
                String rec = k.skipped() ? "S\0" + e.getValue().blob() + "\0" + e.getKey() + "\0"
                        : "F\0" + e.getValue().blob() + "\0" + k.factsKey().hex() + "\0" + e.getKey() + "\0";
                buf.writeBytes(rec.getBytes(StandardCharsets.UTF_8));
            }
            buf.writeBytes("end\0".getBytes(StandardCharsets.US_ASCII));
            Path tmp = null;
            try {
                Files.createDirectories(file.getParent());
                tmp = Files.createTempFile(file.getParent(), ".index", ".tmp");
                Files.write(tmp, buf.toByteArray());
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                tmp = null;
                return true;
            } catch (IOException | UnsupportedOperationException | SecurityException e) {
                return false;
            } finally {
                if (tmp != null) {
                    try {
                        Files.deleteIfExists(tmp);
                    } catch (IOException ignored) {
                        // the next save overwrites it
                    }
                }
            }
        }
    }
}
