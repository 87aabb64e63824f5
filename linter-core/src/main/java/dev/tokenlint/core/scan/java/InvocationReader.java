package dev.tokenlint.core.scan.java;

import com.github.javaparser.ast.expr.ClassExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import dev.tokenlint.core.scan.java.FileFacts.Invocation;
import dev.tokenlint.core.scan.java.StrExpr.Hole;
import dev.tokenlint.core.scan.java.StrExpr.Lit;
import dev.tokenlint.core.scan.java.clients.ClientLibraries;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the invocations of other methods and constructors whose arguments may carry a path
 * ({@code client.get("/api/v2/metrics")}, {@code new RequestGenerator("GET", url)}): the link phase
 * follows them into the wrappers that make the HTTP call with those arguments.
 */
final class InvocationReader {

    /** How a class literal argument {@code Api.class} is kept among an invocation's arguments. */
    static final String CLASS_LITERAL = ".class";

    /** Methods whose string arguments are never a path handed to a wrapper. */
    private static final Set<String> NOT_WRAPPERS = Set.of("info", "debug", "warn", "error", "trace", "println",
            "print", "printf", "format", "formatted", "append", "equals", "equalsIgnoreCase", "startsWith", "endsWith",
            "contains", "log", "getenv", "getProperty", "header", "setHeader", "addHeader", "setRequestProperty",
            "matches", "replace", "replaceAll", "split", "indexOf", "assertThat", "assertEquals", "isEqualTo",
            "valueOf", "parse", "create", "of", "substring", "join", "concat", "put", "add", "set", "debugf",
            "infof", "warnf", "errorf");

    private final UnitContext ctx;

    InvocationReader(UnitContext ctx) {
        this.ctx = ctx;
    }

    /** The invocation {@code c} is, when it may hand a path to a wrapper. */
    Optional<Invocation> fromCall(MethodCallExpr c) {
        String name = c.getNameAsString();
        if (c.getArguments().isEmpty() || NOT_WRAPPERS.contains(name)) {
            return Optional.empty();
        }
        if (!interesting(c.getArguments())) {
            return Optional.empty();
        }
        List<StrExpr> args = readArgs(c.getArguments());
        String receiver = ctx.receiverType(c);
        StrExpr resultMethod = ClientLibraries.methodSetOnResult(c)
                .map(m -> m.name() != null ? (StrExpr) new Lit(m.name()) : ctx.reader().read(m.named()))
                .orElse(null);
        return Optional.of(new Invocation(ctx.at(c.getName()), name, args, receiver, ctx.topLevel(c), ctx.methodKey(c),
                ctx.params(c), resultMethod));
    }

    /** {@code new RequestGenerator("GET", url, ..)}: a constructor may keep its arguments for a later request. */
    Optional<Invocation> fromConstruction(ObjectCreationExpr o) {
        if (o.getArguments().isEmpty() || !interesting(o.getArguments())) {
            return Optional.empty();
        }
        String type = o.getType().getNameAsString();
        if (type.equals("StringBuilder") || type.equals("String") || type.equals("URI") || type.equals("URL")
                || type.endsWith("Exception") || type.endsWith("Error")) {
            return Optional.empty();
        }
        return Optional.of(new Invocation(ctx.at(o), type, readArgs(o.getArguments()), type, ctx.topLevel(o),
                ctx.methodKey(o), ctx.params(o)));
    }

    /**
     * Whether some argument may carry a path: a literal with a slash, a name, a concatenation, a format,
     * or a getter of the class's own ({@code updateBaseUri(getDefaultBaseUri())}), whose return value the
     * link phase may know.
     */
    private static boolean interesting(List<Expression> arguments) {
        for (Expression a : arguments) {
            if (a instanceof StringLiteralExpr s && s.asString().contains("/")
                    || a instanceof FieldAccessExpr || a instanceof NameExpr
                    || a.isBinaryExpr() || a.isConditionalExpr() || a instanceof ClassExpr
                    || a instanceof MethodCallExpr mc && (mc.getNameAsString().equals("format")
                    || mc.getScope().isEmpty() && mc.getArguments().isEmpty())
                    || isUriCreation(a)) {
                return true;
            }
        }
        return false;
    }

    private List<StrExpr> readArgs(List<Expression> arguments) {
        List<StrExpr> args = new ArrayList<>();
        for (Expression a : arguments) {
            if (a instanceof ClassExpr k) {
                // a class literal: generic factories are told the interface this way
                args.add(new StrExpr.Ref(DeclaredTypes.simpleType(k.getType().asString()) + CLASS_LITERAL));
                continue;
            }
            args.add(a instanceof StringLiteralExpr || a instanceof FieldAccessExpr || a instanceof NameExpr
                    || a.isBinaryExpr() || a.isConditionalExpr() || a instanceof MethodCallExpr || isUriCreation(a)
                    ? ctx.reader().read(a) : new Hole("arg", false));
        }
        return args;
    }

    /** {@code new URL(..)} or {@code new URI(..)} handed to a helper that opens it. */
    private static boolean isUriCreation(Expression a) {
        return a instanceof ObjectCreationExpr o && (o.getType().getNameAsString().equals("URL")
                || o.getType().getNameAsString().equals("URI"));
    }
}
