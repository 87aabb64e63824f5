package dev.tokenlint.core.scan.java.clients;

import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import dev.tokenlint.core.scan.java.StrExpr;
import java.util.List;
import java.util.Optional;

/**
 * What the scanner knows of one HTTP client library: its name, the text that announces its use,
 * the calls and constructors that take a URL (which argument, where the method comes from) and,
 * for libraries of annotated interfaces, what their annotations declare. Every library is listed
 * in {@link ClientLibraries}; the engine asks them and names none of their request types itself.
 * (What builds a URL, such as {@code HttpUrl.Builder} or {@code UriComponentsBuilder}, is read with
 * the other values in {@code ExpressionReader}; headers and the base URLs given to Retrofit and
 * Feign factories in {@code JavaFileExtractor}.)
 */
public interface HttpClientLibrary {

    /** The name calls made with this library carry. */
    ClientId id();

    /**
     * Text whose presence in a file's code or string literals announces the library: a package
     * (an import or a qualified name) rather than a simple class name, since a file can use a
     * class only by importing it or naming it qualified, while names such as {@code HttpRequest}
     * or {@code WebClient} also match unrelated classes. Matched case-sensitively, comments excluded.
     */
    List<String> markers();

    /** The request {@code call} makes, if it is one of this library's. */
    default Optional<ClientMatch> match(MethodCallExpr call, SourceFile file) {
        return Optional.empty();
    }

    /**
     * The HTTP method that the code around {@code call}, a call of a method of the code base, gives
     * the request that call returns, when it goes on to configure the result as one of this
     * library's requests ({@code HttpURLConnection con = open(url); con.setRequestMethod("PUT")}).
     * A helper that only opens a connection leaves the method to its callers, and this is where
     * they say it. Empty when the result is not used so, or is handed on again.
     */
    default Optional<RequestMethod> methodSetOnResult(MethodCallExpr call) {
        return Optional.empty();
    }

    /** The request {@code creation} makes, if it constructs one of this library's requests. */
    default Optional<ClientMatch> match(ObjectCreationExpr creation, SourceFile file) {
        return Optional.empty();
    }

    /**
     * The base path parts a type-level annotation of this library gives the mappings of
     * {@code type} (a slash first where the annotation's value is a path); empty when the
     * annotation is not this library's.
     */
    default List<StrExpr> basePath(AnnotationExpr annotation, ClassOrInterfaceDeclaration type, SourceFile file) {
        return List.of();
    }

    /**
     * The request that {@code annotation} on {@code method} of interface {@code type} declares, if
     * the annotation is this library's.
     */
    default Optional<InterfaceMapping> mapping(AnnotationExpr annotation, MethodDeclaration method,
                                               ClassOrInterfaceDeclaration type, SourceFile file) {
        return Optional.empty();
    }

    /** How the relative paths of this library's interfaces join the base given where one is created. */
    default BaseJoin baseJoin() {
        return BaseJoin.NONE;
    }
}
