package dev.tokenlint.core.staged;

import dev.tokenlint.core.cache.AtomicFiles;
import dev.tokenlint.core.cache.ContentCache;
import dev.tokenlint.core.scan.java.FileFacts;
import java.io.ByteArrayInputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import dev.tokenlint.core.git.Git;
import dev.tokenlint.core.scan.KnownFiles;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The staged scan's index of phase-1 results by git blob id: one file in the cache folder
 * ({@value #FILE_NAME}) mapping each staged Java file's path and blob id to "the prefilter said
 * no" or the file's facts. git knows every staged file's blob id without reading the file, so a
 * warm staged scan writes and reads only the files whose path and blob have no entry. For a
 * skipped file the index also keeps which wrapper class names it was searched for and may
 * mention, so a later round that looks for callers of a wrapper needs neither the text nor git.
 * The facts of all entries are one serialised list, read in one go. The file starts with the cache namespace (tokenlint version, code and
 * catalog identity); an index from another namespace, or one that is truncated or corrupt, is
 * ignored and rewritten, never trusted.
 */
public final class StagedIndex {

    /** Name of the index file in the cache folder. */
    public static final String FILE_NAME = "staged-blobs.idx";

    private static final String MAGIC = "tokenlint-staged-index/2";

    /**
     * One recorded file: its blob id, its facts (null: the prefilter said no) and, for a skipped
     * file, the names it was searched for and those it may mention (a superset of real mentions).
     */
    record Entry(String blob, FileFacts facts, Set<String> checked, Set<String> mentioned) {
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
        return preload(cacheFolder).forNamespace(namespace);
    }

    /**
     * Reads and parses the index in {@code cacheFolder} before the namespace is known (so it can
     * overlap with loading the catalog); {@link Preloaded#forNamespace(String)} then keeps it only
     * when it was written for that namespace.
     */
    public static Preloaded preload(Path cacheFolder) {
        Path file = cacheFolder.resolve(FILE_NAME);
        Parsed parsed = null;
        try {
            if (Files.isRegularFile(file)) {
                parsed = parse(Files.readAllBytes(file));
            }
        } catch (IOException | RuntimeException e) {
            parsed = null;
        }
        return new Preloaded(file, parsed);
    }

    /** An index file as read, not yet checked against the namespace. */
    public static final class Preloaded {
        private final Path file;
        private final Parsed parsed;

        private Preloaded(Path file, Parsed parsed) {
            this.file = file;
            this.parsed = parsed;
        }

        /** The index if it was written for {@code namespace}, else an empty one that will be rewritten. */
        public StagedIndex forNamespace(String namespace) {
            boolean usable = parsed != null && parsed.namespace().equals(namespace);
            return new StagedIndex(file, namespace, usable ? parsed.entries() : new HashMap<>());
        }
    }

    private record Parsed(String namespace, Map<String, Entry> entries) {
    }

    /**
     * Layout: magic, namespace and the byte length of the records, one per line; the records, fields
     * separated by NUL ({@code S blob checked mentioned path} or {@code F blob path}, name lists
     * comma-separated); then the facts of the F records, in order, as one serialised list.
     * Returns null when anything does not fit.
     */
    private static Parsed parse(byte[] bytes) throws IOException {
        byte[] magic = (MAGIC + "\n").getBytes(StandardCharsets.UTF_8);
        if (bytes.length < magic.length || !java.util.Arrays.equals(bytes, 0, magic.length, magic, 0, magic.length)) {
            return null;
        }
        int nsEnd = magic.length;
        while (nsEnd < bytes.length && bytes[nsEnd] != '\n') {
            nsEnd++;
        }
        if (nsEnd >= bytes.length) {
            return null;
        }
        String namespace = new String(bytes, magic.length, nsEnd - magic.length, StandardCharsets.UTF_8);
        int lengthFrom = nsEnd + 1;
        int nl = lengthFrom;
        while (nl < bytes.length && bytes[nl] != '\n') {
            nl++;
        }
        if (nl >= bytes.length || nl - lengthFrom > 10 || nl == lengthFrom) {
            return null;
        }
        int length = Integer.parseInt(new String(bytes, lengthFrom, nl - lengthFrom, StandardCharsets.US_ASCII));
        int from = nl + 1;
        if (length < 0 || from + length > bytes.length) {
            return null;
        }
        String[] f = new String(bytes, from, length, StandardCharsets.UTF_8).split("\0", -1);
        Map<String, Entry> entries = new HashMap<>(f.length);
        List<String> withFacts = new ArrayList<>();
        List<String> factBlobs = new ArrayList<>();
        int i = 0;
        while (i < f.length - 1) {
            if (f[i].equals("S") && i + 4 < f.length && isHex(f[i + 1])) {
                entries.put(f[i + 4], new Entry(f[i + 1], null, names(f[i + 2]), names(f[i + 3])));
                i += 5;
            } else if (f[i].equals("F") && i + 2 < f.length && isHex(f[i + 1])) {
                withFacts.add(f[i + 2]);
                factBlobs.add(f[i + 1]);
                i += 3;
            } else {
                return null;
            }
        }
        if (i != f.length - 1 || !f[i].isEmpty()) {
            return null;
        }
        int factsFrom = from + length;
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes, factsFrom,
                bytes.length - factsFrom))) {
            in.setObjectInputFilter(ContentCache.inputFilter());
            if (!(in.readObject() instanceof List<?> list) || list.size() != withFacts.size()) {
                return null;
            }
            for (int k = 0; k < list.size(); k++) {
                if (!(list.get(k) instanceof FileFacts facts)) {
                    return null;
                }
                entries.put(withFacts.get(k), new Entry(factBlobs.get(k), facts, Set.of(), Set.of()));
            }
        } catch (ClassNotFoundException | ClassCastException | IllegalArgumentException | IllegalStateException
                 | NullPointerException | ArrayStoreException e) {
            return null;
        }
        return new Parsed(namespace, entries);
    }

    private static Set<String> names(String list) {
        return list.isEmpty() ? Set.of() : Set.of(list.split(","));
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
        return entry(path, blob) != null;
    }

    /** The recorded entry of the staged Java file {@code path} with blob {@code blob}, or null. */
    private Entry entry(String path, String blob) {
        Entry e = entries.get(path);
        return e != null && e.blob().equals(blob) && path.endsWith(".java") ? e : null;
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
        private final Map<String, FileFacts> parsed = new HashMap<>();
        private final List<String> skipped = new ArrayList<>();
        private final Map<String, Entry> recorded = new ConcurrentHashMap<>();
        /** Known skipped entries with what this run learnt about their mentions. */
        private final Map<String, Entry> searched = new ConcurrentHashMap<>();
        private final Set<String> asked = ConcurrentHashMap.newKeySet();
        private volatile java.util.concurrent.CompletableFuture<Boolean> saving;

        private Session(StagedSnapshot snapshot) {
            this.snapshot = snapshot;
            this.folder = snapshot.folder();
            snapshot.forEachUnwritten((path, blob) -> {
                Entry e = entry(path, blob);
                if (e != null) {
                    if (e.facts() != null) {
                        parsed.put(path, e.facts());
                    } else {
                        skipped.add(path);
                    }
                }
            });
        }

        @Override
        public Path folder() {
            return folder;
        }

        @Override
        public Map<String, FileFacts> parsed() {
            return parsed;
        }

        @Override
        public Collection<String> skipped() {
            return skipped;
        }

        @Override
        public void materialise(Collection<String> toWrite) {
            snapshot.materialise(toWrite);
        }

        @Override
        public synchronized Set<String> mayMention(Collection<String> candidates, Set<String> names) {
            asked.addAll(names);
            Set<String> hits = new HashSet<>();
            List<String> unsure = new ArrayList<>();
            for (String c : candidates) {
                Entry e = searched.getOrDefault(c, entries.get(c));
                if (e != null && e.facts() == null && e.checked().containsAll(names)) {
                    if (!Collections.disjoint(names, e.mentioned())) {
                        hits.add(c);
                    }
                } else {
                    unsure.add(c);
                }
            }
            if (unsure.isEmpty()) {
                return hits;
            }
            Set<String> found = grep(names);
            for (String u : unsure) {
                boolean hit = found == null || found.contains(u);
                if (hit) {
                    hits.add(u);
                }
                Entry e = searched.getOrDefault(u, entries.get(u));
                if (e != null && e.facts() == null && found != null) {
                    searched.put(u, new Entry(e.blob(), null, union(e.checked(), names),
                            hit ? union(e.mentioned(), names) : e.mentioned()));
                }
            }
            return hits;
        }

        /**
         * The staged Java files that contain one of {@code names}: git grep over the staged blobs,
         * fixed strings without word boundaries, a superset of the files that mention a name as a
         * word (the scanner checks exactly). Null when git grep fails.
         */
        private Set<String> grep(Set<String> names) {
            List<String> args = new ArrayList<>(List.of("grep", "--cached", "-l", "-z", "-F", "--no-color"));
            for (String n : names) {
                args.add("-e");
                args.add(n);
            }
            args.add("--");
            args.add("*.java");
            Git.Result r = new Git(snapshot.repository()).run(null, args.toArray(String[]::new));
            if (r.exitCode() > 1) {
                return null;
            }
            Set<String> found = new HashSet<>();
            for (String p : r.text().split("\0")) {
                if (!p.isEmpty()) {
                    found.add(p);
                }
            }
            return found;
        }

        @Override
        public void recordRead(Path file, FileFacts facts) {
            String rel = relative(file);
            String blob = rel == null ? null : snapshot.blobIds().get(rel);
            if (blob != null) {
                recorded.put(rel, new Entry(blob, facts, Set.of(), Set.of()));
            }
        }

        private String relative(Path p) {
            Path abs = p.toAbsolutePath().normalize();
            if (!abs.startsWith(folder)) {
                return null;
            }
            return folder.relativize(abs).toString().replace('\\', '/');
        }

        /** Starts {@link #save()} on another thread, so the index is written while the rules run. */
        @Override
        public synchronized void scanned() {
            if (saving == null) {
                saving = java.util.concurrent.CompletableFuture.supplyAsync(this::save);
            }
        }

        /**
         * Waits for the save {@link #scanned()} started, or saves now if the scan never finished
         * reading. Call before the snapshot is closed. Never throws.
         *
         * @return false when the index could not be written
         */
        public boolean saved() {
            java.util.concurrent.CompletableFuture<Boolean> s;
            synchronized (this) {
                s = saving;
            }
            if (s == null) {
                return save();
            }
            try {
                return s.join();
            } catch (RuntimeException e) {
                return false;
            }
        }

        /** A skipped file read this run: searched for every name asked about, from its text on disk. */
        private Entry withMentions(String path, Entry e) {
            if (e.facts() != null || asked.isEmpty()) {
                return e;
            }
            try {
                String text = Files.readString(folder.resolve(path), StandardCharsets.UTF_8);
                Set<String> mentioned = new TreeSet<>();
                for (String n : asked) {
                    if (text.contains(n)) {
                        mentioned.add(n);
                    }
                }
                return new Entry(e.blob(), null, Set.copyOf(asked), mentioned);
            } catch (IOException | RuntimeException ex) {
                return e;
            }
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
                String path = staged.getKey();
                Entry e = recorded.get(path);
                if (e != null) {
                    e = withMentions(path, e);
                } else if (knows(path, staged.getValue())) {
                    e = searched.getOrDefault(path, entries.get(path));
                }
                if (e != null && e.blob().equals(staged.getValue())) {
                    out.put(path, e);
                }
            }
            if (out.equals(entries)) {
                return true;
            }
            StringBuilder records = new StringBuilder(out.size() * 100);
            List<FileFacts> facts = new ArrayList<>();
            for (Map.Entry<String, Entry> e : out.entrySet()) {
                Entry v = e.getValue();
                if (v.facts() == null) {
                    records.append("S\0").append(v.blob()).append('\0').append(String.join(",", new TreeSet<>(v.checked())))
                            .append('\0').append(String.join(",", new TreeSet<>(v.mentioned()))).append('\0')
                            .append(e.getKey()).append('\0');
                } else {
                    records.append("F\0").append(v.blob()).append('\0').append(e.getKey()).append('\0');
                    facts.add(v.facts());
                }
            }
            byte[] text = records.toString().getBytes(StandardCharsets.UTF_8);
            ByteArrayOutputStream buf = new ByteArrayOutputStream(text.length + facts.size() * 1000 + 256);
            try {
                buf.writeBytes((MAGIC + "\n" + namespace + "\n" + text.length + "\n").getBytes(StandardCharsets.UTF_8));
                buf.writeBytes(text);
                try (ObjectOutputStream o = new ObjectOutputStream(buf)) {
                    o.writeObject(facts);
                }
                AtomicFiles.write(file, buf.toByteArray());
                return true;
            } catch (IOException | UnsupportedOperationException | SecurityException e) {
                return false;
            }
        }
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> u = new TreeSet<>(a);
        u.addAll(b);
        return Set.copyOf(u);
    }
}
