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
}
