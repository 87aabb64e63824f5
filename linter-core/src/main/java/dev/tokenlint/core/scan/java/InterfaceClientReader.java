package dev.tokenlint.core.scan.java;

import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.expr.AnnotationExpr;
import dev.tokenlint.core.scan.java.FileFacts.CallKind;
import dev.tokenlint.core.scan.java.FileFacts.CallSite;
import dev.tokenlint.core.scan.java.StrExpr.Concat;
import dev.tokenlint.core.scan.java.StrExpr.Lit;
import dev.tokenlint.core.scan.java.clients.ClientLibraries;
import dev.tokenlint.core.scan.java.clients.InterfaceMapping;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads interface clients (Feign, Spring HTTP interfaces and mappings, Retrofit, JAX-RS and
 * MicroProfile REST client; what their annotations mean is the libraries' in
 * {@link ClientLibraries}). Each mapping annotation is a call site located at the annotation;
 * the type-level annotations give the base path. Classes are never read here: their mappings
 * are served.
 */
final class InterfaceClientReader {

    private final UnitContext ctx;

    InterfaceClientReader(UnitContext ctx) {
        this.ctx = ctx;
    }

    /** The calls declared by the interfaces among {@code declarations} (a file's classes and interfaces). */
    List<CallSite> read(List<ClassOrInterfaceDeclaration> declarations) {
        List<CallSite> out = new ArrayList<>();
        for (ClassOrInterfaceDeclaration t : declarations) {
            if (!t.isInterface()) {
                continue;
            }
            StrExpr base = new Concat(ClientLibraries.basePath(t, ctx), false);
            for (MethodDeclaration m : t.getMethods()) {
                for (AnnotationExpr a : m.getAnnotations()) {
                    Optional<InterfaceMapping> mapping = ClientLibraries.mapping(a, m, t, ctx);
                    mapping.ifPresent(mp -> out.add(site(t, a, mp, base)));
                }
            }
        }
        return out;
    }

    private CallSite site(ClassOrInterfaceDeclaration t, AnnotationExpr a, InterfaceMapping mp, StrExpr base) {
        // a relative path waits for the base given where the interface is created, found by its name
        StrExpr url = mp.relative() ? mp.path() : new Concat(List.of(base, new Lit("/"), mp.path()), false);
        return new CallSite(ctx.at(a), mp.method(), url, mp.client(), ctx.topLevel(t), CallKind.INTERFACE,
                mp.relative() ? t.getNameAsString() : "", mp.serverContract() ? t.getNameAsString() : "",
                MethodKey.NONE, List.of());
    }
}
