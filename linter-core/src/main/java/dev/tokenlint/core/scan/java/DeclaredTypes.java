package dev.tokenlint.core.scan.java;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import dev.tokenlint.core.scan.java.clients.CallChains;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The declared simple type of each name a file's code reads: a method's or constructor's
 * parameters and locals, then the enclosing types' fields, nearest scope first. Each scope is
 * indexed once; looking a name up by walking the method body on every read made long methods that
 * name many receivers quadratic. One instance serves one file (one thread).
 */
final class DeclaredTypes {

    private final Map<Node, Map<String, String>> byScope = new IdentityHashMap<>();

    /**
     * The simple type declared for {@code name} as seen from {@code use}, or empty when no
     * enclosing method, constructor or type of the file declares it (or it is declared {@code var}).
     */
    Optional<String> of(Node use, String name) {
        for (Optional<Node> p = use.getParentNode(); p.isPresent(); p = p.get().getParentNode()) {
            Node n = p.get();
            if (n instanceof CallableDeclaration<?> || n instanceof TypeDeclaration<?>) {
                String type = byScope.computeIfAbsent(n, DeclaredTypes::index).get(name);
                if (type != null) {
                    return Optional.of(type);
                }
            }
        }
        return Optional.empty();
    }

    /** The names one scope declares; the first declaration of a name wins, parameters before locals. */
    private static Map<String, String> index(Node scope) {
        Map<String, String> out = new HashMap<>();
        if (scope instanceof CallableDeclaration<?> c) {
            for (Parameter param : c.getParameters()) {
                out.putIfAbsent(param.getNameAsString(), simpleType(param.getType().asString()));
            }
            for (VariableDeclarator v : c.findAll(VariableDeclarator.class)) {
                if (!CallChains.isVar(v.getType())) {
                    out.putIfAbsent(v.getNameAsString(), simpleType(v.getType().asString()));
                }
            }
        } else if (scope instanceof TypeDeclaration<?> t) {
            for (FieldDeclaration f : t.getFields()) {
                for (VariableDeclarator v : f.getVariables()) {
                    out.putIfAbsent(v.getNameAsString(), simpleType(v.getType().asString()));
                }
            }
        }
        return out;
    }

    /** {@code java.util.List<String>} as {@code List}. */
    static String simpleType(String t) {
        int lt = t.indexOf('<');
        String s = lt >= 0 ? t.substring(0, lt) : t;
        int dot = s.lastIndexOf('.');
        return dot >= 0 ? s.substring(dot + 1) : s;
    }
}
