package dev.tokenlint.core.scan.java;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import dev.tokenlint.core.scan.java.clients.CallChains;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The writes of each local name of a method, constructor, initializer or lambda body, found in one
 * walk of the body. Reading a local's value needs its declarations, assignments and appends; walking
 * the body once per name read made long methods that read many names quadratic, and it was the
 * largest cost of the scan after parsing. One instance serves one file (one thread).
 */
final class LocalWrites {

    /** What writes one name in one body, each list in the order of the source. */
    record Names(List<VariableDeclarator> declarations, List<AssignExpr> assignments, List<MethodCallExpr> appends) {
        static final Names NONE = new Names(List.of(), List.of(), List.of());
    }

    private final Map<Node, Map<String, Names>> byBody = new IdentityHashMap<>();

    /** The writes of {@code name} in {@code body} (a node {@link CallChains#enclosingBody} returned). */
    Names of(Node body, String name) {
        return byBody.computeIfAbsent(body, LocalWrites::index).getOrDefault(name, Names.NONE);
    }

    private static Map<String, Names> index(Node body) {
        Map<String, Names> out = new HashMap<>();
        body.walk(n -> {
            if (n instanceof VariableDeclarator v) {
                names(out, v.getNameAsString()).declarations().add(v);
            } else if (n instanceof AssignExpr a && a.getTarget() instanceof NameExpr t) {
                names(out, t.getNameAsString()).assignments().add(a);
            } else if (n instanceof MethodCallExpr m && m.getNameAsString().equals("append")
                    && m.getArguments().size() == 1 && CallChains.chainRoot(m) instanceof NameExpr r) {
                names(out, r.getNameAsString()).appends().add(m);
            }
        });
        return out;
    }

    private static Names names(Map<String, Names> out, String name) {
        return out.computeIfAbsent(name, k -> new Names(new ArrayList<>(), new ArrayList<>(), new ArrayList<>()));
    }
}
