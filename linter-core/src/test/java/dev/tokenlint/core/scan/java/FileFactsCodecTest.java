package dev.tokenlint.core.scan.java;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.tokenlint.core.input.Location;
import dev.tokenlint.core.scan.FileFactsReader;
import dev.tokenlint.core.scan.InputProblem;
import dev.tokenlint.core.scan.SuppressedRegion;
import dev.tokenlint.core.scan.TokenInUrl;
import dev.tokenlint.core.scan.TokenLiteral;
import dev.tokenlint.core.scan.java.FileFacts.CallKind;
import dev.tokenlint.core.scan.java.FileFacts.CallSite;
import dev.tokenlint.core.scan.java.FileFacts.ConstantDef;
import dev.tokenlint.core.scan.java.FileFacts.EnvSite;
import dev.tokenlint.core.scan.java.FileFacts.HeaderSite;
import dev.tokenlint.core.scan.java.FileFacts.Invocation;
import dev.tokenlint.core.scan.java.FileFacts.RetrofitBase;
import dev.tokenlint.core.scan.java.FileFacts.TypeInfo;
import dev.tokenlint.core.scan.java.FileFacts.TypeKind;
import dev.tokenlint.core.scan.java.StrExpr.Concat;
import dev.tokenlint.core.scan.java.StrExpr.EnumAccess;
import dev.tokenlint.core.scan.java.StrExpr.Format;
import dev.tokenlint.core.scan.java.StrExpr.Hole;
import dev.tokenlint.core.scan.java.StrExpr.Lit;
import dev.tokenlint.core.scan.java.StrExpr.Ref;
import dev.tokenlint.core.scan.java.StrExpr.Resolve;
import dev.tokenlint.core.scan.java.StrExpr.Scoped;
import dev.tokenlint.core.scan.java.clients.ClientId;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The binary form of phase-1 facts: every value survives it, and no damaged input is taken for facts. */
class FileFactsCodecTest {

    /** Obviously fake, of the right shape, built here so no token is written in a source file. */
    private static final String FAKE_TOKEN = "dt0c01." + "FAKE".repeat(6) + "." + "NOTASECRET00".repeat(5) + "ABCD";

