package dev.tokenlint.core.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContentCacheTest {

    @TempDir
    Path tmp;

    private static final byte[] CONTENT = "class A { String p = \"/api/v2/metrics\"; }".getBytes(StandardCharsets.UTF_8);

    /** A value of the kind the scanner stores: a record of tokenlint with lists of strings. */
    record Facts(String file, List<String> calls) implements java.io.Serializable {
    }

    private List<Path> entries(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(p -> p.toString().endsWith(".bin")).toList();
        }
    }

    @Test
    void storesAndFindsByPathAndContent() {
        ContentCache cache = ContentCache.open(tmp.resolve("c"), "v1");
        PerFileCache.Key key = cache.key("src/A.java", CONTENT);
        assertThat(cache.get(key, Facts.class)).isNull();

        cache.put(key, new Facts("src/A.java", List.of("GET /api/v2/metrics")));

        ContentCache again = ContentCache.open(tmp.resolve("c"), "v1");
        assertThat(again.get(again.key("src/A.java", CONTENT), Facts.class))
                .isEqualTo(new Facts("src/A.java", List.of("GET /api/v2/metrics")));
        assertThat(again.hits()).isEqualTo(1);
    }

    @Test
    void keyChangesWithContentPathAndVersion() {
        ContentCache v1 = ContentCache.open(tmp.resolve("c"), "v1");
        ContentCache v2 = ContentCache.open(tmp.resolve("c"), "v2");
        PerFileCache.Key k = v1.key("src/A.java", CONTENT);

        assertThat(v1.key("src/B.java", CONTENT)).isNotEqualTo(k);
        assertThat(v1.key("src/A.java", "class A {}".getBytes(StandardCharsets.UTF_8))).isNotEqualTo(k);
        assertThat(v2.key("src/A.java", CONTENT)).isNotEqualTo(k);
        assertThat(v1.key("src/A.java", CONTENT)).isEqualTo(k);
    }

    @Test
    void aCorruptEntryIsIgnoredAndRewritten() throws IOException {
        ContentCache cache = ContentCache.open(tmp.resolve("c"), "v1");
        PerFileCache.Key key = cache.key("src/A.java", CONTENT);
        cache.put(key, new Facts("src/A.java", List.of("x")));
        Path entry = entries(tmp.resolve("c")).get(0);
        byte[] bytes = Files.readAllBytes(entry);
        Files.write(entry, java.util.Arrays.copyOf(bytes, bytes.length - 7));

        assertThat(cache.get(key, Facts.class)).isNull();
        cache.put(key, new Facts("src/A.java", List.of("y")));
        assertThat(cache.get(key, Facts.class)).isEqualTo(new Facts("src/A.java", List.of("y")));
    }

    @Test
    void anEntryOfAnotherVersionIsNotTrusted() throws IOException {
        ContentCache old = ContentCache.open(tmp.resolve("c"), "v1");
        PerFileCache.Key key = old.key("src/A.java", CONTENT);
        old.put(key, new Facts("src/A.java", List.of("old")));
        // same key file name, but written under another namespace: as if a name collided or was copied
        ContentCache other = ContentCache.open(tmp.resolve("c"), "v2");

        assertThat(other.get(key, Facts.class)).isNull();
        assertThat(old.get(key, String.class)).as("wrong type is a miss, not an exception").isNull();
    }

    @Test
    void classesOutsideTokenlintAndTheJdkCollectionsAreNeverDeserialised() {
        ContentCache cache = ContentCache.open(tmp.resolve("c"), "v1");
        PerFileCache.Key key = cache.key("src/A.java", CONTENT);
        cache.put(key, new File("/etc/passwd"));

        assertThat(cache.get(key, File.class)).isNull();
    }

    @Test
    void aFolderThatCannotBeWrittenTurnsTheCacheOffWithANote() throws IOException {
        Path blocker = Files.writeString(tmp.resolve("not-a-folder"), "x");
        ContentCache cache = ContentCache.open(blocker.resolve("cache"), "v1");

        assertThat(cache.enabled()).isFalse();
        assertThat(cache.note()).startsWith("cache off: cannot write").contains("not-a-folder");
        PerFileCache.Key key = cache.key("src/A.java", CONTENT);
        cache.put(key, new Facts("src/A.java", List.of()));
        assertThat(cache.get(key, Facts.class)).isNull();
    }

    @Test
    void theFolderIgnoresItselfForGit() {
        ContentCache.open(tmp.resolve("c"), "v1");
        assertThat(tmp.resolve("c/.gitignore")).content().contains("*");
    }

    @Test
    void parallelWritersOfTheSameEntryLeaveAWholeEntry() throws Exception {
        ContentCache cache = ContentCache.open(tmp.resolve("c"), "v1");
        PerFileCache.Key key = cache.key("src/A.java", CONTENT);
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            Thread t = new Thread(() -> {
                for (int j = 0; j < 50; j++) {
                    cache.put(key, new Facts("src/A.java", List.of("same")));
                }
            });
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) {
            t.join();
        }
        assertThat(cache.get(key, Facts.class)).isEqualTo(new Facts("src/A.java", List.of("same")));
        assertThat(entries(tmp.resolve("c"))).hasSize(1);
    }
}
