package dev.tokenlint.core.scan.java.clients;

import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import dev.tokenlint.core.scan.java.StrExpr;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Every client library the scanner understands, in one list, and the questions the scanner asks
 * of all of them. A new library is a class implementing {@link HttpClientLibrary} and a line here.
 */
public final class ClientLibraries {

    /**
     * The libraries in the order they are asked; the first that recognises a call has it. Order
     * matters only where two could claim one call: Spring's {@code .get().uri(..)} comes before
     * {@code java.net.http}'s {@code .uri(..)}, the template's {@code put} and {@code delete}
     * before Apache's factories, Feign before plain Spring mappings, Retrofit's verb annotations
     * (which carry a path) before JAX-RS's, MicroProfile before plain JAX-RS.
     */
    private static final List<HttpClientLibrary> ALL = List.of(
            new SpringRestClient(),
            new SpringWebClient(),
            new JavaNetHttp(),
            new OkHttp(),
            new HttpUrlConnection(),
            new JaxRsClient(),
            new Jersey1Client(),
            new OtlpHttpExporters(),
            new SpringRestTemplate(),
            new ApacheHttpClient(),
            new Feign(),
            new SpringMappingInterface(),
            new SpringHttpExchange(),
            new Retrofit(),
            new MicroProfileRestClient(),
            new JaxRs());

    private static final Map<ClientId, HttpClientLibrary> BY_ID = ALL.stream()
            .collect(Collectors.toUnmodifiableMap(HttpClientLibrary::id, Function.identity()));

    private ClientLibraries() {
    }

    /** The libraries, in the order they are asked. */
    public static List<HttpClientLibrary> all() {
        return ALL;
    }

    /** Every library's markers, each once, for the prefilter. */
    public static List<String> markers() {
        return ALL.stream().flatMap(l -> l.markers().stream()).distinct().toList();
    }

    /** The request {@code call} makes with some library, if any. */
    public static Optional<ClientMatch> match(MethodCallExpr call, SourceFile file) {
        return first(l -> l.match(call, file));
    }

    /** The HTTP method the caller gives the request that {@code call} returns, if some library sees one. */
    public static Optional<RequestMethod> methodSetOnResult(MethodCallExpr call) {
        return first(l -> l.methodSetOnResult(call));
    }

    /** The request {@code creation} constructs with some library, if any. */
    public static Optional<ClientMatch> match(ObjectCreationExpr creation, SourceFile file) {
        return first(l -> l.match(creation, file));
    }

    /** The base path that interface {@code type}'s own annotations give its mappings, parts in annotation order. */
    public static List<StrExpr> basePath(ClassOrInterfaceDeclaration type, SourceFile file) {
        List<StrExpr> parts = new ArrayList<>();
        for (AnnotationExpr a : type.getAnnotations()) {
            for (HttpClientLibrary l : ALL) {
                parts.addAll(l.basePath(a, type, file));
            }
        }
        return parts;
    }

    /** The request that {@code annotation} on {@code method} of interface {@code type} declares, if any. */
    public static Optional<InterfaceMapping> mapping(AnnotationExpr annotation, MethodDeclaration method,
                                                     ClassOrInterfaceDeclaration type, SourceFile file) {
        return first(l -> l.mapping(annotation, method, type, file));
    }

    /** How interfaces of library {@code client} join a base given where they are created; NONE for an unknown id. */
    public static BaseJoin baseJoin(ClientId client) {
        HttpClientLibrary l = client == null ? null : BY_ID.get(client);
        return l == null ? BaseJoin.NONE : l.baseJoin();
    }

    /** The first library's answer, in the order of {@link #ALL}. */
    private static <T> Optional<T> first(Function<HttpClientLibrary, Optional<T>> question) {
        for (HttpClientLibrary l : ALL) {
            Optional<T> answer = question.apply(l);
            if (answer.isPresent()) {
                return answer;
            }
        }
        return Optional.empty();
    }
}