    /** Sources that between them give every kind of fact the extractor makes. */
    private static Map<String, String> sources() {
        Map<String, String> s = new LinkedHashMap<>();
        s.put("src/main/java/com/acme/dt/DynatraceClient.java", """
                package com.acme.dt;

                import java.io.IOException;
                import org.apache.http.client.methods.HttpGet;
                import org.apache.http.impl.client.CloseableHttpClient;
                import org.apache.http.impl.client.HttpClients;
                import static com.acme.dt.Paths.PROBLEMS;

                /** In-house wrapper around the Dynatrace API: callers pass the path. */
                public class DynatraceClient {
                    private final CloseableHttpClient http = HttpClients.createDefault();
                    private final String baseUrl = System.getenv("DT_URL");
                    private final String token = System.getProperty("dt.token");

                    public String get(String path) throws IOException {
                        HttpGet get = new HttpGet(baseUrl + path);
                        get.setHeader("Authorization", "Api-Token " + token);
                        return http.execute(get, r -> "");
                    }

                    @SuppressWarnings({"tokenlint:unresolved-call", "tokenlint:scope-sprawl", "unchecked"})
                    HttpGet anything(String url) {
                        return new HttpGet(url);
                    }

                    @SuppressWarnings("tokenlint")
                    HttpGet legacy() {
                        return new HttpGet("https://abc12345.live.dynatrace.com/api/v1/entity?Api-Token=%s");
                    }
                }
                """);
        s.put("src/main/java/com/acme/dt/Paths.java", """
                package com.acme.dt;

                import java.net.URI;
                import java.net.http.HttpRequest;
                import java.text.MessageFormat;

                public final class Paths {
                    public static final String API = "/api/v2";
                    public static final String PROBLEMS = API + "/problems";
                    static final String TEMPLATE = "{0}/api/v{1}/metrics/{2}";
                    static final char SLASH = '/';
                    static final int VERSION = 2;
                    static final String LEAKED = "FAKE_TOKEN";

                    enum ApiVersion {
                        V1("api/v1/", 1), V2("api/v2/", 2);

                        private final String path;
                        private final int number;

                        ApiVersion(String path, int number) {
                            this.path = path;
                            this.number = number;
                        }

                        String path() {
                            return path;
                        }
                    }

                    record Tenant(String id) {
                    }

                    @interface Marker {
                    }

                    interface Named {
                        String name();
                    }

                    HttpRequest formatted(String host, String id) {
                        return HttpRequest.newBuilder(URI.create(String.format("https://%s/api/v2/problems/%s", host, id)))
                                .GET().build();
                    }

                    HttpRequest messageFormat(String host, String key) {
                        return HttpRequest.newBuilder(URI.create(MessageFormat.format(TEMPLATE, host, VERSION, key)))
                                .build();
                    }

                    HttpRequest resolved(URI base) {
                        return HttpRequest.newBuilder(base.resolve("api/v2/activeGates")).build();
                    }

                    HttpRequest built(String host, String selector) {
                        StringBuilder url = new StringBuilder("https://");
                        url.append(host).append(ApiVersion.V2.path()).append("metrics/query");
                        url.append("?metricSelector=").append(selector);
                        return HttpRequest.newBuilder(URI.create(url.toString())).build();
                    }
                }
                """.replace("FAKE_TOKEN", FAKE_TOKEN));
        s.put("src/main/java/com/acme/dt/HealthJob.java", """
                package com.acme.dt;

                class HealthJob {
                    private final DynatraceClient dynatrace = new DynatraceClient();

                    void run(String problemId) throws Exception {
                        dynatrace.get(PROBLEMS + "/" + problemId);
                        dynatrace.get(Paths.API + "/entities");
                        helper("/api/v2/slo", 3);
                    }

                    void helper(String path, int n) {
                    }
                }
                """);
        s.put("src/main/java/com/acme/dt/WebApps.java", """
                package com.acme.dt;

                import feign.Headers;
                import feign.RequestLine;

                @Headers("Authorization: Api-Token {token}")
                public interface WebApps {
                    @RequestLine("GET " + Paths.API + "/applications/web")
                    String list();
                }
                """);
        s.put("src/main/java/com/acme/dt/MetricsApi.java", """
                package com.acme.dt;

                import org.springframework.web.bind.annotation.PathVariable;
                import org.springframework.web.service.annotation.GetExchange;
                import org.springframework.web.service.annotation.HttpExchange;

                @HttpExchange("/api/v2/metrics")
                public interface MetricsApi {
                    @GetExchange("/{metricKey}")
                    String describe(@PathVariable String metricKey);
                }
                """);
        s.put("src/main/java/com/acme/dt/MetricsProxy.java", """
                package com.acme.dt;

                import javax.ws.rs.GET;
                import javax.ws.rs.Path;

                /** Used with a JAX-RS client proxy. */
                @Path("/api/v2/metrics")
                public interface MetricsProxy {
                    @GET
                    String list();
                }
                """);
        s.put("src/main/java/com/acme/dt/ServiceFactory.java", """
                package com.acme.dt;

                import org.springframework.beans.factory.annotation.Value;
                import org.springframework.web.client.RestTemplate;
                import retrofit2.Retrofit;

                public class ServiceFactory {
                    @Value("${dynatrace.url} ${DT_API_TOKEN}")
                    private String settings;

                    WebApps create(String tenantUrl) {
                        Retrofit retrofit = new Retrofit.Builder()
                                .baseUrl(tenantUrl + "/" + Paths.ApiVersion.V2.path())
                                .build();
                        return retrofit.create(WebApps.class);
                    }

                    void bearer(RestTemplate rest, org.springframework.http.HttpHeaders headers) {
                        headers.setBearerAuth(System.getenv("DT_TOKEN"));
                    }
                }
                """);
        s.put("src/main/java/com/acme/web/StatusController.java", """
                package com.acme.web;

                import org.springframework.web.bind.annotation.GetMapping;
                import org.springframework.web.bind.annotation.RestController;

                @RestController
                public class StatusController {
                    @GetMapping("/api/v2/status")
                    String status() {
                        return "ok";
                    }
                }
                """);
        s.put("src/main/java/com/acme/dt/Broken.java", """
                package com.acme.dt;

                class Broken {
                    void f( {
                }
                """);
        s.put("src/main/resources/application.properties", """
                management.dynatrace.metrics.export.uri=https://abc12345.live.dynatrace.com/api/v2/metrics/ingest
                management.dynatrace.metrics.export.api-token=${DT_METRICS_TOKEN}
                """);
        return s;
    }

