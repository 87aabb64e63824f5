package dev.tokenlint.core.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.cbor.CBORFactory;
import com.fasterxml.jackson.dataformat.cbor.databind.CBORMapper;
import dev.tokenlint.core.input.Location;
import dev.tokenlint.core.scan.FileFactsReader;
import dev.tokenlint.core.scan.InputProblem;
import dev.tokenlint.core.scan.SuppressedRegion;
import dev.tokenlint.core.scan.TokenInUrl;
import dev.tokenlint.core.scan.TokenLiteral;
import dev.tokenlint.core.scan.java.FileFacts;
import dev.tokenlint.core.scan.java.FileFacts.CallKind;
import dev.tokenlint.core.scan.java.FileFacts.CallSite;
import dev.tokenlint.core.scan.java.FileFacts.ConstantDef;
import dev.tokenlint.core.scan.java.FileFacts.EnvSite;
import dev.tokenlint.core.scan.java.FileFacts.HeaderSite;
import dev.tokenlint.core.scan.java.FileFacts.Invocation;
import dev.tokenlint.core.scan.java.FileFacts.RetrofitBase;
import dev.tokenlint.core.scan.java.FileFacts.TypeInfo;
import dev.tokenlint.core.scan.java.FileFacts.TypeKind;
import dev.tokenlint.core.scan.java.MethodKey;
import dev.tokenlint.core.scan.java.StrExpr;
import dev.tokenlint.core.scan.java.StrExpr.Concat;
import dev.tokenlint.core.scan.java.StrExpr.EnumAccess;
import dev.tokenlint.core.scan.java.StrExpr.Format;
import dev.tokenlint.core.scan.java.StrExpr.Hole;
import dev.tokenlint.core.scan.java.StrExpr.Lit;
import dev.tokenlint.core.scan.java.StrExpr.Ref;
import dev.tokenlint.core.scan.java.StrExpr.Resolve;
import dev.tokenlint.core.scan.java.StrExpr.Scoped;
import dev.tokenlint.core.scan.java.clients.ClientId;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The stored form of phase-1 facts: every value of every kind survives it, the test data cover
 * every kind the model has (so a new kind or fact list fails here until it is covered), and no
 * damaged input is taken for facts.
 */
class FactsFormatTest {

    private static final FactsFormat FORMAT = FactsFormat.get();

    /** Obviously fake, of the right shape, built here so no token is written in a source file. */
    private static final String FAKE_TOKEN = "dt0c01." + "FAKE".repeat(6) + "." + "NOTASECRET00".repeat(5) + "ABCD";

