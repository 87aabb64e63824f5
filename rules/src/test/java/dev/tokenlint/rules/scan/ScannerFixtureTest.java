package dev.tokenlint.rules.scan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tokenlint.core.catalog.CatalogProvider;
import dev.tokenlint.core.catalog.Operation;
import dev.tokenlint.core.catalog.PermissionCatalog;
import dev.tokenlint.core.scan.ApiCall;
import dev.tokenlint.core.scan.CodeFacts;
import dev.tokenlint.core.scan.InputProblem;
import dev.tokenlint.core.scan.Resolution;
import dev.tokenlint.core.scan.SourceScanner;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs the source scanner on every fixture under {@code src/test/resources/scanner/} with the
 * bundled catalog and checks the calls it finds against the {@code expect:} comments written
 * in the fixtures: no call missed, no call extra, each on the right line. The syntax is
 * described in docs/scanner.md:
 *
 * <pre>
 * // expect: POST /api/v2/metrics/ingest [metrics.ingest] (literal)
 * </pre>
 *
 * {@code expect-next:} puts the expectation on the next line that is not an expectation comment
 * (for {@code .properties} files, where a trailing comment would be part of the value), and
 * {@code expect-problem: text} expects an input problem on that line whose message contains the
 * text. A fixture is a single file or a directory whose files are scanned together.
 */
class ScannerFixtureTest {

    /** {@code expect:} (this line) or {@code expect-next:} (the next line), up to the next one or the line's end. */
    private static final Pattern EXPECT = Pattern.compile(
            "expect(-next|-problem)?:\\s*(.*?)\\s*(?=expect(?:-next|-problem)?:|$)");

    /** Marks an expected or found input problem among the calls of a line. */
    private static final String PROBLEM = "problem: ";

    private static PermissionCatalog catalog;

    @BeforeAll
    static void loadCatalog() {
        List<CatalogProvider> providers = new ArrayList<>();
        ServiceLoader.load(CatalogProvider.class).forEach(providers::add);
        assertThat(providers).as("a bundled catalog registered as CatalogProvider").isNotEmpty();
        catalog = providers.get(0).load();
    }

    @TestFactory
    Stream<DynamicTest> everyFixtureFindsExactlyTheExpectedCalls() throws IOException {
        Path base = fixturesRoot();
        List<Path> fixtures;
        try (Stream<Path> s = Files.list(base)) {
            fixtures = s.sorted().toList();
        }
        return fixtures.stream().map(f -> DynamicTest.dynamicTest(base.relativize(f).toString(), () -> check(f)));
    }

    @Test
    void thereAreAtLeastSixtyFixtureFiles() throws IOException {
        try (Stream<Path> s = Files.walk(fixturesRoot())) {
            assertThat(s.filter(Files::isRegularFile).count()).isGreaterThanOrEqualTo(60);
        }
    }

