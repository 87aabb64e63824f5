package dev.tokenlint.core.scan.java.clients;

import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.expr.AnnotationExpr;
import dev.tokenlint.core.scan.java.StrExpr;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An interface with Spring MVC mappings ({@code @GetMapping}, {@code @RequestMapping(method = ..)})
 * and no {@code @FeignClient}: a client when nothing implements it, else a server's contract
 * (generated server stubs look the same). With {@code @FeignClient} the interface is {@link Feign}'s.
 */
final class SpringMappingInterface extends LibraryBase {

    static final ClientId ID = new ClientId("spring-mapping");

    private static final Map<String, String> MAPPINGS = Map.of("GetMapping", "GET", "PostMapping", "POST",
            "PutMapping", "PUT", "DeleteMapping", "DELETE", "PatchMapping", "PATCH");

    SpringMappingInterface() {
        // none: web.bind.annotation marks every controller too, and such an interface is far more
        // often a server's; its file is read when it names a path or Dynatrace
        super(ID);
    }

    @Override
    public List<StrExpr> basePath(AnnotationExpr a, ClassOrInterfaceDeclaration type, SourceFile file) {
        return a.getNameAsString().equals("RequestMapping") ? typePath(a, file) : List.of();
    }

    @Override
    public Optional<InterfaceMapping> mapping(AnnotationExpr a, MethodDeclaration method,
                                              ClassOrInterfaceDeclaration type, SourceFile file) {
        if (Feign.isClient(type)) {
            return Optional.empty();
        }
        return read(a, file).map(m -> new InterfaceMapping(ID, m.method(), m.path(), false, true));
    }

    /** The method and path of a Spring mapping annotation, or empty when {@code a} is none. */
    static Optional<InterfaceMapping> read(AnnotationExpr a, SourceFile file) {
        String n = a.getNameAsString();
        String method;
        if (n.equals("RequestMapping")) {
            method = file.rawMember(a, "method").map(CallChains::methodOf).orElse(null);
        } else if (MAPPINGS.containsKey(n)) {
            method = MAPPINGS.get(n);
        } else {
            return Optional.empty();
        }
        StrExpr path = file.member(a, "value").or(() -> file.member(a, "path")).orElse(new StrExpr.Lit(""));
        return Optional.of(new InterfaceMapping(ID, method, path, false, true));
    }

    /** A type-level mapping's path after a slash: its {@code value}, {@code path} or {@code url}. */
    static List<StrExpr> typePath(AnnotationExpr a, SourceFile file) {
        return file.member(a, "value").or(() -> file.member(a, "path")).or(() -> file.member(a, "url"))
                .map(p -> List.of(new StrExpr.Lit("/"), p)).orElse(List.of());
    }
}