    /** Sources that between them give every kind of fact the extractor makes. */
    private static Map<String, String> sources() {
        Map<String, String> s = new LinkedHashMap<>();
        s.put("src/main/java/com/acme/dt/DynatraceClient.java", """
                package com.acme.dt;

                import java.io.ByteArrayOutputStream;
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

                    HttpGet relative(java.net.URI base) {
                        return new HttpGet(base.getRawPath() + "/events");
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
                List.of(new CallSite(at, null, deep, new ClientId("jdk"), "Ünïcode", null, "", "", MethodKey.NONE, List.of()),
                        new CallSite(null, "GET", null, new ClientId("jdk"), null, CallKind.CONFIG, null, null, null, List.of()),
                        new CallSite(at, null, new StrExpr.Call("apiUrl", List.of(new Hole("host", true)), "", "apiUrl"),
                                ClientId.VERB_NAMED, "Ünïcode", CallKind.VERB, "Recv", "", new MethodKey("T", "m", 1), List.of("host"),
                                new Ref("method"), List.of(new FileFacts.Guard(new Ref("method"),
                                        List.of(new Lit("GET"), new Ref("C.POST")), true)))),
                List.of(new Invocation(at, "call", List.of(new Format(new Lit("%s"), List.of(), true),
                        new Resolve(new Lit("a"), new EnumAccess("E.A", "path")),
                        new StrExpr.UriPart(new Hole("baseUri", true), StrExpr.UriPart.Part.PATH),
                        new StrExpr.UriPart(new Lit("https://h:1/"), StrExpr.UriPart.Part.QUERY)),
                        "", "", MethodKey.NONE, List.of("p", "q")),
                        new Invocation(at, "open", List.of(new Hole("url", true)), "Connections", "a.B", new MethodKey("B", "m", 1),
                                List.of("url"), new Ref("POST"))),
                List.of(new RetrofitBase("Api", null),
                        new RetrofitBase("", new Lit("https://x/api/v2/"), new MethodKey("ApiClient", "set", 2),
                                List.of("a", "b"), new MethodKey("ApiClient", "createService", 1), 0)),
                List.of(new HeaderSite(at, null, null, null, null, null)),
                List.of(new EnvSite(at, new Lit(""), "")),
                List.of(new TokenLiteral(at, "dt0c01.FAKEFAKEFAKEFAKEFAKEFAKE", true)),
                List.of(new TokenInUrl(at, "api-token")),
                List.of(new SuppressedRegion("src/É/Ünïcode.java", 0, -1, Set.of())),
                true, List.of(new InputProblem(Location.ofFile("x"), "line\nbreak \0 and \uD83D\uDE00", "source")),
                List.of(new FileFacts.FieldWrite("Wrapper", "requestUrl", new Concat(List.of(new Ref("baseUrl"),
                        new Hole("suffix", true)), false), new MethodKey("Wrapper", "setRequestUrl", 1),
                        List.of("suffix"))),
                List.of(new FileFacts.MethodReturn("Urls", "apiUrl", List.of("host"),
                        new Concat(List.of(new Hole("host", true), new Lit("/api/v1/")), false))));
    }

    /** Every value reachable from {@code value} through record components, lists, sets and maps. */
    private static Stream<Object> reachable(Object value) {
        if (value == null) {
            return Stream.empty();
        }
        Stream<?> children = Stream.empty();
        if (value instanceof Record r) {
            children = Arrays.stream(r.getClass().getRecordComponents()).map(c -> component(r, c));
        } else if (value instanceof Collection<?> c) {
            children = c.stream();
        } else if (value instanceof Map<?, ?> m) {
            children = Stream.concat(m.keySet().stream(), m.values().stream());
        }
        return Stream.concat(Stream.of(value), children.flatMap(FactsFormatTest::reachable));
    }

    private static Object component(Record r, RecordComponent c) {
        try {
            return c.getAccessor().invoke(r);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    private static List<FileFacts> everything() {
        List<FileFacts> all = new ArrayList<>(extracted());
        all.add(handMade());
        return all;
    }

    private static byte[] encode(FileFacts facts) {
        return FORMAT.encode(facts);
    }

    private static FileFacts decode(byte[] bytes) throws IOException {
        return FORMAT.decode(bytes, 0, bytes.length);
    }

    @Test
    void theTestDataHoldEveryKindOfExpression() {
        // a new StrExpr kind fails here until the sources or handMade() make one, so the round trips cover it
        Set<Class<?>> kinds = everything().stream().flatMap(FactsFormatTest::reachable)
                .filter(StrExpr.class::isInstance).map(Object::getClass).collect(Collectors.toSet());
        assertThat(kinds).containsExactlyInAnyOrder(StrExpr.class.getPermittedSubclasses());
    }

    @Test
    void theExtractionGivesEveryFactListAndEveryExtractedKind() {
        // the facts of real extraction, not only handMade(): every list of FileFacts is filled by some file
        List<FileFacts> all = extracted();
        for (RecordComponent c : FileFacts.class.getRecordComponents()) {
            if (c.getType() == List.class) {
                assertThat(all).as(c.getName()).anySatisfy(f -> assertThat((List<?>) component(f, c)).isNotEmpty());
            }
        }
        Set<Class<?>> kinds = all.stream().flatMap(FactsFormatTest::reachable).filter(StrExpr.class::isInstance)
                .map(Object::getClass).collect(Collectors.toSet());
        assertThat(kinds).contains(Lit.class, Ref.class, EnumAccess.class, Concat.class, Format.class, Resolve.class,
                Hole.class, StrExpr.Call.class, StrExpr.UriPart.class);
        List<Object> values = all.stream().flatMap(FactsFormatTest::reachable).toList();
        assertThat(values).anySatisfy(e -> assertThat(e).isInstanceOfSatisfying(Concat.class,
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
        assertThat(all.stream().flatMap(f -> f.headers().stream()))
                .anySatisfy(h -> assertThat(h.fixedRealm()).isNotNull())
                .anySatisfy(h -> assertThat(h.fixedRealm()).isNull());
        assertThat(all.stream().flatMap(f -> f.suppressions().stream()))
                .anySatisfy(r -> assertThat(r.rules()).containsExactlyInAnyOrder("unresolved-call", "scope-sprawl"))
                .anySatisfy(r -> assertThat(r.rules()).containsExactly("all"));
        assertThat(all).anySatisfy(f -> assertThat(f.dynatraceMarker()).isTrue())
                .anySatisfy(f -> assertThat(f.dynatraceMarker()).isFalse());
    }

    @Test
    void everyRecordSurvivesTheRoundTripUnchanged() throws IOException {
        for (FileFacts facts : everything()) {
            assertThat(decode(encode(facts))).as(facts.file()).isEqualTo(facts);
        }
    }

    @Test
    void equalFactsGiveEqualBytesWithSetsAndMapsSorted() throws IOException {
        for (FileFacts facts : everything()) {
            byte[] bytes = encode(facts);
            assertThat(encode(decode(bytes))).isEqualTo(bytes);
        }
        // whatever order Set.copyOf and Map.copyOf iterate in this JVM, the stored order is sorted
        Set<String> rules = new HashSet<>();
        for (int i = 0; i < 40; i++) {
            rules.add("rule-" + (char) ('a' + (i * 7) % 26) + i);
        }
        FileFacts facts = new FileFacts("A.java", "", List.of(), List.of(),
                List.of(new TypeInfo("A", "A", TypeKind.ENUM, List.of(), false,
                        rules.stream().collect(Collectors.toMap(r -> r, String::length)))),
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(new SuppressedRegion("A.java", 1, 2, rules)), false, List.of());
        JsonNode tree = new CBORMapper().readTree(encode(facts));
        List<String> stored = new ArrayList<>();
        tree.get(13).get(0).get(3).forEach(n -> stored.add(n.asText()));
        assertThat(stored).isEqualTo(List.copyOf(new TreeSet<>(rules)));
        List<String> keys = new ArrayList<>();
        tree.get(4).get(0).get(5).fieldNames().forEachRemaining(keys::add);
        assertThat(keys).isEqualTo(List.copyOf(new TreeSet<>(rules)));
    }

    @Test
    void repeatedStringsAreStoredOnce() {
        FileFacts facts = extracted().get(0);
        String path = facts.file();
        String bytes = new String(encode(facts), StandardCharsets.ISO_8859_1);
        assertThat(bytes.indexOf(path)).isNotNegative();
        assertThat(bytes.indexOf(path, bytes.indexOf(path) + 1)).as("the path, in every location").isNegative();
    }

    @Test
    void theVersionNamesTheLayoutAndTheModel() {
        assertThat(FORMAT.version()).isEqualTo("facts-cbor/" + FactsFormat.FORMAT + " "
                + CborMapping.of(FileFacts.class).fingerprint());
    }

    @Test
    void everyTruncationIsAnError() {
        byte[] bytes = encode(extracted().get(1));
        for (int length = 0; length < bytes.length; length++) {
            int n = length;
            assertThatThrownBy(() -> FORMAT.decode(bytes, 0, n)).as("first %d bytes", n)
                    .isInstanceOf(IOException.class);
        }
    }

    @Test
    void trailingBytesAreAnError() {
        byte[] bytes = encode(extracted().get(0));
        byte[] longer = Arrays.copyOf(bytes, bytes.length + 1);
        assertThatThrownBy(() -> decode(longer)).isInstanceOf(IOException.class);
        byte[] twice = Arrays.copyOf(bytes, bytes.length * 2);
        System.arraycopy(bytes, 0, twice, bytes.length, bytes.length);
        assertThatThrownBy(() -> decode(twice)).isInstanceOf(IOException.class);
    }

    @Test
    void damagedBytesGiveFactsOrAnIOExceptionButNothingElse() {
        // a cache checks its own checksum; the format's part is never to fail otherwise, hang or allocate wildly
        List<byte[]> encoded = everything().stream().map(FactsFormatTest::encode).toList();
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
        Throwable t = catchThrowable(() -> decode(bytes));
        if (t != null) {
            assertThat(t).isInstanceOf(IOException.class);
        }
    }

    /** The stored bytes of a file with one Retrofit base whose URL is {@code url}. */
    private static byte[] withBaseUrl(StrExpr url) {
        return encode(new FileFacts("A.java", "", List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(new RetrofitBase("Api", url)), List.of(), List.of(), List.of(), List.of(), List.of(),
                false, List.of()));
    }

    private static byte[] replace(byte[] bytes, String from, String to) {
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        assertThat(text).contains(from);
        return text.replace(from, to).getBytes(StandardCharsets.ISO_8859_1);
    }

    @Test
    void anUnknownKindOrAClassNameIsAnError() {
        byte[] bytes = withBaseUrl(new Ref("xyz"));
        // same length, so the CBOR text header still fits
        assertThatThrownBy(() -> decode(replace(bytes, "Ref", "Raf"))).isInstanceOf(IOException.class)
                .hasMessageContaining("Raf");
        byte[] named = withBaseUrl(new Lit("java.util.ArrayList"));
        byte[] asType = replace(replace(named, "Lit", "Xyz"), "java.util.ArrayList", "Xyz");
        assertThatThrownBy(() -> decode(asType)).isInstanceOf(IOException.class);
    }

    @Test
    void nestingBeyondTheBoundIsRefusedWhenWrittenAndWhenRead() throws IOException {
        StrExpr deep = new Lit("x");
        for (int i = 0; i <= FactsFormat.MAX_NESTING; i++) {
            deep = new Resolve(deep, new Lit("y"));
        }
        StrExpr tooDeep = deep;
        assertThatThrownBy(() -> withBaseUrl(tooDeep)).isInstanceOf(IllegalArgumentException.class);

        // far deeper than the extractor goes (40), on a thread with a small stack: read back
        StrExpr ok = new Lit("x");
        for (int i = 0; i < 200; i++) {
            ok = new Concat(List.of(new Lit("a"), ok), false);
        }
        byte[] bytes = withBaseUrl(ok);
        StrExpr expected = ok;
        AtomicReference<Object> result = new AtomicReference<>();
        Thread t = new Thread(null, () -> {
            try {
                result.set(decode(bytes).retrofitBases().get(0).baseUrl());
            } catch (IOException | RuntimeException | StackOverflowError e) {
                result.set(e);
            }
        }, "small-stack", 512 * 1024);
        t.start();
        try {
            t.join();
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
        assertThat(result.get()).isEqualTo(expected);

        // hand-made: Resolve in Resolve far beyond the bound, as a writer without the bound would give it
        assertThatThrownBy(() -> decode(nestedResolves(10_000))).isInstanceOf(IOException.class)
                .hasMessageContaining("depth");
    }

    /** A file whose one Retrofit base URL is {@code depth} Resolves, each the base of the next, cut off there. */
    private static byte[] nestedResolves(int depth) throws IOException {
        CBORFactory unbounded = CBORFactory.builder()
                .streamWriteConstraints(StreamWriteConstraints.builder().maxNestingDepth(Integer.MAX_VALUE).build())
                .build();
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        try (JsonGenerator g = unbounded.createGenerator(buf)) {
            g.writeStartArray();
            g.writeString("A.java");
            g.writeString("");
            for (int list = 0; list < 6; list++) {
                g.writeStartArray();
                g.writeEndArray();
            }
            g.writeStartArray();
            g.writeStartArray();
            g.writeString("Api");
            for (int i = 0; i < depth; i++) {
                g.writeStartArray();
                g.writeString("Resolve");
            }
            g.flush();
        }
        return buf.toByteArray();
    }

    @Test
    void valuesTheRecordsRejectAreAnError() {
        byte[] bytes = encode(FileFacts.problemsOnly("A.java",
                List.of(new InputProblem(new Location("A.java", 1, 1), "m", "source"))));
        // line 1 (CBOR 0x01) becomes -1 (0x20); the Location constructor refuses it
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        int line = text.indexOf("\u0001\u0001", text.lastIndexOf("A.java"));
        assertThat(line).isPositive();
        byte[] negative = bytes.clone();
        negative[line] = 0x20;
        assertThatThrownBy(() -> decode(negative)).isInstanceOf(IOException.class)
                .hasMessageContaining("line and column must not be negative");
    }

    @Test
    void aLoneSurrogateIsRefusedRatherThanChanged() {
        // UTF-8 cannot hold half a surrogate pair; a cache must not return facts that differ from a fresh read
        FileFacts facts = FileFacts.problemsOnly("A.java",
                List.of(new InputProblem(Location.ofFile("A.java"), "half \uD83D of a pair", "source")));
        assertThatThrownBy(() -> encode(facts)).isInstanceOf(IllegalArgumentException.class);
    }
}
