package dev.tokenlint.core.scan.java.clients;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.InitializerDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the libraries' recognisers read the same way: HTTP method names, the calls of a builder
 * chain and the variable a builder is kept in, the method around a call.
 */
public final class CallChains {

    private static final Set<String> HTTP_METHODS = Set.of("GET", "POST", "PUT", "DELETE", "PATCH", "HEAD",
            "OPTIONS", "TRACE");

    private CallChains() {
    }

    /** {@code name} in upper case when it is an HTTP method in any case ({@code get}, {@code Post}), else null. */
    public static String httpMethod(String name) {
        String up = name.toUpperCase(Locale.ROOT);
        return HTTP_METHODS.contains(up) ? up : null;
    }

    /**
     * The HTTP method an expression names: {@code "POST"}, {@code HttpMethod.POST},
     * {@code Method.POST}, {@code RequestMethod.POST}; null for anything else, a call included.
     */
    public static String methodOf(Expression e) {
        String text;
        if (e instanceof StringLiteralExpr s) {
            text = s.asString();
        } else {
            String t = e.toString();
            int dot = t.lastIndexOf('.');
            text = dot >= 0 ? t.substring(dot + 1) : t;
            if (text.endsWith("()")) {
                return null;
            }
        }
        return httpMethod(text);
    }

    /** The last identifier of a scope ({@code Builder} for {@code org.x.Builder}), else empty. */
    public static String lastName(Expression e) {
        if (e instanceof NameExpr n) {
            return n.getNameAsString();
        }
        if (e instanceof FieldAccessExpr f) {
            return f.getNameAsString();
        }
        return "";
    }

    /** The innermost scope of a call chain, e.g. {@code sb} for {@code sb.append(a).append(b)}. */
    public static Expression chainRoot(MethodCallExpr m) {
        Expression cur = m;
        while (cur instanceof MethodCallExpr c && c.getScope().isPresent()) {
            cur = c.getScope().get();
        }
        return cur;
    }

    /** The outermost call of the chain {@code m} belongs to. */
    public static Node chainTop(MethodCallExpr m) {
        Node cur = m;
        while (cur.getParentNode().orElse(null) instanceof MethodCallExpr p && p.getScope().orElse(null) == cur) {
            cur = p;
        }
        return cur;
    }

    /** Every call of the chain {@code m} belongs to, outermost first. */
    public static List<MethodCallExpr> wholeChain(MethodCallExpr m) {
        List<MethodCallExpr> out = new ArrayList<>();
        Node cur = chainTop(m);
        while (cur instanceof MethodCallExpr c) {
            out.add(c);
            cur = c.getScope().orElse(null);
        }
        return out;
    }

