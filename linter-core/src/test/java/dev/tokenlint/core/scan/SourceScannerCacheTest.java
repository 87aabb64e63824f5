package dev.tokenlint.core.scan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tokenlint.core.cache.ContentCache;
import dev.tokenlint.core.catalog.Operation;
import dev.tokenlint.core.catalog.PermissionCatalog;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scanner with the per-file cache: warm, cold, damaged and absent caches give the same facts. */
class SourceScannerCacheTest {

    private static final PermissionCatalog CATALOG = new PermissionCatalog("test", List.of(), List.of(
            new Operation("GET", "/api/v2/problems", "/api/v2", List.of("problems.read"), false, false, "", "", null,
                    "test"),
            new Operation("POST", "/api/v2/metrics/ingest", "/api/v2", List.of("metrics.ingest"), false, false, "", "",
                    null, "test")));

    @TempDir
    Path tmp;

    private Path root;

    private void write(String rel, String text) throws IOException {
        Path p = root.resolve(rel);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text, StandardCharsets.UTF_8);
    }

    private List<Path> files() throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(Files::isRegularFile).sorted().toList();
        }
    }

    private CodeFacts scan(FactsCache cache) throws IOException {
        return new SourceScanner(CATALOG, cache, ScanProgress.none()).scan(root, files());
    }

    private void sources() throws IOException {
        root = tmp.resolve("src");
        write("com/acme/Paths.java", """
                package com.acme;
                public final class Paths {
                    public static final String PROBLEMS = "/api/v2/problems";
                }
                """);
        write("com/acme/Poller.java", """
                package com.acme;
                import java.net.URI;
                import java.net.http.HttpRequest;
                class Poller {
                    HttpRequest poll(String token) {
                        return HttpRequest.newBuilder(URI.create("https://abc123.live.dynatrace.com" + Paths.PROBLEMS))
                                .header("Authorization", "Api-Token " + token).GET().build();
                    }
                }
                """);
        write("com/acme/Plain.java", "package com.acme;\nclass Plain { int twice(int v) { return 2 * v; } }\n");
    }

    @Test
    void coldWarmAndNoCacheGiveTheSameFacts() throws IOException {
        sources();
        CodeFacts none = scan(FactsCache.none());
        ContentCache cold = ContentCache.open(tmp.resolve("cache"), "test");
        CodeFacts first = scan(cold);
        ContentCache warm = ContentCache.open(tmp.resolve("cache"), "test");
        CodeFacts second = scan(warm);

        assertThat(none.calls()).hasSize(1);
        assertThat(first).isEqualTo(none);
        assertThat(second).isEqualTo(none);
        assertThat(cold.hits()).isZero();
        assertThat(warm.hits()).as("the two parsed files come from the cache").isEqualTo(2);
    }

    @Test
    void aChangedFileIsReadAgainAndTheOthersComeFromTheCache() throws IOException {
        sources();
        scan(ContentCache.open(tmp.resolve("cache"), "test"));
        write("com/acme/Paths.java", """
                package com.acme;
                public final class Paths {
                    public static final String PROBLEMS = "/api/v2/metrics/ingest";
                }
                """);

        ContentCache warm = ContentCache.open(tmp.resolve("cache"), "test");
        CodeFacts facts = scan(warm);

        assertThat(facts).isEqualTo(scan(FactsCache.none()));
        assertThat(facts.calls()).singleElement().satisfies(c -> assertThat(c.path()).isEqualTo("/api/v2/metrics/ingest"));
        assertThat(warm.hits()).isEqualTo(1);
    }

    @Test
    void theCacheOfTheExampleProjectReadsBackEqualToAFreshRead() throws IOException {
        // a copy, so whatever else lies in the example's folder (its own cache from other runs) does not count
        Path example = Path.of("../examples/acme-observability").toAbsolutePath().normalize();
        assertThat(example.resolve("pom.xml")).exists();
        root = tmp.resolve("example");
        for (String part : List.of("src", "tokens", "tokenlint.yaml")) {
            try (Stream<Path> s = Files.walk(example.resolve(part))) {
                for (Path p : s.filter(Files::isRegularFile).toList()) {
                    Path copy = root.resolve(example.relativize(p).toString());
                    Files.createDirectories(copy.getParent());
                    Files.copy(p, copy);
                }
            }
        }
        Path folder = tmp.resolve("cache");
        scan(ContentCache.open(folder, "test"));
        long stored;
        try (Stream<Path> s = Files.walk(folder)) {
            stored = s.filter(p -> p.toString().endsWith(".bin")).count();
        }

        ContentCache warm = ContentCache.open(folder, "test");
        FileFactsReader reader = new FileFactsReader();
        int compared = 0;
        for (Path file : files()) {
            String rel = root.relativize(file).toString().replace('\\', '/');
            byte[] bytes = Files.readAllBytes(file);
            dev.tokenlint.core.scan.java.FileFacts cached = warm.get(warm.key(rel, bytes));
            if (cached != null) {
                assertThat(cached).as(rel).isEqualTo(
                        reader.read(rel, new String(bytes, StandardCharsets.UTF_8), true).orElseThrow());
                compared++;
            }
        }
        assertThat(stored).isGreaterThan(5);
        assertThat(compared).as("every entry of the cache folder").isEqualTo(stored);
    }

    @Test
    void damagedEntriesAreRebuiltNotTrusted() throws IOException {
        sources();
        scan(ContentCache.open(tmp.resolve("cache"), "test"));
        try (Stream<Path> s = Files.walk(tmp.resolve("cache"))) {
            for (Path entry : s.filter(p -> p.toString().endsWith(".bin")).toList()) {
                Files.write(entry, new byte[] {1, 2, 3});
            }
        }

        ContentCache damaged = ContentCache.open(tmp.resolve("cache"), "test");
        assertThat(scan(damaged)).isEqualTo(scan(FactsCache.none()));
        assertThat(damaged.hits()).isZero();
        ContentCache rebuilt = ContentCache.open(tmp.resolve("cache"), "test");
        scan(rebuilt);
        assertThat(rebuilt.hits()).isEqualTo(2);
    }

    @Test
    void progressCountsEveryFile() throws IOException {
        sources();
        AtomicInteger done = new AtomicInteger();
        ScanProgress counting = new ScanProgress() {
            @Override
            public void started(int files) {
            }

            @Override
            public void fileDone() {
                done.incrementAndGet();
            }

            @Override
            public void finished() {
            }
        };
        new SourceScanner(CATALOG, FactsCache.none(), counting).scan(root, files());
        assertThat(done.get()).isEqualTo(3);
    }
}
