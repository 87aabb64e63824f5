package dev.tokenlint.core.scan.java;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tokenlint.core.scan.java.StrExpr.Concat;
import dev.tokenlint.core.scan.java.StrExpr.Hole;
import dev.tokenlint.core.scan.java.StrExpr.Lit;
import dev.tokenlint.core.scan.java.StrExpr.Ref;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Phase 1 on single files: what is extracted, and that the result can be cached. */
class JavaFileExtractorTest {

    private static final String SOURCE = """
            package com.acme;

            import org.apache.http.client.methods.HttpPost;
            import static com.acme.Paths.INGEST;

            public class Push {
                static final String BASE = "/api/v2";

                HttpPost post(String url) {
                    return new HttpPost(url + BASE + INGEST);
                }

                enum Version {
                    V2("api/v2/");
                    Version(String p) { this.p = p; }
                    private final String p;
                    String path() { return p; }
                }
            }
            """;

    @Test
    void extractsConstantsCallSitesAndEnumAccessorsWithoutResolvingOtherFiles() {
        FileFacts facts = new JavaFileExtractor().extract("src/Push.java", SOURCE);
        assertThat(facts.packageName()).isEqualTo("com.acme");
        assertThat(facts.staticImports()).containsExactly("com.acme.Paths.INGEST");
        assertThat(facts.constants()).extracting(FileFacts.ConstantDef::name).containsExactly("BASE", "V2");
        assertThat(facts.calls()).singleElement().satisfies(c -> {
            assertThat(c.method()).isEqualTo("POST");
            assertThat(c.url()).isEqualTo(new Concat(List.of(new Hole("url", true), new Ref("BASE"), new Ref("INGEST")),
                    false));
            assertThat(c.enclosingMethod()).isEqualTo(new MethodKey("Push", "post", 1));
            assertThat(c.params()).containsExactly("url");
        });
        assertThat(facts.types()).filteredOn(t -> t.simpleName().equals("Version")).singleElement()
                .satisfies(t -> assertThat(t.enumAccessors()).containsEntry("path", 0).containsEntry("p", 0));
        assertThat(facts.constants().get(1).enumArgs()).containsExactly(new Lit("api/v2/"));
    }

    @Test
    void codeThatParsesIsReadEvenWhereAJavaCompilerWouldRejectAModifier() {
        // JavaParser's language-level processor is left out (a third of the parse time): its validation,
        // and its post-processing, whose only work is to turn `var` into a VarType
        String source = """
                package com.acme;
                import org.apache.http.client.methods.HttpPost;
                private class Push {
                    HttpPost post() { var p = "/api/v2/metrics/ingest"; return new HttpPost(p); }
                }
                """;
        FileFacts facts = new JavaFileExtractor().extract("src/Push.java", source);
        assertThat(facts.problems()).isEmpty();
        assertThat(facts.calls()).singleElement().satisfies(c -> assertThat(c.method()).isEqualTo("POST"));
        com.github.javaparser.ast.CompilationUnit unit = new JavaFileExtractor()
                .parse("class A { void f() { var x = 1; } }").getResult().orElseThrow();
        assertThat(unit.findFirst(com.github.javaparser.ast.type.VarType.class)).isEmpty();
        assertThat(unit.findFirst(com.github.javaparser.ast.body.VariableDeclarator.class).orElseThrow().getType())
                .satisfies(t -> assertThat(dev.tokenlint.core.scan.java.clients.CallChains.isVar(t)).isTrue());
    }

    @Test
    void namingDynatraceTheApiTokenRealmOrADtVariableIsEvidence() {
        assertThat(JavaFileExtractor.hasDynatraceMarker("/** Sends events to Dynatrace. */ class A { }")).isTrue();
        assertThat(JavaFileExtractor.hasDynatraceMarker("class A { String h = \"Api-Token \"; }")).isTrue();
        assertThat(JavaFileExtractor.hasDynatraceMarker("class A { String u = System.getenv(\"DT_URL\"); }")).isTrue();
        assertThat(JavaFileExtractor.hasDynatraceMarker("class A { String u = System.getenv(\"ORDERS_URL\"); }"))
                .isFalse();
    }
}
