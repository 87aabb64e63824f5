package dev.tokenlint.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tokenlint.core.catalog.Operation;
import dev.tokenlint.core.catalog.PermissionCatalog;
import dev.tokenlint.core.scan.FileFactsReader;
import dev.tokenlint.core.scan.KnownFiles;
import dev.tokenlint.core.scan.java.FileFacts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The engine with files known from an earlier run: the config's source selection applies to them too. */
class LintEngineKnownFilesTest {

    private static final String CALLER = """
            package gen;
            class Job {
                private final org.springframework.web.client.RestTemplate rest = null;
                Object run(String tenant) {
                    return rest.getForObject(tenant + w.Names.P, Object.class);
                }
            }
            """;

    @TempDir
    Path root;

    private final LintEngine engine = new LintEngine(new RuleRegistry(List.of()), new PermissionCatalog("test",
            List.of(), List.of(new Operation("GET", "/api/v2/problems", "/api/v2", List.of("problems.read"), false,
                    false, "", "", null, "test"))));

    /** Known files holding only the facts of one client-only file, {@code gen/Job.java}. */
    private KnownFiles clientOnlyJob() {
        FileFacts job = new FileFactsReader().read("gen/Job.java", CALLER, true).orElseThrow();
        return new KnownFiles() {
            @Override
            public Path folder() {
                return root;
            }

            @Override
            public Map<String, FileFacts> parsed() {
                return Map.of();
            }

            @Override
            public Map<String, FileFacts> clientOnly() {
                return Map.of("gen/Job.java", job);
            }

            @Override
            public Collection<String> skipped() {
                return List.of();
            }

            @Override
            public void materialise(Collection<String> files) {
                throw new AssertionError("nothing to write: " + files);
            }

            @Override
            public Set<String> mayMention(Collection<String> files, Set<String> names) {
                return Set.of();
            }

            @Override
            public void recordRead(Path file, FileFacts facts, boolean clientOnly) {
                // nothing kept
            }
        };
    }

    private List<String> callFiles(String config) throws IOException {
        Files.writeString(root.resolve("tokenlint.yaml"), config);
        Files.createDirectories(root.resolve("w"));
        Files.writeString(root.resolve("w/Names.java"),
                "package w;\n/** Dynatrace API paths. */\npublic final class Names {\n"
                        + "    public static final String P = \"/api/v2/problems\";\n}\n");
        LintRequest request = new LintRequest(root, root.resolve("tokenlint.yaml"), List.of(),
                LocalDate.of(2026, 11, 28), null, false, List.of());
        return engine.withKnownFiles(clientOnlyJob()).run(request).facts().calls().stream()
                .map(c -> c.location().file()).toList();
    }

    @Test
    void aRecalledClientOnlyFileCountsWhenTheSourcesIncludeIt() throws IOException {
        assertThat(callFiles("tokens: []\n")).containsExactly("gen/Job.java");
    }

    @Test
    void aRecalledClientOnlyFileTheSourcesExcludeIsLeftOut() throws IOException {
        assertThat(callFiles("tokens: []\nsources:\n  exclude: [\"gen/**\"]\n")).isEmpty();
    }
}
