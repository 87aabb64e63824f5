package dev.tokenlint.core.staged;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tokenlint.core.cache.FactsFormat;
import dev.tokenlint.core.git.TempRepo;
import dev.tokenlint.core.input.Location;
import dev.tokenlint.core.scan.FileFactsReader;
import dev.tokenlint.core.scan.InputProblem;
import dev.tokenlint.core.scan.java.FileFacts;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.CRC32;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The blob-id index on its own: what a save writes comes back, and nothing damaged is trusted. */
class StagedIndexTest {

    private static final String NS = "tokenlint test; root file:///repo/";

    private static final String CLIENT = """
            package com.acme;

            import org.apache.http.client.methods.HttpGet;

            /** Talks to Dynatrace. */
            class Client {
                static final String METRICS = "/api/v2/metrics";

                HttpGet get(String base) {
                    return new HttpGet(base + METRICS);
                }
            }
            """;

    @TempDir
    Path tmp;

    private TempRepo repo() throws IOException {
        TempRepo repo = TempRepo.init(tmp.resolve("repo"));
        repo.write("src/com/acme/Client.java", CLIENT);
        repo.write("src/com/acme/Plain.java", "package com.acme;\nclass Plain {}\n");
        repo.write("Top.java", "class Top {}\n");
        repo.write("tokenlint.yaml", "tokens: []\n");
        repo.git("add", ".");
        return repo;
    }

    private Path cache() {
        return tmp.resolve("cache");
    }

    private Path indexFile() {
        return cache().resolve(StagedIndex.FILE_NAME);
    }

    /** What a scan does: every Java file written out is read and its prefilter verdict recorded. */
    private static boolean scanAndSave(StagedIndex index, StagedSnapshot snapshot) throws IOException {
        StagedIndex.Session session = index.session(snapshot);
        FileFactsReader reader = new FileFactsReader();
        for (String path : snapshot.blobIds().keySet()) {
            Path file = snapshot.folder().resolve(path);
            if (path.endsWith(".java") && Files.exists(file)) {
                session.recordRead(file, reader.read(path, Files.readString(file), false).orElse(null), false);
            }
        }
        return session.saved();
    }

    private StagedSnapshot snapshot(TempRepo repo, StagedIndex index) {
        return StagedSnapshot.create(repo.dir(), StagedSnapshot::scanned, (path, blob) -> !index.knows(path, blob));
    }

    @Test
    void whatASaveWritesComesBackWithoutReadingTheFiles() throws IOException {
        TempRepo repo = repo();
        StagedIndex empty = StagedIndex.load(cache(), NS);
        assertThat(empty.size()).isZero();
        FileFacts client;
        try (StagedSnapshot s = snapshot(repo, empty)) {
            assertThat(scanAndSave(empty, s)).isTrue();
            client = new FileFactsReader().read("src/com/acme/Client.java", CLIENT, false).orElseThrow();
        }

        StagedIndex index = StagedIndex.load(cache(), NS);
        assertThat(index.size()).isEqualTo(3);
        try (StagedSnapshot s = snapshot(repo, index)) {
            assertThat(unwritten(s)).containsExactly("Top.java", "src/com/acme/Client.java", "src/com/acme/Plain.java");
            StagedIndex.Session session = index.session(s);
            assertThat(session.folder()).isEqualTo(s.folder());
            assertThat(session.parsed()).containsOnlyKeys("src/com/acme/Client.java");
            assertThat(session.parsed().get("src/com/acme/Client.java")).isEqualTo(client);
            assertThat(session.skipped()).containsExactlyInAnyOrder("src/com/acme/Plain.java", "Top.java");
        }
    }

    @Test
    void anIndexThatSaysWhatItSaidIsNotWrittenAgain() throws IOException {
        TempRepo repo = repo();
        StagedIndex empty = StagedIndex.load(cache(), NS);
        try (StagedSnapshot s = snapshot(repo, empty)) {
            scanAndSave(empty, s);
        }
        byte[] before = Files.readAllBytes(indexFile());
        Files.setLastModifiedTime(indexFile(), FileTime.fromMillis(0));

        StagedIndex index = StagedIndex.load(cache(), NS);
        try (StagedSnapshot s = snapshot(repo, index)) {
            assertThat(scanAndSave(index, s)).isTrue();
        }
        assertThat(Files.getLastModifiedTime(indexFile())).isEqualTo(FileTime.fromMillis(0));
        assertThat(indexFile()).hasBinaryContent(before);
    }

