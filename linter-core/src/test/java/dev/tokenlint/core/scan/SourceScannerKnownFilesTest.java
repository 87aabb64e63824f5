package dev.tokenlint.core.scan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tokenlint.core.cache.ContentCache;
import dev.tokenlint.core.catalog.Operation;
import dev.tokenlint.core.catalog.PermissionCatalog;
import dev.tokenlint.core.scan.java.FileFacts;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scanner with files it does not read: recorded phase-1 results stand in for them exactly. */
class SourceScannerKnownFilesTest {

    private static final PermissionCatalog CATALOG = new PermissionCatalog("test", List.of(), List.of(
            new Operation("GET", "/api/v2/problems", "/api/v2", List.of("problems.read"), false, false, "", "", null,
                    "test")));

    @TempDir
    Path tmp;

    private final Map<Path, String> texts = new HashMap<>();

    private void write(Path root, String rel, String text) throws IOException {
        Path p = root.resolve(rel);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text, StandardCharsets.UTF_8);
        texts.put(p, text);
    }

    private static List<Path> files(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(Files::isRegularFile).sorted().toList();
        }
    }

    /** What phase 1 gave for a file: its facts, or null when the prefilter skipped it; whether it only uses a client. */
    private record Seen(FileFacts facts, boolean clientOnly) {
    }

    /** Records what the scanner read; later holds those files off disk and writes them back on demand. */
    private final class Recorder implements KnownFiles {
        final Path root;
        final Map<Path, Seen> recorded = new ConcurrentHashMap<>();
        final Map<Path, Seen> known = new HashMap<>();
        final Set<Path> written = new TreeSet<>();

        Recorder(Path root) {
            this.root = root;
        }

        private String relative(Path p) {
            return root.relativize(p).toString().replace('\\', '/');
        }

        @Override
        public Path folder() {
            return root;
        }

        @Override
        public Map<String, FileFacts> parsed() {
            return facts(false);
        }

        @Override
        public Map<String, FileFacts> clientOnly() {
            return facts(true);
        }

        private Map<String, FileFacts> facts(boolean clientOnly) {
            Map<String, FileFacts> out = new HashMap<>();
            known.forEach((p, seen) -> {
                if (seen.facts() != null && seen.clientOnly() == clientOnly) {
                    out.put(relative(p), seen.facts());
                }
            });
            return out;
        }

        @Override
        public Collection<String> skipped() {
            return known.entrySet().stream().filter(e -> e.getValue().facts() == null).map(e -> relative(e.getKey()))
                    .toList();
        }

        @Override
        public void materialise(Collection<String> files) {
            for (String rel : files) {
                Path f = root.resolve(rel);
                try {
                    Files.writeString(f, texts.get(f), StandardCharsets.UTF_8);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                written.add(f);
            }
        }

        @Override
        public Set<String> mayMention(Collection<String> files, Set<String> names) {
            return files.stream().filter(f -> names.stream().anyMatch(n -> texts.get(root.resolve(f)).contains(n)))
                    .collect(Collectors.toSet());
        }

        @Override
        public void recordRead(Path file, FileFacts facts, boolean clientOnly) {
            recorded.put(file, new Seen(facts, clientOnly));
        }
    }

    @Test
    void unreadFilesGiveTheFactsOfAFullScanAndOnlyNeededOnesAreWritten() throws IOException {
        Path root = tmp.resolve("src");
        write(root, "w/Gateway.java", """
                package w;
                public class Gateway {
                    private final org.springframework.web.client.RestTemplate rest = null;
                    public Object read(String path) {
                        return rest.getForObject("https://abc.live.dynatrace.com" + path, Object.class);
                    }
                }
                """);
        write(root, "w/Names.java", "package w;\nfinal class Names {\n    static final String P = \"/api/v2/problems\";\n}\n");
        write(root, "w/Job.java", """
                package w;
                class Job {
                    Object run() {
                        return new Gateway().read(Names.P);
                    }
                }
                """);
        for (int i = 0; i < 4; i++) {
            write(root, "w/Plain" + i + ".java", "package w;\nclass Plain" + i + " { int n; }\n");
        }
        CodeFacts full = new SourceScanner(CATALOG).scan(root, files(root));
        assertThat(full.calls()).singleElement().satisfies(c -> assertThat(c.location().file()).isEqualTo("w/Job.java"));

        ContentCache cache = ContentCache.open(tmp.resolve("cache"), "test");
        Recorder first = new Recorder(root);
        assertThat(new SourceScanner(CATALOG, cache, ScanProgress.none()).scan(root, files(root), first)).isEqualTo(full);
        assertThat(first.recorded).hasSize(7);
        assertThat(first.recorded.get(root.resolve("w/Plain0.java"))).isEqualTo(new Seen(null, false));

        // every file but Names.java is off disk; its recorded result stands in for it
        Recorder second = new Recorder(root);
        first.recorded.forEach((file, k) -> {
            if (!file.endsWith("Names.java")) {
                second.known.put(file, k);
            }
        });
        for (Path f : second.known.keySet()) {
            Files.delete(f);
        }
        CodeFacts warm = new SourceScanner(CATALOG, cache, ScanProgress.none())
                .scan(root, List.of(root.resolve("w/Names.java")), second);
        assertThat(warm).isEqualTo(full);
        // Job.java mentions the wrapper, so its text is needed; the plain files stay unread
        assertThat(second.written).containsExactly(root.resolve("w/Job.java"));
    }

    @Test
    void recordedFactsOfFilesThatOnlyUseAClientCountExactlyWhenAFullScanWouldParseThem() throws IOException {
        Path root = tmp.resolve("client-only");
        write(root, "w/Names.java", "package w;\nfinal class Names {\n    static final String P = \"/api/v2/problems\";\n}\n");
        write(root, "w/Job.java", """
                package w;
                class Job {
                    private final org.springframework.web.client.RestTemplate rest = null;
                    Object run(String tenant) {
                        return rest.getForObject(tenant + Names.P, Object.class);
                    }
                }
                """);
        write(root, "w/Broken.java", "package w;\nimport java.net.http.HttpClient;\nclass Broken {");
        CodeFacts full = new SourceScanner(CATALOG).scan(root, files(root));
        assertThat(full.calls()).singleElement().satisfies(c -> assertThat(c.location().file()).isEqualTo("w/Job.java"));

        Recorder first = new Recorder(root);
        assertThat(new SourceScanner(CATALOG).scan(root, files(root), first)).isEqualTo(full);
        assertThat(first.recorded.get(root.resolve("w/Job.java")).clientOnly()).isTrue();
        assertThat(first.recorded.get(root.resolve("w/Names.java")).clientOnly()).isFalse();

        // all recalled: the client-only facts stand in for the files, with the path file's facts
        Recorder warm = new Recorder(root);
        warm.known.putAll(first.recorded);
        assertThat(new SourceScanner(CATALOG).scan(root, List.of(), warm)).isEqualTo(full);

        // without the file that names a path, a full scan parses no client-only file: nor does a warm one
        Files.delete(root.resolve("w/Names.java"));
        CodeFacts fullWithout = new SourceScanner(CATALOG).scan(root, files(root));
        assertThat(fullWithout.calls()).isEmpty();
        assertThat(fullWithout.problems()).isEmpty();
        Recorder warmWithout = new Recorder(root);
        first.recorded.forEach((file, seen) -> {
            if (!file.endsWith("Names.java")) {
                warmWithout.known.put(file, seen);
            }
        });
        assertThat(new SourceScanner(CATALOG).scan(root, List.of(), warmWithout)).isEqualTo(fullWithout);
    }
}