    private static List<FileFacts> extracted() {
        FileFactsReader reader = new FileFactsReader();
        List<FileFacts> facts = new ArrayList<>();
        sources().forEach((file, text) -> facts.add(reader.read(file, text, true).orElseThrow()));
        return facts;
    }

    /** Values the extractor never makes: expressions of the link phase, nulls where records allow them. */
    private static FileFacts handMade() {
        Location at = new Location("src/É/Ünïcode.java", 3, 14);
        StrExpr deep = new Lit("/deep");
        for (int i = 0; i < 100; i++) {
            deep = new Concat(List.of(deep, new Hole("h" + (i % 3), i % 2 == 0)), i % 2 == 1);
        }
        return new FileFacts("src/É/Ünïcode.java", "", List.of(), List.of("a.B.*"),
                List.of(new TypeInfo("Ünïcode", "Ünïcode", null, List.of("Object"), false,
                        Map.of("a", 0, "b", -7, "c", Integer.MAX_VALUE, "d", Integer.MIN_VALUE))),
                List.of(new ConstantDef("Ünïcode", "X", null, List.of()),
                        new ConstantDef("Ünïcode", "Y", new Scoped("other/File.java", new Ref("Z")), List.of())),
                List.of(new CallSite(at, null, deep, new ClientId("jdk"), "Ünïcode", null, "", "", "", List.of()),
                        new CallSite(null, "GET", null, new ClientId("jdk"), null, CallKind.CONFIG, null, null, null, List.of()),
                        new CallSite(at, null, new StrExpr.Call("apiUrl", List.of(new Hole("host", true)), "", "apiUrl"),
                                ClientId.VERB_NAMED, "Ünïcode", CallKind.VERB, "Recv", "", "T#m/1", List.of("host"),
                                new Ref("method"), List.of(new FileFacts.Guard(new Ref("method"),
                                        List.of(new Lit("GET"), new Ref("C.POST")), true)))),
                List.of(new Invocation(at, "call", List.of(new Format(new Lit("%s"), List.of(), true),
                        new Resolve(new Lit("a"), new EnumAccess("E.A", "path"))), "", "", "", List.of("p", "q"))),
                List.of(new RetrofitBase("Api", null),
                        new RetrofitBase("createService/1", new Lit("https://x/api/v2/"), "ApiClient#set/2",
                                List.of("a", "b"), 0)),
                List.of(new HeaderSite(at, null, null, null, null, null)),
                List.of(new EnvSite(at, new Lit(""), "")),
                List.of(new TokenLiteral(at, "dt0c01.FAKEFAKEFAKEFAKEFAKEFAKE", true)),
                List.of(new TokenInUrl(at, "api-token")),
                List.of(new SuppressedRegion("src/É/Ünïcode.java", 0, -1, Set.of())),
                true, List.of(new InputProblem(Location.ofFile("x"), "line\nbreak \0 and \uD83D\uDE00", "source")),
                List.of(new FileFacts.FieldWrite("Wrapper", "requestUrl", new Concat(List.of(new Ref("baseUrl"),
                        new Hole("suffix", true)), false), "Wrapper#setRequestUrl/1", List.of("suffix"))),
                List.of(new FileFacts.MethodReturn("Urls", "apiUrl", List.of("host"),
                        new Concat(List.of(new Hole("host", true), new Lit("/api/v1/")), false))));
    }

    private static Stream<StrExpr> expressions(FileFacts f) {
        Stream<StrExpr> top = Stream.of(
                f.constants().stream().flatMap(c -> Stream.concat(Stream.of(c.value()), c.enumArgs().stream())),
                f.calls().stream().map(CallSite::url),
                f.invocations().stream().flatMap(i -> i.args().stream()),
                f.retrofitBases().stream().map(RetrofitBase::baseUrl),
                f.headers().stream().flatMap(h -> Stream.of(h.name(), h.value())),
                f.envReads().stream().map(EnvSite::name)).flatMap(Function.identity());
        return top.flatMap(FileFactsCodecTest::subtree);
    }

