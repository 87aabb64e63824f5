package dev.tokenlint.core.scan.java;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.ArrayInitializerExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import dev.tokenlint.core.scan.SuppressedRegion;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads {@code @SuppressWarnings("tokenlint")} and {@code @SuppressWarnings("tokenlint:rule")}:
 * the user's way of silencing findings in one declaration, kept as the line range of the
 * annotated declaration so that the rules can drop the findings inside it.
 */
final class SuppressionReader {

    private final UnitContext ctx;

    SuppressionReader(UnitContext ctx) {
        this.ctx = ctx;
    }

    /** The suppressed regions among {@code annotations}, every annotation of the file. */
    List<SuppressedRegion> read(List<AnnotationExpr> annotations) {
        List<SuppressedRegion> out = new ArrayList<>();
        for (AnnotationExpr a : annotations) {
            if (!a.getNameAsString().equals("SuppressWarnings")) {
                continue;
            }
            Optional<Expression> v = ctx.rawValueAll(a);
            if (v.isEmpty()) {
                continue;
            }
            Set<String> rules = new LinkedHashSet<>();
            List<Expression> values = v.get() instanceof ArrayInitializerExpr arr ? arr.getValues() : List.of(v.get());
            for (Expression e : values) {
                if (e instanceof StringLiteralExpr s) {
                    String text = s.asString().strip();
                    if (text.equals("tokenlint")) {
                        rules.add("all");
                    } else if (text.startsWith("tokenlint:")) {
                        rules.add(text.substring("tokenlint:".length()).strip());
                    }
                }
            }
            Node declaration = a.getParentNode().orElse(null);
            if (rules.isEmpty() || declaration == null || declaration.getRange().isEmpty()) {
                continue;
            }
            out.add(new SuppressedRegion(ctx.file(), declaration.getRange().get().begin.line,
                    declaration.getRange().get().end.line, rules));
        }
        return out;
    }
}
