package dev.tokenlint.core.scan.java;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.SwitchExpr;
import com.github.javaparser.ast.stmt.IfStmt;
import com.github.javaparser.ast.stmt.SwitchEntry;
import com.github.javaparser.ast.stmt.SwitchStmt;
import dev.tokenlint.core.scan.java.FileFacts.Guard;
import dev.tokenlint.core.scan.java.clients.CallChains;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The conditions on an HTTP method around a client call: request generators create
 * {@code HttpGet}/{@code HttpPost}/... by switching on a method string they were given
 * ({@code case "GET":}, {@code case HTTP_GET:}, {@code if (method.equals("POST"))}), so which of
 * those calls a caller makes depends on the method it passed.
 */
final class MethodGuards {

    private final ExpressionReader reader;

    MethodGuards(ExpressionReader reader) {
        this.reader = reader;
    }

    /** The guards between {@code call} and its enclosing method, innermost first. */
    List<Guard> around(Node call) {
        List<Guard> out = new ArrayList<>();
        Node child = call;
        Node cur = call.getParentNode().orElse(null);
        while (cur != null && !(cur instanceof CallableDeclaration<?>) && !(cur instanceof TypeDeclaration<?>)
                && !(cur instanceof LambdaExpr)) {
            if (cur instanceof SwitchEntry entry) {
                Optional<Expression> selector = selector(entry);
                if (selector.isPresent()) {
                    switchGuard(entry, selector.get()).ifPresent(out::add);
                }
            } else if (cur instanceof IfStmt ifs && ifs.getCondition() != child) {
                Node from = child;
                boolean inElse = ifs.getElseStmt().map(e -> e == from).orElse(false);
                equality(ifs.getCondition()).ifPresent(g -> out.add(new Guard(g.selector(), g.values(), inElse)));
            }
            child = cur;
            cur = cur.getParentNode().orElse(null);
        }
        return out;
    }

    private static Optional<Expression> selector(SwitchEntry entry) {
        Node parent = entry.getParentNode().orElse(null);
        if (parent instanceof SwitchStmt s) {
            return Optional.of(s.getSelector());
        }
        if (parent instanceof SwitchExpr s) {
            return Optional.of(s.getSelector());
        }
        return Optional.empty();
    }

    private Optional<Guard> switchGuard(SwitchEntry entry, Expression selector) {
        if (!entry.getLabels().isEmpty()) {
            List<StrExpr> values = new ArrayList<>();
            for (Expression l : entry.getLabels()) {
                values.add(label(l));
            }
            return Optional.of(new Guard(reader.read(selector), values, false));
        }
        // default: none of the other labels of this switch
        Node parent = entry.getParentNode().orElseThrow();
        List<SwitchEntry> entries = parent instanceof SwitchStmt s ? s.getEntries() : ((SwitchExpr) parent).getEntries();
        List<StrExpr> others = new ArrayList<>();
        for (SwitchEntry e : entries) {
            for (Expression l : e.getLabels()) {
                others.add(label(l));
            }
        }
        return others.isEmpty() ? Optional.empty() : Optional.of(new Guard(reader.read(selector), others, true));
    }

    /** A case label: an enum constant ({@code GET}) is its own name; strings and constants are read. */
    private StrExpr label(Expression l) {
        if (l.isNameExpr() && !l.asNameExpr().getNameAsString().equals(l.asNameExpr().getNameAsString()
                .toLowerCase(java.util.Locale.ROOT)) && CallChains.methodOf(l) != null) {
            return new StrExpr.Lit(CallChains.methodOf(l));
        }
        return reader.read(l);
    }

    /** {@code a.equals(b)}, {@code a.equalsIgnoreCase(b)} or {@code a == b} where one side names a verb. */
    private Optional<Guard> equality(Expression condition) {
        Expression left = null;
        Expression right = null;
        if (condition instanceof MethodCallExpr m && (m.getNameAsString().equals("equals")
                || m.getNameAsString().equals("equalsIgnoreCase")) && m.getArguments().size() == 1
                && m.getScope().isPresent()) {
            left = m.getScope().get();
            right = m.getArgument(0);
        } else if (condition instanceof BinaryExpr b && b.getOperator() == BinaryExpr.Operator.EQUALS) {
            left = b.getLeft();
            right = b.getRight();
        }
        if (left == null) {
            return Optional.empty();
        }
        // the side that names the verb is the value: a literal, HttpMethod.GET or a constant
        boolean leftIsValue = left instanceof StringLiteralExpr || CallChains.methodOf(left) != null
                && !(right instanceof StringLiteralExpr);
        Expression value = leftIsValue ? left : right;
        Expression selector = leftIsValue ? right : left;
        if (!(value instanceof StringLiteralExpr) && CallChains.methodOf(value) == null
                && !(value.isNameExpr() || value.isFieldAccessExpr())) {
            return Optional.empty();
        }
        StrExpr v = CallChains.methodOf(value) != null && !(value instanceof StringLiteralExpr)
                && !value.isNameExpr() ? new StrExpr.Lit(CallChains.methodOf(value)) : reader.read(value);
        return Optional.of(new Guard(reader.read(selector), List.of(v), false));
    }
}
