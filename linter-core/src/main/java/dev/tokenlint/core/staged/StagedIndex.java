package dev.tokenlint.core.staged;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.cbor.CBORFactory;
import dev.tokenlint.core.cache.AtomicFiles;
import dev.tokenlint.core.cache.FactsFormat;
import dev.tokenlint.core.git.Git;
import dev.tokenlint.core.scan.KnownFiles;
import dev.tokenlint.core.scan.java.FileFacts;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.CRC32;

/**
 * The staged scan's index of phase-1 results by git blob id: one file in the cache folder
 * ({@value #FILE_NAME}) mapping each staged Java file's path and blob id to "the prefilter said
 * no" or the file's facts, marked when the file only uses a client (such facts count only while
 * some file names a path or Dynatrace; a client-only file that was not parsed is not recorded).
 * git knows every staged file's blob id without reading the file, so a
 * warm staged scan writes and reads only the files whose path and blob have no entry. For a
 * skipped file the index also keeps which wrapper class names it was searched for and may
 * mention, so a later round that looks for callers of a wrapper needs neither the text nor git.
 * The index is one CBOR document (written and read by Jackson's CBOR module, as the facts are),
 * each entry's facts in {@link FactsFormat}'s form as a byte string of their own, so a save
 * copies the bytes of unchanged entries instead of encoding them again. The file starts with the index layout, the
 * facts format version (which follows every change of the facts model) and the cache namespace
 * (tokenlint version, code and catalog identity, scanned root) and carries a checksum; an index
 * from another layout, facts version or namespace, or one that is truncated or corrupt, is
 * ignored and rewritten, never trusted.
 */
public final class StagedIndex {

    /** Name of the index file in the cache folder. */
    public static final String FILE_NAME = "staged-blobs.idx";

    /** The first line: this layout and the facts' version. */
    private static String magic() {
        return "tokenlint-staged-index/5 " + FactsFormat.get().version();
    }

    /**
     * The CBOR settings of the index. No string references: almost every string of the index (file
     * names, blob ids) is unique, and the ones that repeat (folders, searched names) are written
     * once by the layout itself.
     */
    private static final CBORFactory CBOR = new CBORFactory();

    private static final int SKIPPED = 0;
    private static final int FACTS = 1;
    /** Facts of a file that only uses a client ({@link dev.tokenlint.core.scan.SourcePrefilter.Verdict#CLIENT_ONLY}). */
    private static final int CLIENT_ONLY_FACTS = 2;

