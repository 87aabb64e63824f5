package dev.tokenlint.core.scan.java;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tokenlint.core.scan.Resolution;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Resolution across files, on facts extracted from small sources. */
class ConstantResolverTest {

    private final JavaFileExtractor extractor = new JavaFileExtractor();

    private final FileFacts paths = extractor.extract("a/Paths.java", """
            package a;
            public final class Paths {
                public static final String V2 = "/api/v2";
                public static final String FORMAT = "%s/api/v2/entities/%s";
                public static final String MF = "{0}/api/v{1}/metrics/{2}";
                public static final String SELF = SELF + "/x";
                public enum Version {
                    V1("one", "/api/v1"), V2("two", "/api/v2");
                    private final String label;
                    private final String base;
                    Version(String label, String base) { this.label = label; this.base = base; }
                    public String base() { return base; }
                }
            }
            """);

    private Resolved resolve(String expression, String... imports) {
        StringBuilder src = new StringBuilder("package b;\n");
        for (String i : imports) {
            src.append("import ").append(i).append(";\n");
        }
        src.append("class Use {\n  Object m(String host, String id) {\n")
                .append("    return new org.apache.http.client.methods.HttpGet(").append(expression).append(");\n  }\n}\n");
        FileFacts use = extractor.extract("b/Use.java", src.toString());
        ConstantResolver resolver = new ConstantResolver(List.of(paths, use));
        return resolver.resolve(use.calls().get(0).url(), use, Map.of());
    }

    @Test
    void resolvesAConstantOfAnotherFileThroughItsImport() {
        Resolved r = resolve("host + Paths.V2 + \"/problems\"", "a.Paths");
        assertThat(r.render()).isEqualTo("{host}/api/v2/problems");
        assertThat(r.mainKind()).isEqualTo(Resolution.CROSS_FILE_CONSTANT);
        assertThat(r.files()).containsExactly("a/Paths.java");
    }

    @Test
    void appliesStringFormatAndMessageFormat() {
        assertThat(resolve("String.format(Paths.FORMAT, host, id)", "a.Paths").render())
                .isEqualTo("{host}/api/v2/entities/{id}");
        assertThat(resolve("java.text.MessageFormat.format(Paths.MF, host, 2, \"builtin:host.cpu\")", "a.Paths")
                .render()).isEqualTo("{host}/api/v2/metrics/builtin:host.cpu");
    }

    @Test
    void readsAnEnumConstantsArgumentThroughItsAccessor() {
        assertThat(resolve("host + Paths.Version.V1.base() + \"/time\"", "a.Paths").render())
                .isEqualTo("{host}/api/v1/time");
        assertThat(resolve("host + Version.V2.base()", "a.Paths.Version").render()).isEqualTo("{host}/api/v2");
    }

    @Test
    void aSelfReferencingConstantEndsAsAHoleInsteadOfLoopingForever() {
        assertThat(resolve("Paths.SELF", "a.Paths").render()).isEqualTo("{SELF}/x");
    }

    @Test
    void anUnknownConstantIsAHoleAndItsTypeIsReportedMissing() {
        FileFacts use = extractor.extract("b/Use.java", """
                package b;
                class Use {
                  Object m() { return new org.apache.http.client.methods.HttpGet(Elsewhere.PATH); }
                }
                """);
        ConstantResolver resolver = new ConstantResolver(List.of(use));
        assertThat(resolver.resolve(use.calls().get(0).url(), use, Map.of()).render()).isEqualTo("{PATH}");
        assertThat(resolver.missingTypes()).containsExactly("Elsewhere");
    }

    /** The URL of the first client call of a file, resolved with that file alone. */
    private String firstCallIn(String source) {
        FileFacts f = extractor.extract("c/Client.java", source);
        return new ConstantResolver(List.of(f)).resolve(f.calls().get(0).url(), f, Map.of()).render();
    }

    private static final String FULL = "URI.create(\"https://ops@tenant.live.dynatrace.com:9999/e/abc/api/v2?x=1#top\")";

    @Test
    void takesEachPartOutOfAKnownUri() {
        assertThat(resolve(FULL + ".getScheme()", "java.net.URI").render()).isEqualTo("https");
        assertThat(resolve(FULL + ".getHost()", "java.net.URI").render()).isEqualTo("tenant.live.dynatrace.com");
        assertThat(resolve(FULL + ".getPort()", "java.net.URI").render()).isEqualTo("9999");
        assertThat(resolve(FULL + ".getAuthority()", "java.net.URI").render())
                .isEqualTo("ops@tenant.live.dynatrace.com:9999");
        assertThat(resolve(FULL + ".getRawPath()", "java.net.URI").render()).isEqualTo("/e/abc/api/v2");
        assertThat(resolve(FULL + ".getQuery()", "java.net.URI").render()).isEqualTo("x=1");
        assertThat(resolve("new java.net.URL(\"https://h/api/v1/time?a=b\").getFile()").render())
                .isEqualTo("/api/v1/time?a=b");
        assertThat(resolve("URI.create(\"https://[::1]:8443/api/v2\").getHost()", "java.net.URI").render())
                .isEqualTo("[::1]");
    }

