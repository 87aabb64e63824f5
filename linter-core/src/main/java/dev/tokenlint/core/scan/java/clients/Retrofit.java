package dev.tokenlint.core.scan.java.clients;

import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.MarkerAnnotationExpr;
import dev.tokenlint.core.scan.java.StrExpr;
import java.util.Optional;

/**
 * Retrofit 2 interfaces: {@code @GET("api/v2/...")}, {@code @POST}, ..., {@code @HTTP(method, path)},
 * their paths relative to the {@code baseUrl(..)} given where {@code retrofit.create(Api.class)}
 * is called.
 */
final class Retrofit extends LibraryBase {

    static final ClientId ID = new ClientId("retrofit");

    Retrofit() {
        super(ID, "retrofit2");
    }

    @Override
    public BaseJoin baseJoin() {
        return BaseJoin.RESOLVE;
    }

    @Override
    public Optional<InterfaceMapping> mapping(AnnotationExpr a, MethodDeclaration method,
                                              ClassOrInterfaceDeclaration type, SourceFile file) {
        String n = a.getNameAsString();
        // JAX-RS's verb annotations have the same simple names but no value: one with a path is Retrofit's
        if (JaxRs.VERBS.contains(n) && !(a instanceof MarkerAnnotationExpr)) {
            return Optional.of(new InterfaceMapping(ID, n, file.member(a, "value").orElse(new StrExpr.Lit("")), true,
                    false));
        }
        if (n.equals("HTTP") && !JaxRs.imported(file)) {
            String verb = file.rawMember(a, "method").map(CallChains::methodOf).orElse(null);
            return Optional.of(new InterfaceMapping(ID, verb, file.member(a, "path").orElse(new StrExpr.Lit("")),
                    true, false));
        }
        return Optional.empty();
    }
}
