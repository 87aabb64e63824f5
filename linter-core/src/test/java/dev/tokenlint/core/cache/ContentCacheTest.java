package dev.tokenlint.core.cache;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tokenlint.core.input.Location;
import dev.tokenlint.core.scan.FactsCache;
import dev.tokenlint.core.scan.InputProblem;
import dev.tokenlint.core.scan.java.FileFacts;
import dev.tokenlint.core.scan.java.JavaFileExtractor;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContentCacheTest {

    @TempDir
    Path tmp;

    private static final byte[] CONTENT = "class A { String p = \"/api/v2/metrics\"; }".getBytes(StandardCharsets.UTF_8);

    /** What the scanner stores: the facts of one file (here told apart by a note). */
    private static FileFacts facts(String file, String note) {
        return FileFacts.problemsOnly(file, List.of(new InputProblem(Location.ofFile(file), note, "source")));
    }

    private List<Path> entries(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(p -> p.toString().endsWith(".bin")).toList();
        }
    }

    @Test
    void storesAndFindsByPathAndContent() {
        ContentCache cache = ContentCache.open(tmp.resolve("c"), "v1");
        FactsCache.Key key = cache.key("src/A.java", CONTENT);
        assertThat(cache.get(key)).isNull();
        FileFacts facts = new JavaFileExtractor().extract("src/A.java", new String(CONTENT, StandardCharsets.UTF_8));

        cache.put(key, facts);

        ContentCache again = ContentCache.open(tmp.resolve("c"), "v1");
        assertThat(again.get(again.key("src/A.java", CONTENT))).isEqualTo(facts);
        assertThat(again.hits()).isEqualTo(1);
    }

    @Test
    void keyChangesWithContentPathAndVersion() {
        ContentCache v1 = ContentCache.open(tmp.resolve("c"), "v1");
        ContentCache v2 = ContentCache.open(tmp.resolve("c"), "v2");
        FactsCache.Key k = v1.key("src/A.java", CONTENT);

        assertThat(v1.key("src/B.java", CONTENT)).isNotEqualTo(k);
        assertThat(v1.key("src/A.java", "class A {}".getBytes(StandardCharsets.UTF_8))).isNotEqualTo(k);
        assertThat(v2.key("src/A.java", CONTENT)).isNotEqualTo(k);
        assertThat(v1.key("src/A.java", CONTENT)).isEqualTo(k);
    }

    @Test
    void aCorruptEntryIsIgnoredAndRewritten() throws IOException {
        ContentCache cache = ContentCache.open(tmp.resolve("c"), "v1");
        FactsCache.Key key = cache.key("src/A.java", CONTENT);
        cache.put(key, facts("src/A.java", "x"));
        Path entry = entries(tmp.resolve("c")).get(0);
        byte[] bytes = Files.readAllBytes(entry);
        Files.write(entry, java.util.Arrays.copyOf(bytes, bytes.length - 7));

        assertThat(cache.get(key)).isNull();
        cache.put(key, facts("src/A.java", "y"));
        assertThat(cache.get(key)).isEqualTo(facts("src/A.java", "y"));
    }

    @Test
    void anEntryOfAnotherVersionIsNotTrusted() throws IOException {
        ContentCache old = ContentCache.open(tmp.resolve("c"), "v1");
        FactsCache.Key key = old.key("src/A.java", CONTENT);
        old.put(key, facts("src/A.java", "old"));
        // same key file name, but written under another namespace: as if a name collided or was copied
        ContentCache other = ContentCache.open(tmp.resolve("c"), "v2");

        assertThat(other.get(key)).isNull();
        assertThat(old.get(key)).isEqualTo(facts("src/A.java", "old"));
    }

    @Test
    void anEntryOfAnotherFactsVersionIsIgnoredAndRecomputed() throws IOException {
        // as if written by a build whose facts model differed (another fingerprint)
        ContentCache old = ContentCache.open(tmp.resolve("c"), "facts-cbor/" + FactsFormat.FORMAT + " 0123456789abcdef",
                "v1");
        FactsCache.Key oldKey = old.key("src/A.java", CONTENT);
        old.put(oldKey, facts("src/A.java", "old"));
        assertThat(old.get(oldKey)).isEqualTo(facts("src/A.java", "old"));

        ContentCache current = ContentCache.open(tmp.resolve("c"), "v1");
        FactsCache.Key key = current.key("src/A.java", CONTENT);
        assertThat(key).as("the version is part of the key").isNotEqualTo(oldKey);
        assertThat(current.get(key)).isNull();
        // and an old entry found under the current key (a copied folder, a collision) is not read either
        Path oldEntry = entries(tmp.resolve("c")).get(0);
        Path entry = tmp.resolve("c").resolve(key.hex().substring(0, 2)).resolve(key.hex().substring(2) + ".bin");
        Files.createDirectories(entry.getParent());
        Files.copy(oldEntry, entry);
        assertThat(current.get(key)).isNull();
        assertThat(current.misses()).isEqualTo(2);

        current.put(key, facts("src/A.java", "new"));
        assertThat(current.get(key)).isEqualTo(facts("src/A.java", "new"));
    }

    @Test
    void anEntryWithAValidChecksumOverGarbageIsIgnoredWithoutAnException() throws IOException {
        ContentCache cache = ContentCache.open(tmp.resolve("c"), "v1");
        FactsCache.Key key = cache.key("src/A.java", CONTENT);
        cache.put(key, new JavaFileExtractor().extract("src/A.java", new String(CONTENT, StandardCharsets.UTF_8)));
        Path entry = entries(tmp.resolve("c")).get(0);
        byte[] good = Files.readAllBytes(entry);
        int body = new String(good, StandardCharsets.ISO_8859_1).indexOf("v1\n") + 3 + 4;
        java.util.Random random = new java.util.Random(7);
        for (int i = 0; i < 300; i++) {
            // the stored facts with one byte changed, or cut short, each under a checksum that fits
            byte[] facts = Arrays.copyOfRange(good, body, i % 3 == 0 ? body + random.nextInt(good.length - body)
                    : good.length);
            if (i % 3 != 0) {
                facts[random.nextInt(facts.length)] = (byte) random.nextInt(256);
            }
            CRC32 crc = new CRC32();
            crc.update(facts);
            Files.write(entry, ByteBuffer.allocate(body + facts.length).put(good, 0, body - 4)
                    .putInt((int) crc.getValue()).put(facts).array());
            // null, or facts when the change is one the records accept (a letter of a name): never an exception
            cache.get(key);
        }
        assertThat(cache.misses()).isPositive();
    }

    @Test
    void aPlantedEntryIsNeverDeserialised() throws IOException {
        ContentCache cache = ContentCache.open(tmp.resolve("c"), "v1");
        FactsCache.Key key = cache.key("src/A.java", CONTENT);
        cache.put(key, facts("src/A.java", "x"));
        Path entry = entries(tmp.resolve("c")).get(0);
        // the entry's own header (magic and namespace lines), then a valid checksum over a serialised object
        String text = new String(Files.readAllBytes(entry), StandardCharsets.ISO_8859_1);
        byte[] header = text.substring(0, text.indexOf('\n', text.indexOf('\n') + 1) + 1)
                .getBytes(StandardCharsets.ISO_8859_1);
        ByteArrayOutputStream serialised = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(serialised)) {
            out.writeObject(new java.util.ArrayList<>(List.of("planted")));
        }
        CRC32 crc = new CRC32();
        crc.update(serialised.toByteArray());
        Files.write(entry, ByteBuffer.allocate(header.length + 4 + serialised.size()).put(header)
                .putInt((int) crc.getValue()).put(serialised.toByteArray()).array());

        assertThat(cache.get(key)).isNull();
    }

    @Test
    void anEntryWithAFlippedBitIsNotTrusted() throws IOException {
        ContentCache cache = ContentCache.open(tmp.resolve("c"), "v1");
        FactsCache.Key key = cache.key("src/A.java", CONTENT);
        cache.put(key, facts("src/A.java", "GET /api/v2/metrics"));
        Path entry = entries(tmp.resolve("c")).get(0);
        byte[] bytes = Files.readAllBytes(entry);
        // in the note's text: still a well-formed record, only the checksum tells
        int at = new String(bytes, StandardCharsets.ISO_8859_1).indexOf("metrics");
        bytes[at] ^= 0x01;
        Files.write(entry, bytes);

        assertThat(cache.get(key)).isNull();
    }

    @Test
    void aFolderThatCannotBeWrittenTurnsTheCacheOffWithANote() throws IOException {
        Path blocker = Files.writeString(tmp.resolve("not-a-folder"), "x");
        ContentCache cache = ContentCache.open(blocker.resolve("cache"), "v1");

        assertThat(cache.enabled()).isFalse();
        assertThat(cache.note()).startsWith("cache off: cannot write").contains("not-a-folder");
        FactsCache.Key key = cache.key("src/A.java", CONTENT);
        cache.put(key, facts("src/A.java", ""));
        assertThat(cache.get(key)).isNull();
    }

    @Test
    void theFolderIgnoresItselfForGit() {
        ContentCache.open(tmp.resolve("c"), "v1");
        assertThat(tmp.resolve("c/.gitignore")).content().contains("*");
    }

    @Test
    void parallelWritersOfTheSameEntryLeaveAWholeEntry() throws Exception {
        ContentCache cache = ContentCache.open(tmp.resolve("c"), "v1");
        FactsCache.Key key = cache.key("src/A.java", CONTENT);
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            Thread t = new Thread(() -> {
                for (int j = 0; j < 50; j++) {
                    cache.put(key, facts("src/A.java", "same"));
                }
            });
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) {
            t.join();
        }
        assertThat(cache.get(key)).isEqualTo(facts("src/A.java", "same"));
        assertThat(entries(tmp.resolve("c"))).hasSize(1);
    }
}