    private static Stream<StrExpr> subtree(StrExpr e) {
        if (e == null) {
            return Stream.empty();
        }
        Stream<StrExpr> children = Stream.empty();
        if (e instanceof Concat c) {
            children = c.parts().stream();
        } else if (e instanceof Format f) {
            children = Stream.concat(Stream.of(f.pattern()), f.args().stream());
        } else if (e instanceof Resolve r) {
            children = Stream.of(r.base(), r.ref());
        } else if (e instanceof Scoped s) {
            children = Stream.of(s.expr());
        }
        return Stream.concat(Stream.of(e), children.flatMap(FileFactsCodecTest::subtree));
    }

    @Test
    void theSourcesGiveEveryKindOfFact() {
        // so the round trips below cover the whole model: if the extractor changes, this says what went missing
        List<FileFacts> all = extracted();
        Set<Class<?>> kinds = new HashSet<>();
        all.stream().flatMap(FileFactsCodecTest::expressions).forEach(e -> kinds.add(e.getClass()));
        assertThat(kinds).contains(Lit.class, Ref.class, EnumAccess.class, Concat.class, Format.class, Resolve.class,
                Hole.class);
        assertThat(all.stream().flatMap(FileFactsCodecTest::expressions))
                .anySatisfy(e -> assertThat(e).isInstanceOfSatisfying(Concat.class,
                        c -> assertThat(c.builder()).isTrue()))
                .anySatisfy(e -> assertThat(e).isInstanceOfSatisfying(Format.class,
                        f -> assertThat(f.messageFormat()).isTrue()))
                .anySatisfy(e -> assertThat(e).isInstanceOfSatisfying(Hole.class, h -> assertThat(h.param()).isTrue()));
        assertThat(all.stream().flatMap(f -> f.types().stream()).map(TypeInfo::kind)).contains(TypeKind.values());
        assertThat(all.stream().flatMap(f -> f.types().stream())).anySatisfy(t -> assertThat(t.server()).isTrue())
                .anySatisfy(t -> assertThat(t.enumAccessors()).isNotEmpty());
        assertThat(all.stream().flatMap(f -> f.calls().stream()).map(CallSite::kind)).contains(CallKind.values());
        assertThat(all.stream().flatMap(f -> f.calls().stream()))
                .anySatisfy(c -> assertThat(c.implementableBy()).isNotEmpty());
        assertThat(all.stream().flatMap(f -> f.constants().stream()))
                .anySatisfy(c -> assertThat(c.enumArgs()).isNotEmpty());
        assertThat(all.stream().flatMap(f -> f.invocations().stream())).isNotEmpty();
        assertThat(all.stream().flatMap(f -> f.retrofitBases().stream())).isNotEmpty();
        assertThat(all.stream().flatMap(f -> f.headers().stream()))
                .anySatisfy(h -> assertThat(h.fixedRealm()).isNotNull())
                .anySatisfy(h -> assertThat(h.fixedRealm()).isNull());
        assertThat(all.stream().flatMap(f -> f.envReads().stream())).hasSizeGreaterThan(2);
        assertThat(all.stream().flatMap(f -> f.tokens().stream())).isNotEmpty();
        assertThat(all.stream().flatMap(f -> f.tokensInUrls().stream())).isNotEmpty();
        assertThat(all.stream().flatMap(f -> f.suppressions().stream()))
                .anySatisfy(r -> assertThat(r.rules()).containsExactlyInAnyOrder("unresolved-call", "scope-sprawl"))
                .anySatisfy(r -> assertThat(r.rules()).containsExactly("all"));
        assertThat(all.stream().flatMap(f -> f.problems().stream())).isNotEmpty();
        assertThat(all).anySatisfy(f -> assertThat(f.dynatraceMarker()).isTrue())
                .anySatisfy(f -> assertThat(f.dynatraceMarker()).isFalse());
        assertThat(all.stream().flatMap(f -> f.staticImports().stream())).isNotEmpty();
    }

    @Test
    void everyRecordSurvivesTheRoundTripUnchanged() throws IOException {
        List<FileFacts> all = new ArrayList<>(extracted());
        all.add(handMade());
        for (FileFacts facts : all) {
            byte[] bytes = FileFactsCodec.encode(facts);
            assertThat(FileFactsCodec.decode(bytes, 0, bytes.length)).as(facts.file()).isEqualTo(facts);
        }
    }