    @Test
    void afterAChangeTheCopiedEntriesGiveTheSameFileAsAFreshIndex() throws IOException {
        TempRepo repo = repo();
        StagedIndex empty = StagedIndex.load(cache(), NS);
        try (StagedSnapshot s = snapshot(repo, empty)) {
            scanAndSave(empty, s);
        }
        repo.write("src/com/acme/Client.java", CLIENT.replace("/api/v2/metrics", "/api/v2/entities"));
        repo.write("src/com/acme/More.java", "package com.acme;\nclass More {}\n");
        repo.git("add", ".");
        repo.git("rm", "-q", "--cached", "Top.java");

        StagedIndex index = StagedIndex.load(cache(), NS);
        try (StagedSnapshot s = snapshot(repo, index)) {
            assertThat(unwritten(s)).containsExactly("src/com/acme/Plain.java");
            scanAndSave(index, s);
        }
        byte[] updated = Files.readAllBytes(indexFile());

        Files.delete(indexFile());
        StagedIndex fresh = StagedIndex.load(cache(), NS);
        try (StagedSnapshot s = snapshot(repo, fresh)) {
            scanAndSave(fresh, s);
        }
        assertThat(indexFile()).hasBinaryContent(updated);
        assertThat(StagedIndex.load(cache(), NS).size()).isEqualTo(3);
        assertThat(new String(updated, StandardCharsets.ISO_8859_1)).contains("/api/v2/entities")
                .doesNotContain("/api/v2/metrics").doesNotContain("Top.java");
    }

    @Test
    void factsTheCodecCannotHoldAreLeftOutAndThatFileIsReadNextTime() throws IOException {
        TempRepo repo = repo();
        StagedIndex empty = StagedIndex.load(cache(), NS);
        try (StagedSnapshot s = snapshot(repo, empty)) {
            StagedIndex.Session session = empty.session(s);
            session.recordRead(s.folder().resolve("src/com/acme/Client.java"), FileFacts.problemsOnly(
                    "src/com/acme/Client.java", List.of(new InputProblem(Location.ofFile("src/com/acme/Client.java"),
                            "half \uD83D of a pair", "source"))), false);
            session.recordRead(s.folder().resolve("Top.java"), null, false);
            assertThat(session.saved()).isTrue();
        }
        StagedIndex index = StagedIndex.load(cache(), NS);
        assertThat(index.size()).isEqualTo(1);
        try (StagedSnapshot s = snapshot(repo, index)) {
            assertThat(unwritten(s)).containsExactly("Top.java");
        }
    }

    @Test
    void factsOfAClientOnlyFileComeBackAsSuch() throws IOException {
        TempRepo repo = repo();
        StagedIndex empty = StagedIndex.load(cache(), NS);
        FileFacts client;
        try (StagedSnapshot s = snapshot(repo, empty)) {
            client = new FileFactsReader().read("src/com/acme/Client.java", CLIENT, false).orElseThrow();
            StagedIndex.Session session = empty.session(s);
            session.recordRead(s.folder().resolve("src/com/acme/Client.java"), client, true);
            session.recordRead(s.folder().resolve("Top.java"), null, false);
            assertThat(session.saved()).isTrue();
        }
        StagedIndex index = StagedIndex.load(cache(), NS);
        try (StagedSnapshot s = snapshot(repo, index)) {
            StagedIndex.Session session = index.session(s);
            assertThat(session.clientOnly()).containsOnlyKeys("src/com/acme/Client.java");
            assertThat(session.clientOnly().get("src/com/acme/Client.java")).isEqualTo(client);
            assertThat(session.parsed()).isEmpty();
            assertThat(session.skipped()).containsExactly("Top.java");
        }
    }

    /** The staged files the snapshot left unwritten, in its order. */
    private static List<String> unwritten(StagedSnapshot s) {
        List<String> out = new ArrayList<>();
        s.forEachUnwritten((path, blob) -> out.add(path));
        return out;
    }

    /** The index file of {@link #repo()} after one scan. */
    private byte[] goodIndex() throws IOException {
        StagedIndex empty = StagedIndex.load(cache(), NS);
        try (StagedSnapshot s = snapshot(repo(), empty)) {
            scanAndSave(empty, s);
        }
        byte[] good = Files.readAllBytes(indexFile());
        assertThat(StagedIndex.load(cache(), NS).size()).isEqualTo(3);
        return good;
    }

    private int sizeOfIndex(byte[] bytes) throws IOException {
        Files.write(indexFile(), bytes);
        return StagedIndex.load(cache(), NS).size();
    }

    @Test
    void aTruncatedIndexIsEmpty() throws IOException {
        byte[] good = goodIndex();
        for (int length = 0; length < good.length; length++) {
            assertThat(sizeOfIndex(Arrays.copyOf(good, length))).as("first %d bytes", length).isZero();
        }
    }

    @Test
    void anIndexWithAnyByteChangedIsEmpty() throws IOException {
        byte[] good = goodIndex();
        for (int i = 0; i < good.length; i++) {
            byte[] damaged = good.clone();
            damaged[i] ^= 0x20;
            assertThat(sizeOfIndex(damaged)).as("byte %d changed", i).isZero();
        }
    }

