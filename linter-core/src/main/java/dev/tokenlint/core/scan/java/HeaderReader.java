package dev.tokenlint.core.scan.java;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.ArrayInitializerExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import dev.tokenlint.core.scan.java.FileFacts.HeaderSite;
import dev.tokenlint.core.scan.java.StrExpr.Lit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads where the code sets an {@code Authorization} header (a setter, Apache's
 * {@code new BasicHeader(..)}, Feign's and Retrofit's {@code @Headers}): the link phase
 * tells from them which calls send an {@code Api-Token} and so need its scopes.
 */
final class HeaderReader {

    private final UnitContext ctx;

    HeaderReader(UnitContext ctx) {
        this.ctx = ctx;
    }

    /** The headers a setter call sets ({@code header(k, v)}, {@code headers(k1, v1, k2, v2)}, {@code setBearerAuth(..)}). */
    List<HeaderSite> fromCall(MethodCallExpr c) {
        List<HeaderSite> out = new ArrayList<>();
        String name = c.getNameAsString();
        NodeList<Expression> args = c.getArguments();
        switch (name) {
            case "setBearerAuth" -> out.add(new HeaderSite(ctx.at(c.getName()), new Lit("Authorization"),
                    new Lit(""), "Bearer", ctx.topLevel(c), ctx.methodKey(c)));
            case "setBasicAuth" -> out.add(new HeaderSite(ctx.at(c.getName()), new Lit("Authorization"),
                    new Lit(""), "Basic", ctx.topLevel(c), ctx.methodKey(c)));
            case "header", "setHeader", "addHeader", "setRequestProperty", "addRequestProperty", "set", "add",
                 "defaultHeader", "put", "headers", "of", "addHeaders", "setHeaders" -> {
                for (int i = 0; i + 1 < args.size(); i += 2) {
                    pair(c, args.get(i), args.get(i + 1)).ifPresent(out::add);
                    if (!name.equals("headers") && !name.equals("of")) {
                        break;
                    }
                }
            }
            default -> {
                // not a header
            }
        }
        return out;
    }

    /** Whether {@code o} is Apache's {@code new BasicHeader(name, value)}, a header and nothing else. */
    static boolean isBasicHeader(ObjectCreationExpr o) {
        return o.getType().getNameAsString().equals("BasicHeader") && o.getArguments().size() == 2;
    }

    /** The header {@code new BasicHeader(name, value)} makes, when it is an authorization. */
    Optional<HeaderSite> fromBasicHeader(ObjectCreationExpr o) {
        return pair(o, o.getArgument(0), o.getArgument(1));
    }

    /** Feign's and Retrofit's {@code @Headers("Authorization: Api-Token {token}")} among every annotation of the file. */
    List<HeaderSite> fromAnnotations(List<AnnotationExpr> annotations) {
        List<HeaderSite> out = new ArrayList<>();
        for (AnnotationExpr a : annotations) {
            if (!a.getNameAsString().equals("Headers")) {
                continue;
            }
            Optional<Expression> v = ctx.rawValueAll(a);
            if (v.isEmpty()) {
                continue;
            }
            List<Expression> values = v.get() instanceof ArrayInitializerExpr arr ? arr.getValues() : List.of(v.get());
            for (Expression e : values) {
                if (e instanceof StringLiteralExpr s) {
                    String text = s.asString();
                    int colon = text.indexOf(':');
                    if (colon > 0 && text.substring(0, colon).strip().equalsIgnoreCase("Authorization")) {
                        out.add(new HeaderSite(ctx.at(a), new Lit("Authorization"),
                                new Lit(text.substring(colon + 1).strip()), null, ctx.topLevel(a), MethodKey.NONE));
                    }
                }
            }
        }
        return out;
    }

    /**
     * A key and a value set at {@code call}, kept when the key is {@code "Authorization"} or a constant
     * whose name says so ({@code AUTH_HEADER}): the constant's value is known only in the link phase.
     */
    private Optional<HeaderSite> pair(Node call, Expression key, Expression value) {
        boolean candidate;
        if (key instanceof StringLiteralExpr s) {
            candidate = s.asString().equalsIgnoreCase("Authorization");
        } else {
            String t = key.toString().toUpperCase(Locale.ROOT);
            candidate = (key instanceof NameExpr || key instanceof FieldAccessExpr) && t.contains("AUTH");
        }
        if (!candidate) {
            return Optional.empty();
        }
        Node where = call instanceof MethodCallExpr m ? m.getName() : call;
        return Optional.of(new HeaderSite(ctx.at(where), ctx.reader().read(key), ctx.reader().read(value), null,
                ctx.topLevel(call), ctx.methodKey(call)));
    }
}