    @Test
    void oneStreamSharesItsStringsAcrossRecords() throws IOException {
        List<FileFacts> all = new ArrayList<>(extracted());
        all.add(handMade());
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        FileFactsCodec.Writer writer = new FileFactsCodec.Writer(new DataOutputStream(buf));
        int separately = 0;
        for (FileFacts f : all) {
            writer.write(f);
            separately += FileFactsCodec.encode(f).length;
        }
        byte[] bytes = buf.toByteArray();
        assertThat(bytes.length).isLessThan(separately);

        // through a plain DataInputStream as well as the array reader
        FileFactsCodec.Reader plain = new FileFactsCodec.Reader(new DataInputStream(new ByteArrayInputStream(bytes)));
        ByteArrayDataInput array = new ByteArrayDataInput(bytes, 0, bytes.length);
        FileFactsCodec.Reader fast = new FileFactsCodec.Reader(array);
        for (FileFacts f : all) {
            assertThat(plain.read()).isEqualTo(f);
            assertThat(fast.read()).isEqualTo(f);
        }
        assertThat(array.remaining()).isZero();
    }

    @Test
    void equalFactsGiveEqualBytes() throws IOException {
        // sets and maps are written sorted, whatever their iteration order in this JVM
        for (FileFacts facts : extracted()) {
            byte[] bytes = FileFactsCodec.encode(facts);
            FileFacts copy = FileFactsCodec.decode(bytes, 0, bytes.length);
            assertThat(FileFactsCodec.encode(copy)).isEqualTo(bytes);
        }
    }

    @Test
    void everyTruncationIsAnError() {
        byte[] bytes = FileFactsCodec.encode(extracted().get(1));
        for (int length = 0; length < bytes.length; length++) {
            int n = length;
            assertThatThrownBy(() -> FileFactsCodec.decode(bytes, 0, n)).as("first %d bytes", n)
                    .isInstanceOf(IOException.class);
        }
    }

    @Test
    void trailingBytesAreAnError() {
        byte[] bytes = FileFactsCodec.encode(extracted().get(0));
        byte[] longer = Arrays.copyOf(bytes, bytes.length + 1);
        assertThatThrownBy(() -> FileFactsCodec.decode(longer, 0, longer.length)).isInstanceOf(IOException.class)
                .hasMessageContaining("after the record");
    }

    @Test
    void damagedBytesGiveFactsOrAnIOExceptionButNothingElse() {
        // a cache checks its own checksum; the codec's part is never to fail otherwise, hang or allocate wildly
        List<byte[]> encoded = extracted().stream().map(FileFactsCodec::encode).toList();
        Random random = new Random(42);
        for (byte[] original : encoded) {
            for (int i = 0; i < original.length; i++) {
                byte[] damaged = original.clone();
                damaged[i] = (byte) random.nextInt(256);
                assertOnlyIOException(damaged);
            }
        }
        for (int i = 0; i < 2000; i++) {
            byte[] garbage = new byte[random.nextInt(200)];
            random.nextBytes(garbage);
            assertOnlyIOException(garbage);
        }
    }

    private static void assertOnlyIOException(byte[] bytes) {
        Throwable t = catchThrowable(() -> FileFactsCodec.decode(bytes, 0, bytes.length));
        if (t != null) {
            assertThat(t).isInstanceOf(IOException.class);
        }
    }

    @Test
    void anUnknownExpressionTagIsAnError() throws IOException {
        FileFacts facts = new FileFacts("A.java", "", List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(new RetrofitBase("Api", new Lit("x"))), List.of(), List.of(), List.of(), List.of(), List.of(),
                false, List.of());
        byte[] bytes = FileFactsCodec.encode(facts);
        // the Lit's tag follows the bytes of the interface name
        int tag = indexOf(bytes, "Api".getBytes(java.nio.charset.StandardCharsets.UTF_8)) + 3;
        assertThat(bytes[tag]).isEqualTo((byte) 1);
        bytes[tag] = 99;
        assertThatThrownBy(() -> FileFactsCodec.decode(bytes, 0, bytes.length)).isInstanceOf(IOException.class)
                .hasMessageContaining("unknown expression tag 99");
    }

    @Test
    void aStringIndexNotYetDefinedIsAnError() {
        // the file name: reference 5 with an empty table
        byte[] bytes = {5};
        assertThatThrownBy(() -> FileFactsCodec.decode(bytes, 0, bytes.length)).isInstanceOf(IOException.class)
                .hasMessageContaining("string 5 of 0");
    }

