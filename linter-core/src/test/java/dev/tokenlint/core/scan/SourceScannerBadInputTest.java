package dev.tokenlint.core.scan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tokenlint.core.catalog.Operation;
import dev.tokenlint.core.catalog.PermissionCatalog;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 11's bad input for the value flow: shapes of code that could make linking explode or loop.
 * Each scan must end with the calls it can resolve and an unresolved call for the rest, never by
 * dropping a call or failing the scan. (How fast is for the benchmarks; these check what comes out.)
 */
class SourceScannerBadInputTest {

    private static final PermissionCatalog CATALOG = new PermissionCatalog("test", List.of(), List.of(
            op("POST", "/api/v2/metrics/ingest", "metrics.ingest"),
            op("GET", "/api/v2/problems", "problems.read"),
            op("GET", "/api/v2/entities/{entityId}", "entities.read"),
            op("GET", "/api/v2/slo", "slo.read")));

    @TempDir
    Path root;

    private static Operation op(String method, String path, String... scopes) {
        return new Operation(method, path, "/api/v2", List.of(scopes), false, false, "", "", null, "test");
    }

    private void write(String rel, String text) throws IOException {
        Path p = root.resolve(rel);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text, StandardCharsets.UTF_8);
    }

    private CodeFacts scan() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.walk(root)) {
            files = s.filter(Files::isRegularFile).sorted().toList();
        }
        return new SourceScanner(CATALOG).scan(root, files);
    }

    private static Set<String> endpoints(CodeFacts facts) {
        return facts.calls().stream().map(SourceScannerBadInputTest::operation)
                .collect(Collectors.toCollection(java.util.TreeSet::new));
    }

    /** The catalog operation a call matched, or its endpoint when it matched none. */
    private static String operation(ApiCall c) {
        return c.operation() == null ? c.endpoint() : c.operation().method() + " " + c.operation().path();
    }

    @Test
    void aGeneratedClientOfAHundredThousandLinesIsReadWholeWithEveryOperation() throws IOException {
        int operations = 2_500;
        StringBuilder src = new StringBuilder("""
                package com.acme.gen;
                import java.net.URI;
                import java.net.http.HttpRequest;
                public class EntitiesApi {
                    private final String basePath = "https://acme.live.dynatrace.com/api/v2";
                """);
        for (int i = 0; i < operations; i++) {
            src.append("    /**\n");
            for (int line = 0; line < 27; line++) {
                src.append("     * Operation ").append(i).append(", documentation line ").append(line).append(".\n");
            }
            src.append("     */\n")
                    .append("    public HttpRequest.Builder getEntity").append(i).append("(String entityId) {\n")
                    .append("        if (entityId == null) {\n")
                    .append("            throw new IllegalArgumentException(\"entityId\");\n")
                    .append("        }\n")
                    .append("        String localVarPath = \"/entities/{entityId}\".replace(\"{entityId}\", entityId);\n")
                    .append("        HttpRequest.Builder b = HttpRequest.newBuilder();\n")
                    .append("        b.uri(URI.create(basePath + localVarPath));\n")
                    .append("        b.header(\"Accept\", \"application/json\");\n")
                    .append("        b.method(\"GET\", HttpRequest.BodyPublishers.noBody());\n")
                    .append("        return b;\n")
                    .append("    }\n\n");
        }
        src.append("}\n");
        assertThat(src.chars().filter(c -> c == '\n').count()).isGreaterThan(100_000);
        write("src/com/acme/gen/EntitiesApi.java", src.toString());

        CodeFacts facts = scan();

        assertThat(facts.problems()).isEmpty();
        assertThat(facts.calls()).hasSize(operations)
                .allSatisfy(c -> assertThat(operation(c)).isEqualTo("GET /api/v2/entities/{entityId}"));
    }

    @Test
    void aFieldAssignedInTenPlacesGivesOneCallPerAssignedPath() throws IOException {
        String[] paths = {"/api/v2/problems", "/api/v2/slo", "/api/v2/entities/HOST-1"};
        StringBuilder setters = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            setters.append("    void use").append(i).append("() { requestUrl = base + \"")
                    .append(paths[i % paths.length]).append("\"; }\n");
        }
        write("src/com/acme/Reader.java", """
                package com.acme;
                import org.apache.http.client.methods.HttpGet;
                class Reader {
                    private final String base = System.getenv("DT_URL");
                    private String requestUrl;
                %s
                    HttpGet send() {
                        return new HttpGet(requestUrl);
                    }
                }
                """.formatted(setters));

        CodeFacts facts = scan();

        assertThat(endpoints(facts)).containsExactly("GET /api/v2/entities/{entityId}", "GET /api/v2/problems",
                "GET /api/v2/slo");
    }

    @Test
    void aGenericFactoryWithNoConcreteTypeAtAnyCallSiteEndsWithoutACall() throws IOException {
        write("src/com/acme/Factory.java", """
                package com.acme;
                import retrofit2.Retrofit;
                class Factory {
                    private final Retrofit retrofit = new Retrofit.Builder()
                            .baseUrl("https://acme.live.dynatrace.com/api/v2/").build();
                    <S> S create(Class<S> type) {
                        return retrofit.create(type);
                    }
                    <S> S again(Class<S> type) {
                        return create(type);
                    }
                }
                """);

        CodeFacts facts = scan();

        assertThat(facts.problems()).isEmpty();
        assertThat(facts.calls()).isEmpty();
    }

    @Test
    void aChainOfFortyWrappersEndsAtTheCallerThatGivesThePath() throws IOException {
        int depth = 40;
        write("src/com/acme/W0.java", """
                package com.acme;
                import org.apache.http.client.methods.HttpGet;
                class W0 {
                    private final String token = System.getenv("DT_API_TOKEN");
                    HttpGet call(String path) {
                        HttpGet get = new HttpGet(System.getenv("DT_URL") + path);
                        get.setHeader("Authorization", "Api-Token " + token);
                        return get;
                    }
                }
                """);
        for (int i = 1; i < depth; i++) {
            write("src/com/acme/W" + i + ".java", """
                    package com.acme;
                    class W%d {
                        Object call(String path) {
                            return new W%d().call(path);
                        }
                    }
                    """.formatted(i, i - 1));
        }
        write("src/com/acme/Job.java", """
                package com.acme;
                class Job {
                    Object run() {
                        return new W%d().call("/api/v2/problems");
                    }
                }
                """.formatted(depth - 1));

        CodeFacts facts = scan();

        assertThat(facts.calls()).singleElement().satisfies(c -> {
            assertThat(operation(c)).isEqualTo("GET /api/v2/problems");
            assertThat(c.location().file()).isEqualTo("src/com/acme/Job.java");
        });
    }
}