    /** Whether a call of the chain is made on one of these types by simple name ({@code HttpRequest.newBuilder()}). */
    public static boolean chainHasOwner(MethodCallExpr m, Set<String> owners) {
        for (MethodCallExpr c : wholeChain(m)) {
            if (c.getScope().isPresent() && owners.contains(lastName(c.getScope().get()))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the chain holds a call of this name. */
    public static boolean chainHasCall(MethodCallExpr m, String name) {
        for (MethodCallExpr c : wholeChain(m)) {
            if (c.getNameAsString().equals(name)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the chain starts at a variable declared with this simple type ({@code Request.Builder b; b.url(..)}). */
    public static boolean rootDeclaredAs(MethodCallExpr m, String simpleType, SourceFile file) {
        return chainRoot(m) instanceof NameExpr n
                && file.declaredType(m, n.getNameAsString()).map(simpleType::equals).orElse(false);
    }

    /**
     * Whether {@code type} is {@code var}. The scanner parses without JavaParser's language-level
     * post-processing (one more walk over every type of every tree, only to turn {@code var} into a
     * {@code VarType}), so {@code var} is a class type of that name here.
     */
    public static boolean isVar(Type type) {
        return type.isVarType() || type instanceof ClassOrInterfaceType c && c.getScope().isEmpty()
                && c.getTypeArguments().isEmpty() && c.getNameAsString().equals("var");
    }

    /**
     * The method, constructor, lambda or initializer around {@code use}; null at the level of a
     * type (a field's initializer).
     */
    public static Node enclosingBody(Node use) {
        Optional<Node> p = use.getParentNode();
        while (p.isPresent()) {
            Node n = p.get();
            if (n instanceof CallableDeclaration<?> || n instanceof LambdaExpr || n instanceof InitializerDeclaration) {
                return n;
            }
            if (n instanceof TypeDeclaration<?>) {
                return null;
            }
            p = n.getParentNode();
        }
        return null;
    }

    /** The statement list a node sits in, for looking at sibling calls (e.g. {@code setRequestMethod}). */
    public static Optional<Node> enclosingCallableBody(Node n) {
        Node body = enclosingBody(n);
        if (body instanceof CallableDeclaration<?> c) {
            return c.findFirst(BlockStmt.class).map(b -> (Node) b).or(() -> Optional.of(c));
        }
        return Optional.ofNullable(body);
    }

    /** The first declaration of local variable {@code name} in the body around {@code use}. */
    public static Optional<VariableDeclarator> localDeclaration(Node use, String name) {
        return enclosingCallableBody(use).flatMap(b -> b.findAll(VariableDeclarator.class).stream()
                .filter(v -> v.getNameAsString().equals(name)).findFirst());
    }

    /**
     * The HTTP method named in the builder chain around {@code m} (before or after it), or in
     * calls on the variable the chain is stored in; {@code verbs} maps the library's verb calls
     * to methods, a {@code method(..)} call names one by its argument; null when the method is
     * named but not statically, {@code fallback} when none is named.
     */
    public static String methodFromChain(MethodCallExpr m, Map<String, String> verbs, String fallback) {
        for (MethodCallExpr c : wholeChain(m)) {
            String v = verbOf(c, verbs);
            if (v != null) {
                return v;
            }
            if (isMethodCall(c)) {
                return null;
            }
        }
        String var = builderVariable(m);
        Optional<Node> body = enclosingCallableBody(m);
        if (var != null && body.isPresent()) {
            for (MethodCallExpr c : body.get().findAll(MethodCallExpr.class)) {
                if (chainRoot(c) instanceof NameExpr n && n.getNameAsString().equals(var) && c != m) {
                    String verb = verbOf(c, verbs);
                    if (verb != null) {
                        return verb;
                    }
                    if (isMethodCall(c)) {
                        return null; // builder.method(method, body): named, but not statically
                    }
                }
            }
        }
        return fallback;
    }

    /**
     * The first argument of a {@code method(m, ..)} call in the chain around {@code m}, or on the
     * variable the chain is stored in, when it names no method literally; else null.
     */
    public static Expression methodArgInChain(MethodCallExpr m) {
        for (MethodCallExpr c : wholeChain(m)) {
            if (isMethodCall(c)) {
                return methodOf(c.getArgument(0)) == null ? c.getArgument(0) : null;
            }
        }
        String var = builderVariable(m);
        Optional<Node> body = enclosingCallableBody(m);
        if (var != null && body.isPresent()) {
            for (MethodCallExpr c : body.get().findAll(MethodCallExpr.class)) {
                if (isMethodCall(c) && chainRoot(c) instanceof NameExpr n && n.getNameAsString().equals(var)) {
                    return methodOf(c.getArgument(0)) == null ? c.getArgument(0) : null;
                }
            }
        }
        return null;
    }

    /**
     * The variable whose other calls may name the method: the one the chain is assigned to, or the
     * one it starts at ({@code builder.uri(..)} on a builder variable).
     */
    private static String builderVariable(MethodCallExpr m) {
        if (chainTop(m).getParentNode().orElse(null) instanceof VariableDeclarator v) {
            return v.getNameAsString();
        }
        return chainRoot(m) instanceof NameExpr root ? root.getNameAsString() : null;
    }

    private static boolean isMethodCall(MethodCallExpr c) {
        return c.getNameAsString().equals("method") && !c.getArguments().isEmpty();
    }

    private static String verbOf(MethodCallExpr c, Map<String, String> verbs) {
        return isMethodCall(c) ? methodOf(c.getArgument(0)) : verbs.get(c.getNameAsString());
    }
}
