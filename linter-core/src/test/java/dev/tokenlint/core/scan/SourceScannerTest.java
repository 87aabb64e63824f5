package dev.tokenlint.core.scan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tokenlint.core.catalog.Operation;
import dev.tokenlint.core.catalog.PermissionCatalog;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scanner on small source trees written by each test, with a hand-built catalog. */
class SourceScannerTest {

    private static final PermissionCatalog CATALOG = new PermissionCatalog("test", List.of(), List.of(
            op("POST", "/api/v2/metrics/ingest", "metrics.ingest"),
            op("GET", "/api/v2/problems", "problems.read"),
            op("GET", "/api/v2/entities/{entityId}", "entities.read"),
            op("GET", "/api/v1/synthetic/monitors", "ExternalSyntheticIntegration", "DataExport", "ReadSyntheticData")));

    @TempDir
    Path root;

    private static Operation op(String method, String path, String... scopes) {
        return new Operation(method, path, path.startsWith("/api/v1") ? "/api/v1" : "/api/v2", List.of(scopes), false,
                false, "", "", null, "test");
    }

    /** A fake token of the documented shape, built here so no token-shaped string sits in the sources. */
    private static String fakeToken() {
        return "dt0c01." + "A".repeat(12) + "B".repeat(12) + "." + "Z9".repeat(32);
    }