    @Test
    void anIndexOfAnotherVersionOrNamespaceIsEmpty() throws IOException {
        byte[] good = goodIndex();
        String text = new String(good, StandardCharsets.ISO_8859_1);
        assertThat(sizeOfIndex(text.replaceFirst("tokenlint-staged-index/\\d+", "tokenlint-staged-index/2")
                .getBytes(StandardCharsets.ISO_8859_1))).isZero();
        assertThat(sizeOfIndex(text.replaceFirst("facts-cbor/\\d+", "facts-cbor/0")
                .getBytes(StandardCharsets.ISO_8859_1))).isZero();
        // the same layout number, but facts of another model (its fingerprint differs)
        String fingerprint = FactsFormat.get().version().substring(FactsFormat.get().version().indexOf(' ') + 1);
        assertThat(sizeOfIndex(text.replace(fingerprint, "0".repeat(fingerprint.length()))
                .getBytes(StandardCharsets.ISO_8859_1))).isZero();
        Files.write(indexFile(), good);
        assertThat(StagedIndex.load(cache(), NS + "x").size()).isZero();
        assertThat(StagedIndex.load(cache(), NS).size()).isEqualTo(3);

        // the layout before this one: records as text, then the facts as one serialised list
        ByteArrayOutputStream old = new ByteArrayOutputStream();
        old.writeBytes(("tokenlint-staged-index/2\n" + NS + "\n0\n").getBytes(StandardCharsets.UTF_8));
        try (ObjectOutputStream out = new ObjectOutputStream(old)) {
            out.writeObject(new ArrayList<FileFacts>());
        }
        assertThat(sizeOfIndex(old.toByteArray())).isZero();
        assertThat(sizeOfIndex("garbage\n\0\0".getBytes(StandardCharsets.UTF_8))).isZero();
    }

    @Test
    void aBodyThatDoesNotFitIsEmptyEvenWithAMatchingChecksum() throws IOException {
        byte[] good = goodIndex();
        int crcAt = new String(good, StandardCharsets.ISO_8859_1).indexOf(NS + "\n") + NS.length() + 1;

        // the top-level array (0x9f, of undefined length) made one of four elements; then the table of name
        // sets (one set, 0x81) said to hold two
        byte[] moreEntries = good.clone();
        assertThat(Arrays.copyOfRange(moreEntries, crcAt + 4, crcAt + 6)).isEqualTo(new byte[] {(byte) 0x9f,
                (byte) 0x81});
        moreEntries[crcAt + 4] = (byte) 0x84;
        assertThat(sizeOfIndex(withChecksum(moreEntries, crcAt))).isZero();
        moreEntries = good.clone();
        moreEntries[crcAt + 5] = (byte) 0x82;
        assertThat(sizeOfIndex(withChecksum(moreEntries, crcAt))).isZero();

        byte[] trailing = Arrays.copyOf(good, good.length + 1);
        assertThat(sizeOfIndex(withChecksum(trailing, crcAt))).isZero();

        // an entry kind that does not exist: the kind follows the first entry's 40-digit blob id (Top.java's)
        byte[] unknownKind = good.clone();
        int kindAt = firstBlobEnd(good, crcAt);
        assertThat(unknownKind[kindAt]).isBetween((byte) 0, (byte) 2);
        unknownKind[kindAt] = 7;
        assertThat(sizeOfIndex(withChecksum(unknownKind, crcAt))).isZero();

        // a skipped file whose name set is beyond the table: Top.java is the first entry, skipped, set 0
        byte[] noSuchSet = good.clone();
        int top = firstBlobEnd(good, crcAt);
        assertThat(Arrays.copyOfRange(noSuchSet, top, top + 3)).isEqualTo(new byte[] {0, 0, 0});
        noSuchSet[top + 1] = 5;
        assertThat(sizeOfIndex(withChecksum(noSuchSet, crcAt))).isZero();

        assertThat(sizeOfIndex(withChecksum(good.clone(), crcAt))).as("the checksum is computed as the index does")
                .isEqualTo(3);
    }

    /** Where the first 40 hex digits after {@code from} end. */
    private static int firstBlobEnd(byte[] bytes, int from) {
        int run = 0;
        for (int i = from; i < bytes.length; i++) {
            boolean hex = bytes[i] >= '0' && bytes[i] <= '9' || bytes[i] >= 'a' && bytes[i] <= 'f';
            run = hex ? run + 1 : 0;
            if (run == 40) {
                return i + 1;
            }
        }
        throw new AssertionError("no blob id");
    }

    private static byte[] withChecksum(byte[] bytes, int crcAt) {
        CRC32 crc = new CRC32();
        crc.update(bytes, crcAt + 4, bytes.length - crcAt - 4);
        ByteBuffer.wrap(bytes, crcAt, 4).putInt((int) crc.getValue());
        return bytes;
    }
}