    private static Path fixturesRoot() {
        try {
            return Path.of(ScannerFixtureTest.class.getResource("/scanner").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void check(Path fixture) throws IOException {
        Path root = Files.isDirectory(fixture) ? fixture : fixture.getParent();
        List<Path> files;
        if (Files.isDirectory(fixture)) {
            try (Stream<Path> s = Files.walk(fixture)) {
                files = s.filter(Files::isRegularFile).sorted().toList();
            }
        } else {
            files = List.of(fixture);
        }
        Map<String, List<String>> expected = new TreeMap<>();
        for (Path f : files) {
            readExpectations(root, f, expected);
        }
        CodeFacts facts = new SourceScanner(catalog).scan(root, files);
        Map<String, List<String>> actual = new TreeMap<>();
        for (ApiCall c : facts.calls()) {
            actual.computeIfAbsent(c.location().file() + ":" + c.location().line(), k -> new ArrayList<>())
                    .add(render(c));
        }
        for (InputProblem p : facts.problems()) {
            int line = Math.max(1, p.location().line());
            actual.computeIfAbsent(p.location().file() + ":" + line, k -> new ArrayList<>())
                    .add(PROBLEM + p.message());
        }
        List<String> mismatches = new ArrayList<>();
        TreeMap<String, Boolean> lines = new TreeMap<>();
        expected.keySet().forEach(k -> lines.put(k, true));
        actual.keySet().forEach(k -> lines.put(k, true));
        for (String line : lines.keySet()) {
            List<String> want = new ArrayList<>(expected.getOrDefault(line, List.of()));
            List<String> got = new ArrayList<>(actual.getOrDefault(line, List.of()));
            List<String> unmatched = new ArrayList<>();
            for (String w : want) {
                String hit = got.stream().filter(g -> matches(w, g)).findFirst().orElse(null);
                if (hit == null) {
                    unmatched.add(w);
                } else {
                    got.remove(hit);
                }
            }
            for (String w : unmatched) {
                mismatches.add(line + ": missed   " + w + (got.isEmpty() ? "" : "   (found " + got + ")"));
            }
            if (unmatched.isEmpty()) {
                for (String g : got) {
                    mismatches.add(line + ": extra    " + g);
                }
            }
        }
        assertThat(mismatches).as("calls and problems of fixture " + fixture.getFileName())
                .isEmpty();
    }

    /** An expectation without a {@code (resolution)} accepts any resolution. */
    private static boolean matches(String want, String got) {
        if (want.startsWith(PROBLEM) || got.startsWith(PROBLEM)) {
            return want.startsWith(PROBLEM) && got.startsWith(PROBLEM) && got.contains(want.substring(PROBLEM.length()));
        }
        if (want.endsWith(")")) {
            return want.equals(got);
        }
        return got.substring(0, got.lastIndexOf(" (")).equals(want);
    }

    /** {@code METHOD path [scopes] (resolution)}, the way fixtures write a call. */
    static String render(ApiCall c) {
        String method = c.method() == null ? "?" : c.method();
        if (c.resolution() == Resolution.UNRESOLVED) {
            return method + " <unresolved> (unresolved)";
        }
        Operation op = c.operation();
        String scopes;
        String path;
        if (op == null) {
            path = c.path();
            scopes = "[no-operation]";
        } else {
            path = op.path();
            scopes = op.anyScope() ? "[any]" : op.scopes().isEmpty() ? "[none]" : "[" + String.join(", ", op.scopes()) + "]";
        }
        return method + " " + path + " " + scopes + " (" + c.resolution().id() + ")";
    }

    private static boolean isExpectationComment(String line) {
        String t = line.strip();
        return (t.startsWith("#") || t.startsWith("//")) && t.contains("expect");
    }

    private static void readExpectations(Path root, Path file, Map<String, List<String>> out) {
        List<String> lines;
        try {
            // Latin-1 reads every byte: expectations are ASCII, and a deliberately non-UTF-8 fixture has some too.
            lines = Files.readAllLines(file, StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            return; // a deliberately unreadable fixture holds no expectations
        } catch (UncheckedIOException e) {
            return;
        }
        String shown = root.relativize(file).toString().replace('\\', '/');
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = EXPECT.matcher(lines.get(i));
            while (m.find()) {
                int line = i + 1;
                if ("-problem".equals(m.group(1))) {
                    String text = m.group(2).replaceAll("\\s*(\\*/|-->)\\s*$", "").strip();
                    out.computeIfAbsent(shown + ":" + (i + 1), k -> new ArrayList<>()).add(PROBLEM + text);
                    continue;
                }
                if (m.group(1) != null) {
                    // the next line that is not itself an expectation comment
                    line = i + 2;
                    while (line <= lines.size() && isExpectationComment(lines.get(line - 1))) {
                        line++;
                    }
                }
                String text = m.group(2).replaceAll("\\s*(\\*/|-->)\\s*$", "").strip();
                if (!text.isEmpty()) {
                    out.computeIfAbsent(shown + ":" + line, k -> new ArrayList<>()).add(text);
                }
            }
        }
    }
}
