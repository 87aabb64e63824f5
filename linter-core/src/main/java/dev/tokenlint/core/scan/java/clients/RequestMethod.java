package dev.tokenlint.core.scan.java.clients;

import com.github.javaparser.ast.expr.Expression;

/**
 * The HTTP method of a request as the code gives it: a method known where it is written
 * ({@code name}), or the expression that names it at run time ({@code named}, a parameter or a
 * constant the link phase resolves). Exactly one of the two is set.
 */
public record RequestMethod(String name, Expression named) {

    public RequestMethod {
        if ((name == null) == (named == null)) {
            throw new IllegalArgumentException("a request method is either known or named by an expression");
        }
    }

    /** A method the code names by {@code e}: known when {@code e} is a literal or a constant named for a verb. */
    static RequestMethod of(Expression e) {
        String m = CallChains.methodOf(e);
        return m != null ? new RequestMethod(m, null) : new RequestMethod(null, e);
    }
}
