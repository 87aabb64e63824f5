package dev.tokenlint.core.scan.java;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import dev.tokenlint.core.scan.java.FileFacts.FieldWrite;
import dev.tokenlint.core.scan.java.StrExpr.Hole;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the assignments to fields that are not constants: stateful wrappers keep the base URL,
 * the request URL and the HTTP method in fields set by a constructor or a setter and send them in
 * a later {@code execute()}. Values that cannot be a string (a client, a list) are left out.
 */
final class FieldWriteReader {

    private final UnitContext ctx;

    FieldWriteReader(UnitContext ctx) {
        this.ctx = ctx;
    }

    /**
     * @param assigns      every assignment of the file
     * @param fields       every field declaration of the file
     * @param reassigned   names of fields assigned somewhere (their initializers are writes too)
     */
    List<FieldWrite> read(List<AssignExpr> assigns, List<FieldDeclaration> fields, Set<String> reassigned) {
        List<FieldWrite> out = new ArrayList<>();
        for (AssignExpr a : assigns) {
            if (a.getOperator() != AssignExpr.Operator.ASSIGN) {
                continue;
            }
            Optional<String> field = fieldName(a.getTarget(), a);
            if (field.isEmpty()) {
                continue;
            }
            Optional<CallableDeclaration<?>> method = ctx.enclosingCallable(a);
            if (method.isEmpty()) {
                continue;
            }
            StrExpr value = ctx.reader().read(a.getValue());
            if (worthKeeping(value)) {
                out.add(new FieldWrite(ctx.enclosingTypeName(method.get()), field.get(), value, ctx.methodKey(a),
                        ctx.params(a)));
            }
        }
        for (FieldDeclaration f : fields) {
            if (f.isStatic() && f.isFinal() || !(f.getParentNode().orElse(null) instanceof TypeDeclaration<?> owner)) {
                continue;
            }
            for (VariableDeclarator v : f.getVariables()) {
                if (v.getInitializer().isEmpty() || !reassigned.contains(v.getNameAsString())) {
                    continue; // never reassigned: a constant, which the constant resolver reads
                }
                StrExpr value = ctx.reader().read(v.getInitializer().get());
                if (worthKeeping(value)) {
                    out.add(new FieldWrite(owner.getNameAsString(), v.getNameAsString(), value, MethodKey.NONE, List.of()));
                }
            }
        }
        return out;
    }

    /** {@code this.f} or a bare {@code f} that is neither a local variable nor a parameter. */
    private static Optional<String> fieldName(Expression target, Node at) {
        if (target instanceof FieldAccessExpr f && f.getScope() instanceof ThisExpr) {
            return Optional.of(f.getNameAsString());
        }
        if (target instanceof NameExpr n && !isLocalOrParameter(n.getNameAsString(), at)) {
            return Optional.of(n.getNameAsString());
        }
        return Optional.empty();
    }

    private static boolean isLocalOrParameter(String name, Node at) {
        Node cur = at.getParentNode().orElse(null);
        while (cur != null && !(cur instanceof TypeDeclaration<?>)) {
            if (cur instanceof CallableDeclaration<?> c) {
                for (Parameter p : c.getParameters()) {
                    if (p.getNameAsString().equals(name)) {
                        return true;
                    }
                }
                for (VariableDeclarator v : c.findAll(VariableDeclarator.class)) {
                    if (v.getNameAsString().equals(name)) {
                        return true;
                    }
                }
                return false;
            }
            if (cur instanceof LambdaExpr l) {
                for (Parameter p : l.getParameters()) {
                    if (p.getNameAsString().equals(name)) {
                        return true;
                    }
                }
            }
            cur = cur.getParentNode().orElse(null);
        }
        return false;
    }

    /** A value that may be (part of) a URL or a method: not an object nobody can read as text. */
    private static boolean worthKeeping(StrExpr value) {
        return !(value instanceof Hole h) || h.param();
    }
}