    @Test
    void unknownPiecesOfAUriStayWhereTheyFall() {
        // no port written: unknown, not Java's -1, so "host:" + port reads as an unknown port
        assertThat(resolve("URI.create(\"https://\" + host + \"/api/v2\").getPort()", "java.net.URI").render())
                .isEqualTo("{port}");
        assertThat(resolve("URI.create(\"https://\" + host + \":\" + id + \"/api/v2\").getPort()", "java.net.URI")
                .render()).isEqualTo("{id}");
        assertThat(resolve("URI.create(\"https://\" + host + \"/api/v2/\" + id).getPath()", "java.net.URI")
                .render()).isEqualTo("/api/v2/{id}");
        // a URI that starts unknown may hold a path of its own before the known part
        assertThat(resolve("URI.create(host + \"/api/v2\").getRawPath()", "java.net.URI").render())
                .isEqualTo("{path}/api/v2");
        assertThat(resolve("URI.create(host + \"/api/v2\").getHost()", "java.net.URI").render()).isEqualTo("{host}");
        assertThat(resolve("URI.create(\"/api/v2/events\").getPath()", "java.net.URI").render())
                .isEqualTo("/api/v2/events");
        assertThat(resolve("URI.create(\"/api/v2/events\").getHost()", "java.net.URI").render()).isEqualTo("{host}");
    }

    @Test
    void partsOfALocalUriVariableAndNotOfOtherTypesWithTheSameGetters() {
        assertThat(firstCallIn("""
                package c;
                import java.net.URI;
                class Client {
                  Object m() {
                    URI base = URI.create("https://h.live.dynatrace.com/api/v2");
                    return new org.apache.http.client.methods.HttpGet(base.getRawPath() + "/events");
                  }
                }
                """)).isEqualTo("/api/v2/events");
        assertThat(firstCallIn("""
                package c;
                class Client {
                  Object m(java.io.File file) {
                    return new org.apache.http.client.methods.HttpGet(file.getPath() + "/events");
                  }
                }
                """)).isEqualTo("{path}/events");
    }

    @Test
    void joinsTheComponentsGivenToTheUriAndUrlConstructors() {
        assertThat(resolve("new java.net.URI(\"https\", null, host, 8443, \"/api/v2/events\", null, null)").render())
                .isEqualTo("https://{host}:8443/api/v2/events");
        assertThat(resolve("new java.net.URI(\"https\", null, host, -1, \"/api/v2/events\", \"a=b\", null)").render())
                .isEqualTo("https://{host}/api/v2/events?a=b");
        assertThat(resolve("new java.net.URI(\"https\", host, \"/api/v1/time\", null)").render())
                .isEqualTo("https://{host}/api/v1/time");
        assertThat(resolve("new java.net.URL(\"https\", host, \"/api/v1/time\")").render())
                .isEqualTo("https://{host}/api/v1/time");
        assertThat(resolve("new java.net.URL(\"https\", host, 443, \"/api/v1/time\")").render())
                .isEqualTo("https://{host}:443/api/v1/time");
    }

    @Test
    void aFieldSetThroughAMethodTheClassCallsWithItsOwnValueHasThatValue() {
        assertThat(firstCallIn("""
                package c;
                import java.net.URI;
                public class Client {
                  private String basePath;
                  public Client() { useBase("https://t.live.dynatrace.com/api/v2"); }
                  public Client(String base) { useBase(base); }
                  public void useBase(String base) { basePath = URI.create(base).getRawPath(); }
                  public void setBasePath(String basePath) { this.basePath = basePath; }
                  Object send() { return new org.apache.http.client.methods.HttpGet(basePath + "/events"); }
                }
                """)).isEqualTo("/api/v2/events");
    }

    @Test
    void twoOwnValuesForOneFieldLeaveItUnknown() {
        assertThat(firstCallIn("""
                package c;
                public class Client {
                  private String basePath;
                  public Client() { useBase("/api/v2"); }
                  public Client(int version) { useBase("/api/v1"); }
                  public void useBase(String base) { basePath = base; }
                  Object send() { return new org.apache.http.client.methods.HttpGet(basePath + "/events"); }
                }
                """)).isEqualTo("{basePath}/events");
    }

    @Test
    void aMethodOfATypeNamedInSeveralModulesIsTheOneTheCallerImports() {
        FileFacts first = extractor.extract("m1/a/one/Client.java", """
                package a.one;
                public class Client { public String base() { return "https://h/api/config/v1"; } }
                """);
        FileFacts second = extractor.extract("m2/a/two/Client.java", """
                package a.two;
                public class Client { public String base() { return "https://h/api/v2"; } }
                """);
        FileFacts use = extractor.extract("m2/b/Use.java", """
                package b;
                import a.two.Client;
                class Use {
                  Object m(Client client) { return new org.apache.http.client.methods.HttpGet(client.base() + "/events"); }
                }
                """);
        ConstantResolver resolver = new ConstantResolver(List.of(first, second, use));
        assertThat(resolver.resolve(use.calls().get(0).url(), use, Map.of()).render()).isEqualTo("https://h/api/v2/events");
    }
}
