package dev.tokenlint.core.scan.java.clients;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.Expression;
import dev.tokenlint.core.scan.java.StrExpr;

/**
 * A request found in code.
 *
 * @param at        the node whose position is reported: where the URL meets the client
 * @param url       the expression that holds the URL
 * @param urlValue  the URL already read, when {@code url} alone does not tell it (a URI builder lambda), else null
 * @param method    the HTTP method in upper case, or null when the code does not say it statically
 * @param client    the library that makes the request
 * @param methodArg when {@code method} is null, the expression that names the method at run time (a
 *                  parameter or a field the link phase may resolve), else null
 */
public record ClientMatch(Node at, Expression url, StrExpr urlValue, String method, ClientId client,
                          Expression methodArg) {

    /** A match whose method is known, or not named by any expression. */
    public ClientMatch(Node at, Expression url, StrExpr urlValue, String method, ClientId client) {
        this(at, url, urlValue, method, client, null);
    }
}
