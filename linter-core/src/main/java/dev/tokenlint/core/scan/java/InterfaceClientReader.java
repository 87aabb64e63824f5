package dev.tokenlint.core.scan.java;

import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.MarkerAnnotationExpr;
import dev.tokenlint.core.scan.java.FileFacts.CallKind;
import dev.tokenlint.core.scan.java.FileFacts.CallSite;
import dev.tokenlint.core.scan.java.StrExpr.Concat;
import dev.tokenlint.core.scan.java.StrExpr.Hole;
import dev.tokenlint.core.scan.java.StrExpr.Lit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads interface clients: Feign ({@code @RequestLine}, {@code @FeignClient} with Spring
 * mappings), Spring {@code @HttpExchange}, Retrofit and JAX-RS / MicroProfile REST client
 * interfaces. Each mapping annotation is a call site located at the annotation; the type-level
 * annotations give the base path. Classes are never read here: their mappings are served.
 */
final class InterfaceClientReader {

    private static final Map<String, String> SPRING_MAPPINGS = Map.of("GetMapping", "GET", "PostMapping", "POST",
            "PutMapping", "PUT", "DeleteMapping", "DELETE", "PatchMapping", "PATCH");

    private static final Map<String, String> EXCHANGE_MAPPINGS = Map.of("GetExchange", "GET", "PostExchange", "POST",
            "PutExchange", "PUT", "DeleteExchange", "DELETE", "PatchExchange", "PATCH");

    /** JAX-RS and Retrofit share these simple names: JAX-RS's take no value, Retrofit's take the path. */
    private static final Set<String> VERB_ANNOTATIONS = Set.of("GET", "POST", "PUT", "DELETE", "PATCH", "HEAD",
            "OPTIONS");

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
            boolean feign = ctx.hasAnnotation(t, Set.of("FeignClient"));
            boolean mpRest = ctx.hasAnnotation(t, Set.of("RegisterRestClient"));
            boolean jaxrs = ctx.isJaxRs();
            StrExpr base = typeBase(t, feign);
            for (MethodDeclaration m : t.getMethods()) {
                for (AnnotationExpr a : m.getAnnotations()) {
                    interfaceCall(t, m, a, base, feign, mpRest, jaxrs, out);
                }
            }
        }
        return out;
    }

    private StrExpr typeBase(ClassOrInterfaceDeclaration t, boolean feign) {
        List<StrExpr> parts = new ArrayList<>();
        for (AnnotationExpr a : t.getAnnotations()) {
            String n = a.getNameAsString();
            switch (n) {
                case "FeignClient" -> {
                    ctx.member(a, "url").ifPresent(parts::add);
                    ctx.member(a, "path").ifPresent(p -> {
                        parts.add(new Lit("/"));
                        parts.add(p);
                    });
                }
                case "RequestMapping", "HttpExchange" -> {
                    Optional<StrExpr> v = ctx.member(a, "value").or(() -> ctx.member(a, "path")).or(() -> ctx.member(a, "url"));
                    v.ifPresent(p -> {
                        parts.add(new Lit("/"));
                        parts.add(p);
                    });
                }
                case "Path" -> {
                    if (ctx.isJaxRs()) {
                        ctx.member(a, "value").ifPresent(p -> {
                            parts.add(new Lit("/"));
                            parts.add(p);
                        });
                    }
                }
                default -> {
                    // not a base path
                }
            }
        }
        return new Concat(parts, false);
    }

    private void interfaceCall(ClassOrInterfaceDeclaration t, MethodDeclaration m, AnnotationExpr a, StrExpr base,
                               boolean feign, boolean mpRest, boolean jaxrs, List<CallSite> out) {
        String n = a.getNameAsString();
        String method = null;
        StrExpr path = null;
        String client;
        String implementable = "";
        boolean relative = false;
        if (n.equals("RequestLine")) {
            Optional<StrExpr> v = ctx.member(a, "value");
            if (v.isEmpty()) {
                return;
            }
            StrExpr[] split = splitRequestLine(v.get());
            method = split[0] instanceof Lit l ? l.value() : null;
            path = split[1];
            client = "feign";
            relative = true;
            base = new Concat(List.of(), false);
        } else if (SPRING_MAPPINGS.containsKey(n) || n.equals("RequestMapping")) {
            method = SPRING_MAPPINGS.get(n);
            if (n.equals("RequestMapping")) {
                method = ctx.rawMember(a, "method").map(ClientCallMatcher::methodOf).orElse(null);
            }
            path = ctx.member(a, "value").or(() -> ctx.member(a, "path")).orElse(new Lit(""));
            client = feign ? "feign" : "spring-mapping";
            implementable = feign ? "" : t.getNameAsString();
        } else if (EXCHANGE_MAPPINGS.containsKey(n) || n.equals("HttpExchange")) {
            method = EXCHANGE_MAPPINGS.get(n);
            if (n.equals("HttpExchange")) {
                method = ctx.rawMember(a, "method").map(ClientCallMatcher::methodOf).orElse(null);
            }
            path = ctx.member(a, "value").or(() -> ctx.member(a, "url")).orElse(new Lit(""));
            client = "spring-httpexchange";
        } else if (VERB_ANNOTATIONS.contains(n) && !(a instanceof MarkerAnnotationExpr)) {
            method = n;
            path = ctx.member(a, "value").orElse(new Lit(""));
            client = "retrofit";
            relative = true;
            base = new Concat(List.of(), false);
        } else if (n.equals("HTTP") && !jaxrs) {
            method = ctx.rawMember(a, "method").map(ClientCallMatcher::methodOf).orElse(null);
            path = ctx.member(a, "path").orElse(new Lit(""));
            client = "retrofit";
            relative = true;
            base = new Concat(List.of(), false);
        } else if (VERB_ANNOTATIONS.contains(n) && jaxrs) {
            method = n;
            path = m.getAnnotationByName("Path").flatMap(p -> ctx.member(p, "value")).orElse(new Lit(""));
            client = mpRest ? "microprofile-rest-client" : "jax-rs";
            implementable = mpRest ? "" : t.getNameAsString();
        } else {
            return;
        }
        StrExpr url = relative ? path : new Concat(List.of(base, new Lit("/"), path), false);
        out.add(new CallSite(ctx.at(a), method, url, client, ctx.topLevel(t), CallKind.INTERFACE,
                relative ? t.getNameAsString() : "", implementable, "", List.of()));
    }

    /** {@code "POST /api/v2/x"} into method and path parts; the method must be in the first literal. */
    private StrExpr[] splitRequestLine(StrExpr v) {
        List<StrExpr> parts = v instanceof Concat c ? new ArrayList<>(c.parts()) : new ArrayList<>(List.of(v));
        if (!parts.isEmpty() && parts.get(0) instanceof Lit l) {
            String s = l.value().stripLeading();
            int sp = s.indexOf(' ');
            if (sp > 0) {
                parts.set(0, new Lit(s.substring(sp + 1).strip()));
                return new StrExpr[] {new Lit(s.substring(0, sp).toUpperCase(Locale.ROOT)), new Concat(parts, false)};
            }
        }
        return new StrExpr[] {new Hole("method", false), v};
    }
}
