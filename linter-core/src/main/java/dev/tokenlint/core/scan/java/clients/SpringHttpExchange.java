package dev.tokenlint.core.scan.java.clients;

import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.expr.AnnotationExpr;
import dev.tokenlint.core.scan.java.StrExpr;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Spring 6 HTTP interfaces: {@code @GetExchange/@PostExchange/...} and
 * {@code @HttpExchange(method = "POST", url = ..)}; a type-level {@code @HttpExchange} is the base.
 */
final class SpringHttpExchange extends LibraryBase {

    static final ClientId ID = new ClientId("spring-httpexchange");

    private static final Map<String, String> EXCHANGES = Map.of("GetExchange", "GET", "PostExchange", "POST",
            "PutExchange", "PUT", "DeleteExchange", "DELETE", "PatchExchange", "PATCH");

    SpringHttpExchange() {
        // org.springframework.web.service.annotation
        super(ID, "service.annotation");
    }

    @Override
    public List<StrExpr> basePath(AnnotationExpr a, ClassOrInterfaceDeclaration type, SourceFile file) {
        return a.getNameAsString().equals("HttpExchange") ? SpringMappingInterface.typePath(a, file) : List.of();
    }

    @Override
    public Optional<InterfaceMapping> mapping(AnnotationExpr a, MethodDeclaration method,
                                              ClassOrInterfaceDeclaration type, SourceFile file) {
        String n = a.getNameAsString();
        String verb;
        if (n.equals("HttpExchange")) {
            verb = file.rawMember(a, "method").map(CallChains::methodOf).orElse(null);
        } else if (EXCHANGES.containsKey(n)) {
            verb = EXCHANGES.get(n);
        } else {
            return Optional.empty();
        }
        StrExpr path = file.member(a, "value").or(() -> file.member(a, "url")).orElse(new StrExpr.Lit(""));
        return Optional.of(new InterfaceMapping(ID, verb, path, false, false));
    }
}
