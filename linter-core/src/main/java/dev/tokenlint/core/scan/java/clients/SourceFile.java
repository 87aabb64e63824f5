package dev.tokenlint.core.scan.java.clients;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.Expression;
import dev.tokenlint.core.scan.java.StrExpr;
import java.util.Map;
import java.util.Optional;

/**
 * What a library's recogniser may ask of the file a call stands in. The scanner implements it
 * once per compilation unit; the libraries see no more of the engine than this.
 */
public interface SourceFile {

    /** Whether some import of the file starts with {@code prefix} ({@code okhttp3}, a class's full name). */
    boolean importsFrom(String prefix);

    /**
     * The simple name of the declared type of {@code name} as seen at {@code use}: a local
     * variable, a parameter or a field; empty when no declaration in the file shows it.
     */
    Optional<String> declaredType(Node use, String name);

    /** {@code e} read as a string expression, with {@code bindings} naming values a lambda's parameters stand for. */
    StrExpr read(Expression e, Map<String, StrExpr> bindings);

    /** The expression of annotation member {@code name} (the first element of an array). */
    Optional<Expression> rawMember(AnnotationExpr a, String name);

    /** Annotation member {@code name} read as a string expression. */
    Optional<StrExpr> member(AnnotationExpr a, String name);
}
