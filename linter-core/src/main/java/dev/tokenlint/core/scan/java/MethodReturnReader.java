package dev.tokenlint.core.scan.java;

import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.stmt.ReturnStmt;
import dev.tokenlint.core.scan.java.FileFacts.MethodReturn;
import dev.tokenlint.core.scan.java.StrExpr.Hole;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads what URL helpers return ({@code String buildUrl(String id) { return base + "/api/v2/" + id; }}):
 * a call's path is often such a helper's value, which the link phase knows only from its return.
 */
final class MethodReturnReader {

    /** Return types whose value may be (part of) a URL. */
    private static final Set<String> URL_TYPES = Set.of("String", "URI", "URL", "CharSequence", "HttpUrl",
            "StringBuilder", "Object", "UriComponents", "UriComponentsBuilder", "URIBuilder", "Uri");

    private final UnitContext ctx;

    MethodReturnReader(UnitContext ctx) {
        this.ctx = ctx;
    }

    /** Of each method in {@code methods} with several returns, the one with the most literal text. */
    List<MethodReturn> read(List<MethodDeclaration> methods) {
        List<MethodReturn> out = new ArrayList<>();
        for (MethodDeclaration m : methods) {
            if (m.getBody().isEmpty() || !URL_TYPES.contains(DeclaredTypes.simpleType(m.getType().asString()))) {
                continue;
            }
            StrExpr best = null;
            int bestLength = -1;
            for (ReturnStmt r : m.getBody().get().findAll(ReturnStmt.class)) {
                if (r.getExpression().isEmpty() || ctx.enclosingCallable(r).orElse(null) != m) {
                    continue; // a lambda's or a local class's return
                }
                StrExpr v = ctx.reader().read(r.getExpression().get());
                int length = ExpressionReader.literalLength(v);
                if (length > bestLength) {
                    best = v;
                    bestLength = length;
                }
            }
            if (best != null && !(best instanceof Hole h && !h.param())) {
                out.add(new MethodReturn(ctx.enclosingTypeName(m), m.getNameAsString(),
                        m.getParameters().stream().map(Parameter::getNameAsString).toList(), best));
            }
        }
        return out;
    }
}