    @Test
    void hugeCountsAndLengthsAreRejectedBeforeAnythingIsAllocated() {
        // file name: new string of 2^31-1 bytes
        byte[] longString = {1, (byte) 0xff, (byte) 0xff, (byte) 0xff, (byte) 0xff, 0x07};
        assertThatThrownBy(() -> FileFactsCodec.decode(longString, 0, longString.length))
                .isInstanceOf(IOException.class).hasMessageContaining("bytes");
        // file "", package null, then an import count of 2^28
        byte[] manyImports = {1, 0, 0, (byte) 0x80, (byte) 0x80, (byte) 0x80, (byte) 0x80, 0x01};
        assertThatThrownBy(() -> FileFactsCodec.decode(manyImports, 0, manyImports.length))
                .isInstanceOf(IOException.class).hasMessageContaining("count");
        // a count just below the bound with nothing behind it: the input ends, no list of that size is made
        byte[] manyStaticImports = {1, 0, 0, 0, (byte) 0xff, (byte) 0xff, 0x3f};
        assertThatThrownBy(() -> FileFactsCodec.decode(manyStaticImports, 0, manyStaticImports.length))
                .isInstanceOf(java.io.EOFException.class);
    }

    @Test
    void nestingBeyondTheBoundIsRefusedWhenWrittenAndWhenRead() throws IOException {
        StrExpr deep = new Lit("x");
        for (int i = 0; i <= FileFactsCodec.MAX_DEPTH + 1; i++) {
            deep = new Resolve(deep, new Lit("y"));
        }
        FileFacts tooDeep = new FileFacts("A.java", "", List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(new RetrofitBase("Api", deep)), List.of(), List.of(), List.of(), List.of(),
                List.of(), false, List.of());
        assertThatThrownBy(() -> FileFactsCodec.encode(tooDeep)).isInstanceOf(IllegalArgumentException.class);

        // hand-made: a chain of Resolve tags whose first operand is always another Resolve
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        // file "A", no package, six empty lists, one Retrofit base: interface "Api", then its URL
        buf.writeBytes(new byte[] {1, 1, 'A', 0, 0, 0, 0, 0, 0, 0, 1, 2, 3, 'A', 'p', 'i'});
        for (int i = 0; i < 10_000; i++) {
            buf.write(6);
        }
        byte[] bytes = buf.toByteArray();
        assertThatThrownBy(() -> FileFactsCodec.decode(bytes, 0, bytes.length)).isInstanceOf(IOException.class)
                .hasMessageContaining("nested deeper");
    }

    @Test
    void valuesTheRecordsRejectAreAnError() throws IOException {
        FileFacts facts = FileFacts.problemsOnly("A.java",
                List.of(new InputProblem(new Location("A.java", 1, 1), "m", "source")));
        byte[] bytes = FileFactsCodec.encode(facts);
        // line 1, column 1, then the new string "m": the line becomes -1, five bytes long
        int line = indexOf(bytes, new byte[] {1, 1, 3, 1, 'm'});
        byte[] negative = new byte[bytes.length + 4];
        System.arraycopy(bytes, 0, negative, 0, line);
        negative[line] = (byte) 0xff;
        negative[line + 1] = (byte) 0xff;
        negative[line + 2] = (byte) 0xff;
        negative[line + 3] = (byte) 0xff;
        negative[line + 4] = 0x0f;
        System.arraycopy(bytes, line + 1, negative, line + 5, bytes.length - line - 1);
        assertThatThrownBy(() -> FileFactsCodec.decode(negative, 0, negative.length)).isInstanceOf(IOException.class)
                .hasMessageContaining("IllegalArgumentException");
    }

    @Test
    void aLoneSurrogateIsRefusedRatherThanChanged() {
        // UTF-8 cannot hold half a surrogate pair; a cache must not return facts that differ from a fresh read
        FileFacts facts = FileFacts.problemsOnly("A.java",
                List.of(new InputProblem(Location.ofFile("A.java"), "half \uD83D of a pair", "source")));
        assertThatThrownBy(() -> FileFactsCodec.encode(facts)).isInstanceOf(IllegalArgumentException.class);
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new AssertionError("not found");
    }
}
