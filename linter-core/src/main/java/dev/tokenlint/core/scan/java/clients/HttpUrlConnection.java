package dev.tokenlint.core.scan.java.clients;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.BooleanLiteralExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import java.util.Optional;

/**
 * {@code java.net.URL.openConnection()} ({@code HttpURLConnection}) and {@code openStream()}:
 * located at the {@code new URL(..)} that is opened, else at the call. The method is the
 * {@code setRequestMethod("X")} of the same method, else POST when {@code setDoOutput(true)},
 * else GET; always GET for {@code openStream}.
 */
final class HttpUrlConnection extends LibraryBase {

    static final ClientId ID = new ClientId("HttpURLConnection");

    HttpUrlConnection() {
        // by name, not package: java.net is too common to be a sign
        super(ID, "HttpURLConnection", "openConnection");
    }

    @Override
    public Optional<ClientMatch> match(MethodCallExpr m, SourceFile file) {
        String name = m.getNameAsString();
        if (!name.equals("openConnection") && !name.equals("openStream") || m.getScope().isEmpty()) {
            return Optional.empty();
        }
        Expression scope = m.getScope().get();
        Node at = m.getName();
        if (scope instanceof ObjectCreationExpr o && o.getType().getNameAsString().equals("URL")) {
            at = o;
        } else if (scope instanceof NameExpr n) {
            Optional<VariableDeclarator> decl = CallChains.localDeclaration(m, n.getNameAsString());
            if (decl.isPresent() && decl.get().getInitializer().orElse(null) instanceof ObjectCreationExpr o
                    && o.getType().getNameAsString().equals("URL")) {
                at = o;
            }
        }
        String method = name.equals("openStream") ? "GET" : requestMethod(m);
        Expression methodArg = method == null ? requestMethodArg(m) : null;
        return Optional.of(new ClientMatch(at, scope, null, method, ID, methodArg));
    }

    /** {@code setRequestMethod("X")} in the same method, else POST when output is enabled, else GET. */
    private static String requestMethod(MethodCallExpr open) {
        Optional<Node> body = CallChains.enclosingCallableBody(open);
        if (body.isEmpty()) {
            return "GET";
        }
        boolean output = false;
        for (MethodCallExpr c : body.get().findAll(MethodCallExpr.class)) {
            if (isSetRequestMethod(c)) {
                // a method named by a parameter or field: the link phase reads it, or it stays unknown
                return CallChains.methodOf(c.getArgument(0));
            }
            if (c.getNameAsString().equals("setDoOutput") && c.getArguments().size() == 1
                    && c.getArgument(0) instanceof BooleanLiteralExpr b && b.getValue()) {
                output = true;
            }
        }
        return output ? "POST" : "GET";
    }

    /** The argument of a {@code setRequestMethod(m)} that names no method literally, in the same method. */
    private static Expression requestMethodArg(MethodCallExpr open) {
        Optional<Node> body = CallChains.enclosingCallableBody(open);
        if (body.isPresent()) {
            for (MethodCallExpr c : body.get().findAll(MethodCallExpr.class)) {
                if (isSetRequestMethod(c)) {
                    return c.getArgument(0);
                }
            }
        }
        return null;
    }

    private static boolean isSetRequestMethod(MethodCallExpr c) {
        return c.getNameAsString().equals("setRequestMethod") && c.getArguments().size() == 1;
    }
}
