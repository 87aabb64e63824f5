package dev.tokenlint.core.scan.java.clients;

import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.expr.AnnotationExpr;
import dev.tokenlint.core.scan.java.StrExpr;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * JAX-RS interfaces ({@code @Path} with {@code @GET/@POST/...}, the verb annotation the call's
 * place): a client when nothing implements it, else a resource's contract. With
 * {@code @RegisterRestClient} the interface is {@link MicroProfileRestClient}'s.
 */
final class JaxRs extends LibraryBase {

    static final ClientId ID = new ClientId("jax-rs");

    /** The verb annotations; Retrofit's have the same simple names, with a path as their value. */
    static final Set<String> VERBS = Set.of("GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS");

    JaxRs() {
        // javax.ws.rs and jakarta.ws.rs
        super(ID, ".ws.rs");
    }

    @Override
    public List<StrExpr> basePath(AnnotationExpr a, ClassOrInterfaceDeclaration type, SourceFile file) {
        if (a.getNameAsString().equals("Path") && imported(file)) {
            return file.member(a, "value").map(p -> List.of(new StrExpr.Lit("/"), p)).orElse(List.of());
        }
        return List.of();
    }

    @Override
    public Optional<InterfaceMapping> mapping(AnnotationExpr a, MethodDeclaration method,
                                              ClassOrInterfaceDeclaration type, SourceFile file) {
        return MicroProfileRestClient.isClient(type) ? Optional.empty() : resourceMethod(a, method, file, ID, true);
    }

    /** Whether the file imports JAX-RS ({@code javax.ws.rs} or {@code jakarta.ws.rs}). */
    static boolean imported(SourceFile file) {
        return file.importsFrom("javax.ws.rs") || file.importsFrom("jakarta.ws.rs");
    }

    /** A verb annotation of a JAX-RS file, its path the method's own {@code @Path}. */
    static Optional<InterfaceMapping> resourceMethod(AnnotationExpr a, MethodDeclaration method, SourceFile file,
                                                     ClientId client, boolean serverContract) {
        if (!VERBS.contains(a.getNameAsString()) || !imported(file)) {
            return Optional.empty();
        }
        StrExpr path = method.getAnnotationByName("Path").flatMap(p -> file.member(p, "value"))
                .orElse(new StrExpr.Lit(""));
        return Optional.of(new InterfaceMapping(client, a.getNameAsString(), path, false, serverContract));
    }
}
