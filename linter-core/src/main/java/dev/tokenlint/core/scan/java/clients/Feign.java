package dev.tokenlint.core.scan.java.clients;

import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.expr.AnnotationExpr;
import dev.tokenlint.core.scan.java.StrExpr;
import dev.tokenlint.core.scan.java.StrExpr.Concat;
import dev.tokenlint.core.scan.java.StrExpr.Lit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Feign: {@code @RequestLine("POST /api/v2/...")} (relative to the URL given in
 * {@code Feign.builder().target(Api.class, url)}), and Spring Cloud OpenFeign's
 * {@code @FeignClient(url, path)} interfaces with Spring MVC mappings.
 */
final class Feign extends LibraryBase {

    static final ClientId ID = new ClientId("feign");

    Feign() {
        super(ID, "feign");
    }

    @Override
    public BaseJoin baseJoin() {
        return BaseJoin.APPEND;
    }

    @Override
    public List<StrExpr> basePath(AnnotationExpr a, ClassOrInterfaceDeclaration type, SourceFile file) {
        if (!a.getNameAsString().equals("FeignClient")) {
            return List.of();
        }
        List<StrExpr> parts = new ArrayList<>();
        file.member(a, "url").ifPresent(parts::add);
        file.member(a, "path").ifPresent(p -> {
            parts.add(new Lit("/"));
            parts.add(p);
        });
        return parts;
    }

    @Override
    public Optional<InterfaceMapping> mapping(AnnotationExpr a, MethodDeclaration method,
                                              ClassOrInterfaceDeclaration type, SourceFile file) {
        if (a.getNameAsString().equals("RequestLine")) {
            return file.member(a, "value").map(v -> requestLine(v));
        }
        if (isClient(type)) {
            return SpringMappingInterface.read(a, file)
                    .map(m -> new InterfaceMapping(ID, m.method(), m.path(), false, false));
        }
        return Optional.empty();
    }

    /** Whether {@code type} is annotated {@code @FeignClient}: then its Spring mappings are a client's. */
    static boolean isClient(ClassOrInterfaceDeclaration type) {
        return type.getAnnotationByName("FeignClient").isPresent();
    }

    /** {@code "POST /api/v2/x"} into method and path; the method must be in the first literal. */
    private static InterfaceMapping requestLine(StrExpr v) {
        List<StrExpr> parts = v instanceof Concat c ? new ArrayList<>(c.parts()) : new ArrayList<>(List.of(v));
        if (!parts.isEmpty() && parts.get(0) instanceof Lit l) {
            String s = l.value().stripLeading();
            int sp = s.indexOf(' ');
            if (sp > 0) {
                parts.set(0, new Lit(s.substring(sp + 1).strip()));
                return new InterfaceMapping(ID, s.substring(0, sp).toUpperCase(Locale.ROOT), new Concat(parts, false),
                        true, false);
            }
        }
        return new InterfaceMapping(ID, null, v, true, false);
    }
}