    /**
     * One recorded file: its blob id, its facts (null: the prefilter said no) and, for a skipped
     * file, the names it was searched for and those it may mention (a superset of real mentions).
     * {@code encoded} holds the facts as read from the index file, null until they are written.
     */
    record Entry(String blob, FileFacts facts, Set<String> checked, Set<String> mentioned, byte[] encoded,
                 boolean clientOnly) {
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
     * Layout: magic and namespace, one per line; then a CRC-32 of the rest (4 bytes) and one CBOR
     * array: first the distinct name sets of skipped files (each an array of names, sorted), then,
     * for each run of entries in one folder (in path order), the folder and an array of its
     * entries. An entry is an array: its file name, blob id and kind number, then either the
     * indexes of a skipped file's searched and mentioned name sets, or its facts as a byte string,
     * encoded on their own ({@link FactsFormat#encode(FileFacts)}) so a save can copy them.
     * Returns null (or throws) when anything does not fit.
     */
    private static Parsed parse(byte[] bytes) throws IOException {
        byte[] magic = (magic() + "\n").getBytes(StandardCharsets.UTF_8);
        if (bytes.length < magic.length || !Arrays.equals(bytes, 0, magic.length, magic, 0, magic.length)) {
            return null;
        }
        int nsEnd = magic.length;
        while (nsEnd < bytes.length && bytes[nsEnd] != '\n') {
            nsEnd++;
        }
        int from = nsEnd + 1 + 4;
        if (from > bytes.length) {
            return null;
        }
        String namespace = new String(bytes, magic.length, nsEnd - magic.length, StandardCharsets.UTF_8);
        CRC32 check = new CRC32();
        check.update(bytes, from, bytes.length - from);
        if ((int) check.getValue() != ByteBuffer.wrap(bytes, nsEnd + 1, 4).getInt()) {
            return null;
        }
        Map<String, Entry> entries = new HashMap<>();
        try (JsonParser p = CBOR.createParser(bytes, from, bytes.length - from)) {
            if (p.nextToken() != JsonToken.START_ARRAY || p.nextToken() != JsonToken.START_ARRAY) {
                return null;
            }
            List<Set<String>> nameSets = new ArrayList<>();
            while (p.nextToken() == JsonToken.START_ARRAY) {
                nameSets.add(names(p));
            }
            while (p.nextToken() == JsonToken.VALUE_STRING) {
                String folder = p.getText();
                if (p.nextToken() != JsonToken.START_ARRAY) {
                    return null;
                }
                while (p.nextToken() == JsonToken.START_ARRAY) {
                    readEntry(p, folder, nameSets, entries);
                }
            }
            if (p.currentToken() != JsonToken.END_ARRAY || p.nextToken() != null) {
                return null;
            }
        }
        return new Parsed(namespace, entries);
    }

    /**
     * Reads one entry, its array already entered, into {@code entries}. A method of its own, not a
     * loop body: a fresh JVM compiles a method after a few hundred calls, but a long loop's body only
     * after tens of thousands of turns (measured: a tenth of the time of a cold read of 10,000 entries).
     */
    private static void readEntry(JsonParser p, String folder, List<Set<String>> nameSets, Map<String, Entry> entries)
            throws IOException {
        String name = text(p);
        String blob = text(p);
        // the checksum catches damage; a blob id that git would never give can only fail to match
        if (name.isEmpty() || blob.length() < 40 || blob.length() > 64) {
            throw new IOException("corrupt index: entry without path or blob id");
        }
        String path = folder.isEmpty() ? name : folder + "/" + name;
        int kind = number(p);
        Entry e;
        if (kind == SKIPPED) {
            e = new Entry(blob, null, nameSet(p, nameSets), nameSet(p, nameSets), null, false);
        } else if (kind == FACTS || kind == CLIENT_ONLY_FACTS) {
            if (p.nextToken() != JsonToken.VALUE_EMBEDDED_OBJECT) {
                throw new IOException("corrupt index: no facts");
            }
            byte[] encoded = p.getBinaryValue();
            e = new Entry(blob, FactsFormat.get().decode(encoded, 0, encoded.length), Set.of(), Set.of(), encoded,
                    kind == CLIENT_ONLY_FACTS);
        } else {
            throw new IOException("corrupt index: entry kind " + kind);
        }
        if (p.nextToken() != JsonToken.END_ARRAY) {
            throw new IOException("corrupt index: entry too long");
        }
        if (entries.put(path, e) != null) {
            throw new IOException("corrupt index: repeated path");
        }
    }

    private static String text(JsonParser p) throws IOException {
        if (p.nextToken() != JsonToken.VALUE_STRING) {
            throw new IOException("corrupt index: " + p.currentToken() + " where a string belongs");
        }
        return p.getText();
    }

    private static int number(JsonParser p) throws IOException {
        if (p.nextToken() != JsonToken.VALUE_NUMBER_INT || p.getNumberType() != JsonParser.NumberType.INT) {
            throw new IOException("corrupt index: " + p.currentToken() + " where a number belongs");
        }
        return p.getIntValue();
    }

    private static Set<String> nameSet(JsonParser p, List<Set<String>> nameSets) throws IOException {
        int i = number(p);
        if (i < 0 || i >= nameSets.size()) {
            throw new IOException("corrupt index: name set " + i + " of " + nameSets.size());
        }
        return nameSets.get(i);
    }

    /** One name set, its array already entered. */
    private static Set<String> names(JsonParser p) throws IOException {
        List<String> names = new ArrayList<>();
        while (p.nextToken() == JsonToken.VALUE_STRING) {
            names.add(p.getText());
        }
        if (p.currentToken() != JsonToken.END_ARRAY) {
            throw new IOException("corrupt index: " + p.currentToken() + " in a name list");
        }
        // Set.of rejects repeats: corrupt input
        return names.isEmpty() ? Set.of() : Set.of(names.toArray(String[]::new));
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
        private final Map<String, FileFacts> clientOnly = new HashMap<>();
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
                        (e.clientOnly() ? clientOnly : parsed).put(path, e.facts());
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
        public Map<String, FileFacts> clientOnly() {
            return clientOnly;
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
                            hit ? union(e.mentioned(), names) : e.mentioned(), null, false));
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
        public void recordRead(Path file, FileFacts facts, boolean clientOnly) {
            String rel = relative(file);
            String blob = rel == null ? null : snapshot.blobIds().get(rel);
            if (blob != null) {
                recorded.put(rel, new Entry(blob, facts, Set.of(), Set.of(), null, clientOnly));
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
                return new Entry(e.blob(), null, Set.copyOf(asked), mentioned, null, false);
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
            List<Map.Entry<String, Entry>> out = new ArrayList<>(snapshot.blobIds().size());
            int unchanged = 0;
            for (Map.Entry<String, String> staged : snapshot.blobIds().entrySet()) {
                if (collect(staged.getKey(), staged.getValue(), out)) {
                    unchanged++;
                }
            }
            if (unchanged == out.size() && unchanged == entries.size()) {
                return true;
            }
            out.sort(Map.Entry.comparingByKey());
            try {
                AtomicFiles.write(file, encode(out));
                return true;
            } catch (IOException | UnsupportedOperationException | SecurityException e) {
                return false;
            }
        }

        /**
         * Adds the entry to write for the staged file {@code path} to {@code out}, if there is one.
         * (A method, not a loop body, so that a fresh JVM compiles it early.)
         *
         * @return true when that entry says what the index file already says
         */
        private boolean collect(String path, String blob, List<Map.Entry<String, Entry>> out) {
            Entry old = entries.get(path);
            Entry e = recorded.get(path);
            if (e != null) {
                if (!e.blob().equals(blob)) {
                    return false;
                }
                e = withMentions(path, e);
            } else if (entry(path, blob) != null) {
                e = searched.getOrDefault(path, old); // of the same blob
            } else {
                return false;
            }
            out.add(Map.entry(path, e));
            return old != null && sameAs(e, old);
        }

        /**
         * Whether {@code e} says what {@code old} said. Facts are a function of the namespace (which
         * includes the scanned root), the path and the content, so facts for the same blob are the
         * same facts and need no deep comparison.
         */
        private static boolean sameAs(Entry e, Entry old) {
            return e == old || e.blob().equals(old.blob()) && (e.facts() == null) == (old.facts() == null)
                    && e.clientOnly() == old.clientOnly()
                    && e.checked().equals(old.checked()) && e.mentioned().equals(old.mentioned());
        }

        private byte[] encode(List<Map.Entry<String, Entry>> out) throws IOException {
            // first what each entry will say: its facts' bytes, or the indexes of its name sets
            Map<Set<String>, Integer> setIndex = new HashMap<>();
            List<Set<String>> sets = new ArrayList<>();
            List<Object> stored = new ArrayList<>(out.size());
            for (Map.Entry<String, Entry> e : out) {
                stored.add(storedForm(e.getKey(), e.getValue(), setIndex, sets));
            }
            ByteArrayOutputStream all = new ByteArrayOutputStream(out.size() * 64 + 1024);
            all.writeBytes((magic() + "\n" + namespace + "\n").getBytes(StandardCharsets.UTF_8));
            int crcAt = all.size();
            all.writeBytes(new byte[4]); // the checksum, filled in below
            try (JsonGenerator g = CBOR.createGenerator(all)) {
                g.writeStartArray();
                g.writeStartArray(sets, sets.size());
                for (Set<String> names : sets) {
                    g.writeStartArray(names, names.size());
                    for (String n : names.size() < 2 ? names : new TreeSet<>(names)) {
                        g.writeString(n);
                    }
                    g.writeEndArray();
                }
                g.writeEndArray();
                String folder = null;
                for (int i = 0; i < out.size(); i++) {
                    if (stored.get(i) == null) {
                        continue;
                    }
                    String path = out.get(i).getKey();
                    int slash = path.lastIndexOf('/');
                    String entryFolder = slash < 0 ? "" : path.substring(0, slash);
                    if (!entryFolder.equals(folder)) {
                        if (folder != null) {
                            g.writeEndArray();
                        }
                        folder = entryFolder;
                        g.writeString(folder);
                        g.writeStartArray();
                    }
                    writeEntry(g, path.substring(slash + 1), out.get(i).getValue(), stored.get(i));
                }
                if (folder != null) {
                    g.writeEndArray();
                }
                g.writeEndArray();
            }
            byte[] bytes = all.toByteArray();
            CRC32 crc = new CRC32();
            crc.update(bytes, crcAt + 4, bytes.length - crcAt - 4);
            ByteBuffer.wrap(bytes, crcAt, 4).putInt((int) crc.getValue());
            return bytes;
        }

        /**
         * What entry {@code v} stores: its facts' bytes, or for a skipped file the indexes of its two
         * name sets (entered in {@code sets} as needed); null for facts that cannot be stored.
         */
        private Object storedForm(String path, Entry v, Map<Set<String>, Integer> setIndex, List<Set<String>> sets) {
            if (v.facts() != null) {
                return encodedFacts(path, v);
            }
            int[] indexes = new int[2];
            List<Set<String>> both = List.of(v.checked(), v.mentioned());
            for (int k = 0; k < 2; k++) {
                Set<String> names = both.get(k);
                indexes[k] = setIndex.computeIfAbsent(names, n -> {
                    sets.add(n);
                    return sets.size() - 1;
                });
            }
            return indexes;
        }

        /**
         * The facts of {@code e} encoded: as read from the index, or as an earlier entry for the same
         * blob had them, or encoded now. Null for a skipped file, and for facts the format cannot hold
         * (that file is read again next time).
         */
        private byte[] encodedFacts(String path, Entry e) {
            if (e.facts() == null) {
                return null;
            }
            if (e.encoded() != null) {
                return e.encoded();
            }
            Entry old = entries.get(path);
            if (old != null && old.encoded() != null && old.blob().equals(e.blob())) {
                return old.encoded();
            }
            try {
                return FactsFormat.get().encode(e.facts());
            } catch (IllegalArgumentException ex) {
                return null;
            }
        }

        /**
         * Writes one entry, its facts' bytes or name set indexes given (a method, not a loop body, so
         * that a fresh JVM compiles it early).
         */
        private static void writeEntry(JsonGenerator g, String name, Entry v, Object stored) throws IOException {
            int[] sets = stored instanceof int[] i ? i : null;
            g.writeStartArray(v, sets != null ? 5 : 4);
            g.writeString(name);
            g.writeString(v.blob());
            if (sets != null) {
                g.writeNumber(SKIPPED);
                g.writeNumber(sets[0]);
                g.writeNumber(sets[1]);
            } else {
                g.writeNumber(v.clientOnly() ? CLIENT_ONLY_FACTS : FACTS);
                g.writeBinary((byte[]) stored);
            }
            g.writeEndArray();
        }
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> u = new TreeSet<>(a);
        u.addAll(b);
        return Set.copyOf(u);
    }
}
