package dev.tokenlint.core.scan.java.clients;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.BooleanLiteralExpr;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.stmt.ReturnStmt;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * {@code java.net.URL.openConnection()} ({@code HttpURLConnection}) and {@code openStream()}:
 * located at the {@code new URL(..)} that is opened, else at the call. The method is the
 * {@code setRequestMethod("X")} of the same method, else POST when {@code setDoOutput(true)},
 * else GET; always GET for {@code openStream}. A helper that returns the connection it opened
 * without configuring it leaves the method to its callers, which set it on what it returns.
 */
final class HttpUrlConnection extends LibraryBase {

    static final ClientId ID = new ClientId("HttpURLConnection");

    /** Types a connection is kept in. */
    private static final Set<String> CONNECTION_TYPES = Set.of("HttpURLConnection", "HttpsURLConnection",
            "URLConnection");

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
        if (name.equals("openStream")) {
            return Optional.of(new ClientMatch(at, scope, null, "GET", ID));
        }
        Optional<RequestMethod> set = methodSetIn(m, c -> true);
        if (set.isEmpty() && handedOn(m)) {
            return Optional.of(new ClientMatch(at, scope, null, null, ID)); // the callers say the method
        }
        RequestMethod method = set.orElse(new RequestMethod("GET", null));
        return Optional.of(new ClientMatch(at, scope, null, method.name(), ID, method.named()));
    }

    @Override
    public Optional<RequestMethod> methodSetOnResult(MethodCallExpr call) {
        Optional<String> kept = keptIn(call);
        if (kept.isEmpty() || !isConnection(call, kept.get()) && !isVar(call)) {
            return Optional.empty();
        }
        String var = kept.get();
        Optional<RequestMethod> set = methodSetIn(call, c -> c.getScope().orElse(null) instanceof NameExpr n
                && n.getNameAsString().equals(var));
        if (set.isPresent()) {
            return set;
        }
        return isConnection(call, var) && !handedOn(call) ? Optional.of(new RequestMethod("GET", null))
                : Optional.empty();
    }

    /**
     * The method set in the body around {@code at} by a {@code setRequestMethod(..)} (or, failing that,
     * {@code setDoOutput(true)}: POST) on a receiver {@code on} accepts; empty when none is.
     */
    private static Optional<RequestMethod> methodSetIn(Node at, Predicate<MethodCallExpr> on) {
        Optional<Node> body = CallChains.enclosingCallableBody(at);
        if (body.isEmpty()) {
            return Optional.empty();
        }
        boolean output = false;
        for (MethodCallExpr c : body.get().findAll(MethodCallExpr.class)) {
            if (c.getArguments().size() != 1 || !on.test(c)) {
                continue;
            }
            if (c.getNameAsString().equals("setRequestMethod")) {
                // a method named by a parameter or field: the link phase reads it, or it stays unknown
                return Optional.of(RequestMethod.of(c.getArgument(0)));
            }
            if (c.getNameAsString().equals("setDoOutput") && c.getArgument(0) instanceof BooleanLiteralExpr b
                    && b.getValue()) {
                output = true;
            }
        }
        return output ? Optional.of(new RequestMethod("POST", null)) : Optional.empty();
    }

    /** Whether the value of {@code e} leaves its method: returned as it is, or kept in a variable that is returned. */
    private static boolean handedOn(Expression e) {
        Node value = outermost(e);
        if (value.getParentNode().orElse(null) instanceof ReturnStmt) {
            return true;
        }
        Optional<String> kept = keptIn(e);
        Optional<Node> body = CallChains.enclosingCallableBody(e);
        return kept.isPresent() && body.isPresent() && body.get().findAll(ReturnStmt.class).stream()
                .anyMatch(r -> r.getExpression().map(x -> unwrapped(x) instanceof NameExpr n
                        && n.getNameAsString().equals(kept.get())).orElse(false));
    }

    /** The local variable the value of {@code e} is stored in ({@code con = (HttpURLConnection) e}). */
    private static Optional<String> keptIn(Expression e) {
        Node parent = outermost(e).getParentNode().orElse(null);
        if (parent instanceof VariableDeclarator v) {
            return Optional.of(v.getNameAsString());
        }
        if (parent instanceof AssignExpr a && a.getTarget() instanceof NameExpr n) {
            return Optional.of(n.getNameAsString());
        }
        return Optional.empty();
    }

    /** Whether the variable {@code var} that {@code call}'s value is stored in is declared as a connection. */
    private static boolean isConnection(Expression call, String var) {
        Node parent = outermost(call).getParentNode().orElse(null);
        Optional<VariableDeclarator> decl = parent instanceof VariableDeclarator v ? Optional.of(v)
                : CallChains.localDeclaration(call, var);
        return decl.map(v -> {
            String type = v.getType().asString();
            return CONNECTION_TYPES.contains(type.substring(type.lastIndexOf('.') + 1));
        }).orElse(false);
    }

    /** {@code var con = open(url)}: the type is not written, so the calls on it tell. */
    private static boolean isVar(Expression call) {
        return outermost(call).getParentNode().orElse(null) instanceof VariableDeclarator v && CallChains.isVar(v.getType());
    }

    /** {@code e} with the casts and parentheses around it. */
    private static Node outermost(Expression e) {
        Node cur = e;
        while (cur.getParentNode().orElse(null) instanceof CastExpr || cur.getParentNode().orElse(null)
                instanceof EnclosedExpr) {
            cur = cur.getParentNode().get();
        }
        return cur;
    }

    /** {@code e} without the casts and parentheses around it. */
    private static Expression unwrapped(Expression e) {
        Expression cur = e;
        while (cur instanceof CastExpr || cur instanceof EnclosedExpr) {
            cur = cur instanceof CastExpr c ? c.getExpression() : ((EnclosedExpr) cur).getInner();
        }
        return cur;
    }
}
