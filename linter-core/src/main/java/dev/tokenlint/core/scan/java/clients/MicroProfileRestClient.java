package dev.tokenlint.core.scan.java.clients;

import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.expr.AnnotationExpr;
import java.util.Optional;

/** MicroProfile REST client: a JAX-RS interface annotated {@code @RegisterRestClient}, always a client. */
final class MicroProfileRestClient extends LibraryBase {

    static final ClientId ID = new ClientId("microprofile-rest-client");

    MicroProfileRestClient() {
        // org.eclipse.microprofile.rest.client
        super(ID, "rest.client");
    }

    @Override
    public Optional<InterfaceMapping> mapping(AnnotationExpr a, MethodDeclaration method,
                                              ClassOrInterfaceDeclaration type, SourceFile file) {
        return isClient(type) ? JaxRs.resourceMethod(a, method, file, ID, false) : Optional.empty();
    }

    /** Whether {@code type} is annotated {@code @RegisterRestClient}. */
    static boolean isClient(ClassOrInterfaceDeclaration type) {
        return type.getAnnotationByName("RegisterRestClient").isPresent();
    }
}