    private Path write(String rel, String text) throws IOException {
        Path p = root.resolve(rel);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    private CodeFacts scan() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.walk(root)) {
            files = s.filter(Files::isRegularFile).toList();
        }
        return new SourceScanner(CATALOG).scan(root, files);
    }

    @Test
    void findsACallWithItsOperationLocationAndClass() throws IOException {
        write("src/com/acme/Push.java", """
                package com.acme;
                import org.apache.http.client.methods.HttpPost;
                class Push {
                    HttpPost post(String dynatraceUrl) {
                        return new HttpPost(dynatraceUrl + "/api/v2/metrics/ingest");
                    }
                }
                """);
        CodeFacts facts = scan();
        assertThat(facts.calls()).singleElement().satisfies(c -> {
            assertThat(c.endpoint()).isEqualTo("POST /api/v2/metrics/ingest");
            assertThat(c.operation().scopes()).containsExactly("metrics.ingest");
            assertThat(c.location().toString()).isEqualTo("src/com/acme/Push.java:5:16");
            assertThat(c.className()).isEqualTo("com.acme.Push");
            assertThat(c.client()).isEqualTo("apache-httpclient");
            assertThat(c.resolution()).isEqualTo(Resolution.CONCATENATION);
        });
    }

    @Test
    void keepsOnlyThePublicIdOfATokenLiteralAndNeverTheSecret() throws IOException {
        String token = fakeToken();
        write("src/Secrets.java", "class Secrets {\n    static final String T = \"" + token + "\";\n}\n");
        CodeFacts facts = scan();
        assertThat(facts.tokenLiterals()).singleElement().satisfies(t -> {
            assertThat(t.publicId()).isEqualTo("dt0c01.AAAAAAAAAAAABBBBBBBBBBBB");
            assertThat(t.location().line()).isEqualTo(2);
            assertThat(t.location().column()).isEqualTo(30);
        });
        assertThat(facts.toString()).doesNotContain(token.substring(token.lastIndexOf('.') + 1));
    }

    @Test
    void aTokenInsideAUrlOrAHeaderNeverReachesTheFacts() throws IOException {
        String token = fakeToken();
        String secret = token.substring(token.lastIndexOf('.') + 1);
        write("src/Leak.java", "import org.apache.http.client.methods.HttpGet;\n"
                + "class Leak {\n"
                + "    HttpGet a(String dynatraceEndpoint) {\n"
                + "        HttpGet g = new HttpGet(dynatraceEndpoint + \"/x/" + token + "?Api-Token=" + token + "\");\n"
                + "        g.setHeader(\"Authorization\", \"" + token + "\");\n"
                + "        return g;\n    }\n"
                + "    HttpGet b(String dynatraceUrl) {\n"
                + "        return new HttpGet(dynatraceUrl + \"/api/v2/entities/" + token + "\");\n    }\n}\n");
        CodeFacts facts = scan();
        assertThat(facts.calls()).extracting(ApiCall::resolution)
                .containsExactly(Resolution.UNRESOLVED, Resolution.CONCATENATION);
        assertThat(facts.tokenLiterals()).hasSize(4);
        assertThat(facts.toString()).doesNotContain(secret);
    }

    @Test
    void reportsATokenPassedAsQueryParameter() throws IOException {
        write("src/Q.java", """
                class Q {
                    String u(String dynatraceUrl, String t) {
                        return dynatraceUrl + "/api/v2/problems?Api-Token=" + t;
                    }
                }
                """);
        assertThat(scan().tokensInUrls()).singleElement().satisfies(t -> {
            assertThat(t.parameter()).isEqualTo("Api-Token");
            assertThat(t.location().line()).isEqualTo(3);
        });
    }

    @Test
    void readsTheAuthorizationRealmNextToDynatraceCallsOnly() throws IOException {
        write("src/Dt.java", """
                import java.net.URI;
                import java.net.http.HttpRequest;
                class Dt {
                    static final String REALM = "Bearer ";
                    HttpRequest a(String dynatraceUrl, String token) {
                        return HttpRequest.newBuilder(URI.create(dynatraceUrl + "/api/v2/problems"))
                                .header("Authorization", "Api-Token " + token).build();
                    }
                    HttpRequest b(String dynatraceUrl, String token) {
                        return HttpRequest.newBuilder(URI.create(dynatraceUrl + "/api/v2/problems"))
                                .header("Authorization", REALM + token).build();
                    }
                }
                """);
        write("src/Gh.java", """
                import java.net.URI;
                import java.net.http.HttpRequest;
                class Gh {
                    HttpRequest a(String token) {
                        return HttpRequest.newBuilder(URI.create("https://api.github.com/user"))
                                .header("Authorization", "Bearer " + token).build();
                    }
                }
                """);
        CodeFacts facts = scan();
        assertThat(facts.authHeaders()).extracting(h -> h.realm() + "@" + h.location().file() + ":" + h.location().line())
                .containsExactly("Api-Token@src/Dt.java:7", "Bearer@src/Dt.java:11");
    }

    @Test
    void readsEnvironmentVariablesPropertiesAndValueAnnotations() throws IOException {
        write("src/com/acme/Env.java", """
                package com.acme;
                class Env {
                    static final String VAR = "DT_METRICS_TOKEN";
                    @Value("${dynatrace.api-token:}")
                    String fromSpring;
                    String a = System.getenv(VAR);
                    String b = System.getProperty("dt.url");
                    String url() { return System.getenv("DT_URL") + "/api/v2/problems"; }
                }
                """);
        assertThat(scan().envReads()).extracting(e -> e.name() + " " + e.className())
                .containsExactly("dynatrace.api-token com.acme.Env", "DT_METRICS_TOKEN com.acme.Env",
                        "dt.url com.acme.Env", "DT_URL com.acme.Env");
    }

    @Test
    void recordsSuppressionsOnClassesAndMethodsWithTheirLineRanges() throws IOException {
        write("src/S.java", """
                @SuppressWarnings("tokenlint:unbound-call")
                class S {
                    @SuppressWarnings({"unchecked", "tokenlint:missing-scope", "tokenlint:unused-scope"})
                    void m() {
                    }
                    @SuppressWarnings("tokenlint")
                    void all() {
                    }
                }
                """);
        List<SuppressedRegion> regions = scan().suppressedRegions();
        assertThat(regions).extracting(r -> r.startLine() + "-" + r.endLine() + " " + new java.util.TreeSet<>(r.rules()))
                .containsExactly("1-9 [unbound-call]", "3-5 [missing-scope, unused-scope]", "6-8 [all]");
        assertThat(regions.get(1).covers("missing-scope", "src/S.java", 4)).isTrue();
        assertThat(regions.get(1).covers("missing-scope", "src/S.java", 6)).isFalse();
    }

    @Test
    void aSyntaxErrorIsAProblemAndTheOtherFilesAreStillScanned() throws IOException {
        write("src/Bad.java", "class Bad {\n    String u = \"/api/v2/problems\" +;\n}\n");
        write("src/Good.java", """
                class Good {
                    Object g(org.springframework.web.client.RestTemplate rest, String dynatraceUrl) {
                        return rest.getForObject(dynatraceUrl + "/api/v2/problems", Object.class);
                    }
                }
                """);
        CodeFacts facts = scan();
        assertThat(facts.problems()).singleElement().satisfies(p -> {
            assertThat(p.location().file()).isEqualTo("src/Bad.java");
            assertThat(p.location().line()).isEqualTo(2);
            assertThat(p.kind()).isEqualTo("source");
        });
        assertThat(facts.calls()).extracting(ApiCall::endpoint).containsExactly("GET /api/v2/problems");
    }

    @Test
    void aNonUtf8FileIsAProblemAtItsFirstBadByte() throws IOException {
        Path p = root.resolve("src/Latin.java");
        Files.createDirectories(p.getParent());
        Files.write(p, "class Latin {\n  // caf\u00e9 dynatrace\n}\n".getBytes(StandardCharsets.ISO_8859_1));
        assertThat(scan().problems()).singleElement().satisfies(pr -> {
            assertThat(pr.location().toString()).isEqualTo("src/Latin.java:2:9");
            assertThat(pr.message()).contains("UTF-8");
        });
    }

    @Test
    void deeplyNestedExpressionsDoNotOverflowTheStack() throws IOException {
        int depth = 3000;
        String nested = "(".repeat(depth) + "dynatraceUrl + \"/api/v2/problems\"" + ")".repeat(depth);
        StringBuilder sum = new StringBuilder("\"x\"");
        for (int i = 0; i < 5000; i++) {
            sum.append(" + \"x\"");
        }
        write("src/Deep.java", "class Deep {\n    String s = " + sum + ";\n"
                + "    Object m(org.springframework.web.client.RestTemplate rest, String dynatraceUrl) {\n"
                + "        return rest.getForObject(" + nested + ", Object.class);\n    }\n}\n");
        CodeFacts facts = scan();
        assertThat(facts.problems()).isEmpty();
        assertThat(facts.calls()).extracting(ApiCall::endpoint).containsExactly("GET /api/v2/problems");
    }

    @Test
    void aFiftyThousandLineGeneratedFileIsScanned() throws IOException {
        StringBuilder sb = new StringBuilder("package gen;\nclass Generated {\n");
        for (int i = 0; i < 49_990; i++) {
            sb.append("    static final String C").append(i).append(" = \"id-").append(i).append("\";\n");
        }
        sb.append("    Object m(org.springframework.web.client.RestTemplate rest, String dynatraceUrl) {\n")
                .append("        return rest.getForObject(dynatraceUrl + \"/api/v2/entities/\" + C7, Object.class);\n")
                .append("    }\n}\n");
        write("src/gen/Generated.java", sb.toString());
        CodeFacts facts = scan();
        assertThat(facts.problems()).isEmpty();
        assertThat(facts.calls()).singleElement().satisfies(c -> {
            assertThat(c.path()).isEqualTo("/api/v2/entities/id-7");
            assertThat(c.location().line()).isEqualTo(49_994);
        });
    }

    @Test
    void onlyFilesThePrefilterAcceptsAreParsedPlusTheFilesOfConstantsTheyUse() throws IOException {
        write("src/a/Plain.java", "package a;\nclass Plain { int x = 1; }\n");
        write("src/a/Segments.java", "package a;\npublic final class Segments {\n"
                + "    public static final String PROBLEMS = \"problems\";\n}\n");
        write("src/a/Caller.java", """
                package a;
                class Caller {
                    Object g(org.springframework.web.client.RestTemplate rest, String dynatraceUrl) {
                        return rest.getForObject(dynatraceUrl + "/api/v2/" + Segments.PROBLEMS, Object.class);
                    }
                }
                """);
        CodeFacts facts = scan();
        assertThat(facts.filesScanned()).isEqualTo(3);
        assertThat(facts.filesParsed()).isEqualTo(2);
        assertThat(facts.calls()).singleElement().satisfies(c -> {
            assertThat(c.endpoint()).isEqualTo("GET /api/v2/problems");
            assertThat(c.resolution()).isEqualTo(Resolution.CROSS_FILE_CONSTANT);
        });
    }

    /** A wrapper whose URL is its parameter appended to a base read at run time. */
    private static final String GATEWAY = """
            package w;
            public class Gateway {
                private final org.springframework.web.client.RestTemplate rest = null;
                private final String base = System.getenv("DT_URL");
                public Object read(String path) {
                    return rest.getForObject(base + path, Object.class);
                }
            }
            """;

    @Test
    void aCallerOfAWrapperIsParsedEvenWhenItsTextHasNoMarker() throws IOException {
        write("src/w/Gateway.java", GATEWAY);
        write("src/w/Names.java", "package w;\nfinal class Names {\n    static final String P = \"/api/v2/problems\";\n}\n");
        write("src/w/Job.java", """
                package w;
                class Job {
                    private final Gateway gateway = new Gateway();
                    Object run() {
                        return gateway.read(Names.P);
                    }
                }
                """);
        write("src/w/Unrelated.java", "package w;\nclass Unrelated { int n; }\n");
        CodeFacts facts = scan();
        assertThat(facts.calls()).singleElement().satisfies(c -> {
            assertThat(c.endpoint()).isEqualTo("GET /api/v2/problems");
            assertThat(c.location().toString()).isEqualTo("src/w/Job.java:5:24");
            // Job reads no variable, Gateway reads DT_URL: the call binds through the wrapper's class
            assertThat(c.className()).isEqualTo("w.Gateway");
            assertThat(c.resolution()).isEqualTo(Resolution.CROSS_FILE_CONSTANT);
            // reported where the path is handed in; the wrapper's client use is where the request is sent
            assertThat(c.related()).singleElement().satisfies(r -> {
                assertThat(r.location().toString()).isEqualTo("src/w/Gateway.java:6:21");
                assertThat(r.note()).isEqualTo("the request is sent here (spring-resttemplate), in Gateway.read");
            });
        });
        assertThat(facts.filesParsed()).isEqualTo(3);
        assertThat(facts.explained()).isEmpty();
    }

    @Test
    void explainingAFileTellsHowItWasReadAndWhatBecameOfEachClientUse() throws IOException {
        write("src/w/Gateway.java", GATEWAY);
        write("src/w/Job.java", "package w;\nclass Job {\n    Object run(Gateway g) {\n"
                + "        return g.read(\"/api/v2/problems\");\n    }\n}\n");
        write("src/w/Unrelated.java", "package w;\nclass Unrelated { int n; }\n");
        List<Path> files;
        try (Stream<Path> s = Files.walk(root)) {
            files = s.filter(Files::isRegularFile).toList();
        }
        CodeFacts facts = new SourceScanner(CATALOG).explaining(java.util.Set.of("src/w/Gateway.java",
                "src/w/Unrelated.java")).scan(root, files);

        assertThat(facts.explained()).extracting(ExplainedFile::file)
                .containsExactly("src/w/Gateway.java", "src/w/Unrelated.java");
        ExplainedFile gateway = facts.explained().get(0);
        assertThat(gateway.read()).isEqualTo("parsed; 1 client use(s) recognised");
        assertThat(gateway.traces()).extracting(t -> t.location().toString())
                .containsExactly("src/w/Gateway.java:6:21", "src/w/Job.java:4:18");
        assertThat(gateway.traces().get(0).verdict()).startsWith("the URL takes parameter(s) [path] of Gateway.read");
        assertThat(gateway.traces().get(0).call()).isNull();
        CallTrace atCaller = gateway.traces().get(1);
        assertThat(atCaller.url()).isEqualTo("{getenv}/api/v2/problems");
        assertThat(atCaller.call()).isEqualTo(facts.calls().get(0));
        assertThat(atCaller.verdict()).isEqualTo("a call GET /api/v2/problems, matched to the catalog operation"
                + " GET /api/v2/problems [problems.read]");
        assertThat(facts.explained().get(1).read()).startsWith("holds no HTTP client");
        assertThat(facts.explained().get(1).traces()).isEmpty();
    }

    @Test
    void feignHeadersAnnotationGivesTheRealm() throws IOException {
        write("src/f/Api.java", """
                package f;
                import feign.Headers;
                import feign.RequestLine;
                /** Dynatrace problems. */
                @Headers({"Accept: application/json", "Authorization: Bearer {token}"})
                interface Api {
                    @RequestLine("GET /api/v2/problems")
                    String problems();
                }
                """);
        CodeFacts facts = scan();
        assertThat(facts.calls()).extracting(ApiCall::endpoint).containsExactly("GET /api/v2/problems");
        assertThat(facts.authHeaders()).extracting(AuthHeader::realm).containsExactly("Bearer");
    }

    @Test
    void springBootRegistrySettingsAreACallAndAnEnvReadOfTheirFile() throws IOException {
        write("src/main/resources/application.yml", """
                management:
                  dynatrace:
                    metrics:
                      export:
                        uri: https://abc12345.live.dynatrace.com/api/v2/metrics/ingest
                        api-token: ${DT_METRICS_TOKEN}
                """);
        CodeFacts facts = scan();
        assertThat(facts.calls()).singleElement().satisfies(c -> {
            assertThat(c.endpoint()).isEqualTo("POST /api/v2/metrics/ingest");
            assertThat(c.resolution()).isEqualTo(Resolution.CONFIGURATION);
            assertThat(c.location().toString()).isEqualTo("src/main/resources/application.yml:5:9");
            assertThat(c.className()).isEqualTo("src/main/resources/application.yml");
        });
        assertThat(facts.envReads()).extracting(e -> e.name() + " " + e.className())
                .containsExactly("DT_METRICS_TOKEN src/main/resources/application.yml");
    }

    @Test
    void anEmptySourceTreeGivesNoFactsAndNoProblems() {
        CodeFacts facts = new SourceScanner(CATALOG).scan(root, List.of());
        assertThat(facts.calls()).isEmpty();
        assertThat(facts.problems()).isEmpty();
        assertThat(facts.filesScanned()).isZero();
    }

    @Test
    void resultsDoNotDependOnTheOrderFilesAreGivenIn() throws IOException {
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            files.add(write("src/p/C" + i + ".java", "package p;\nclass C" + i + " {\n"
                    + "  Object g(org.springframework.web.client.RestTemplate rest, String dynatraceUrl) {\n"
                    + "    return rest.getForObject(dynatraceUrl + \"/api/v2/problems\", Object.class);\n  }\n}\n"));
        }
        CodeFacts forward = new SourceScanner(CATALOG).scan(root, files);
        List<Path> reversed = new ArrayList<>(files);
        java.util.Collections.reverse(reversed);
        CodeFacts backward = new SourceScanner(CATALOG).scan(root, reversed);
        assertThat(forward.calls()).hasSize(20).isEqualTo(backward.calls());
    }

    private static final String CLIENT_ONLY_CALLER = """
            package com.acme.jobs;
            import org.springframework.web.client.RestTemplate;
            class Report {
                private final RestTemplate rest = new RestTemplate();
                Object problems(String tenant) {
                    return rest.getForObject(tenant + com.acme.Paths.PROBLEMS, Object.class);
                }
            }
            """;

    @Test
    void filesThatOnlyUseAClientAreNotParsedWhileNoFileNamesAPathOrDynatrace() throws IOException {
        write("src/com/acme/jobs/Report.java", CLIENT_ONLY_CALLER);
        // a syntax error in such a file is not looked at either: nothing there can be a Dynatrace call
        write("src/com/acme/jobs/Broken.java", "package com.acme.jobs;\nimport java.net.http.HttpClient;\nclass Broken {");
        write("src/com/acme/Plain.java", "package com.acme;\nclass Plain {}\n");

        CodeFacts facts = scan();
        assertThat(facts.calls()).isEmpty();
        assertThat(facts.problems()).isEmpty();
        assertThat(facts.filesParsed()).isZero();
        assertThat(facts.filesScanned()).isEqualTo(3);
    }

    @Test
    void aJavaFileThatCannotBeReadIsNoReasonToParseClientOnlyFiles() throws IOException {
        write("src/com/acme/jobs/Report.java", CLIENT_ONLY_CALLER);
        Path latin1 = root.resolve("src/com/acme/Legacy.java");
        Files.write(latin1, "package com.acme;\n// Gr\u00fc\u00dfe\nclass Legacy {}\n".getBytes(StandardCharsets.ISO_8859_1));

        CodeFacts facts = scan();
        assertThat(facts.problems()).singleElement().satisfies(p -> {
            assertThat(p.location().file()).isEqualTo("src/com/acme/Legacy.java");
            assertThat(p.message()).contains("not valid UTF-8");
        });
        assertThat(facts.filesParsed()).isZero();
    }

    @Test
    void onceAFileNamesAPathTheFilesThatOnlyUseAClientAreParsed() throws IOException {
        write("src/com/acme/jobs/Report.java", CLIENT_ONLY_CALLER);
        write("src/com/acme/jobs/Broken.java", "package com.acme.jobs;\nimport java.net.http.HttpClient;\nclass Broken {");
        write("src/com/acme/Paths.java", """
                package com.acme;
                public final class Paths {
                    public static final String PROBLEMS = "/api/v2/problems";
                }
                """);

        CodeFacts facts = scan();
        assertThat(facts.calls()).singleElement().satisfies(c -> {
            assertThat(c.location().file()).isEqualTo("src/com/acme/jobs/Report.java");
            assertThat(c.endpoint()).isEqualTo("GET /api/v2/problems");
        });
        assertThat(facts.problems()).singleElement()
                .satisfies(p -> assertThat(p.location().file()).isEqualTo("src/com/acme/jobs/Broken.java"));
        assertThat(facts.filesParsed()).isEqualTo(2);
    }
}
