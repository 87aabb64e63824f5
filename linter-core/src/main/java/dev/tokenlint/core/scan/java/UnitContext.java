package dev.tokenlint.core.scan.java;

import com.github.javaparser.Position;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.ArrayInitializerExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MemberValuePair;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.NormalAnnotationExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.SingleMemberAnnotationExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.nodeTypes.NodeWithAnnotations;
import dev.tokenlint.core.input.Location;
import dev.tokenlint.core.scan.java.clients.SourceFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What every reader of one compilation unit needs: the file's name, package and imports, and
 * how to name a node's location, enclosing type and method, and an annotation's members; and
 * what the client libraries may ask of the file.
 */
final class UnitContext implements SourceFile {

    private final String file;
    private final String pkg;
    private final List<String> imports;
    private final LocalWrites locals = new LocalWrites();
    private final DeclaredTypes types = new DeclaredTypes();
    private final ExpressionReader reader = new ExpressionReader(locals, types);

    UnitContext(String file, String pkg, List<String> imports) {
        this.file = file;
        this.pkg = pkg;
        this.imports = imports;
    }

    String file() {
        return file;
    }

    List<String> imports() {
        return imports;
    }

    /** Reads string expressions of this file. */
    ExpressionReader reader() {
        return reader;
    }

    @Override
    public boolean importsFrom(String prefix) {
        for (String i : imports) {
            if (i.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public Optional<String> declaredType(Node use, String name) {
        return types.of(use, name);
    }

    @Override
    public StrExpr read(Expression e, Map<String, StrExpr> bindings) {
        return new ExpressionReader(bindings, locals, types).read(e);
    }

    /** Where {@code n} starts, in this file. */
    Location at(Node n) {
        Position p = n.getBegin().orElse(new Position(0, 0));
        return new Location(file, p.line, p.column);
    }

    /** The qualified name of {@code t}, nested types joined with dots. */
    String qualified(TypeDeclaration<?> t) {
        List<String> names = new ArrayList<>();
        Node cur = t;
        while (cur != null) {
            if (cur instanceof TypeDeclaration<?> td) {
                names.add(0, td.getNameAsString());
            }
            cur = cur.getParentNode().orElse(null);
        }
        String joined = String.join(".", names);
        return pkg.isEmpty() ? joined : pkg + "." + joined;
    }

    /** The enclosing top-level type's qualified name. */
    String topLevel(Node n) {
        TypeDeclaration<?> top = null;
        Node cur = n;
        while (cur != null) {
            if (cur instanceof TypeDeclaration<?> td) {
                top = td;
            }
            cur = cur.getParentNode().orElse(null);
        }
        if (top == null) {
            return pkg;
        }
        return pkg.isEmpty() ? top.getNameAsString() : pkg + "." + top.getNameAsString();
    }

    /** The simple name of the nearest type declaration around {@code n}. */
    String enclosingTypeName(Node n) {
        Node cur = n.getParentNode().orElse(null);
        while (cur != null) {
            if (cur instanceof TypeDeclaration<?> t) {
                return t.getNameAsString();
            }
            cur = cur.getParentNode().orElse(null);
        }
        return "";
    }

    /**
     * The simple type of a call's receiver when a declaration in the file shows it (or the name is a
     * type's, capitalised), else empty: verb-named calls and invocations of other methods both need it.
     */
    String receiverType(MethodCallExpr c) {
        Optional<Expression> scope = c.getScope();
        if (scope.isEmpty() || scope.get() instanceof ThisExpr) {
            return enclosingTypeName(c);
        } else if (scope.get() instanceof NameExpr n) {
            String v = n.getNameAsString();
            return declaredType(c, v).orElse(Character.isUpperCase(v.charAt(0)) ? v : "");
        } else if (scope.get() instanceof FieldAccessExpr f && f.getScope() instanceof ThisExpr) {
            return declaredType(c, f.getNameAsString()).orElse("");
        }
        return "";
    }

    /** The method or constructor around {@code n}, not looking past a type or anonymous class. */
    Optional<CallableDeclaration<?>> enclosingCallable(Node n) {
        Node cur = n.getParentNode().orElse(null);
        while (cur != null) {
            if (cur instanceof CallableDeclaration<?> c) {
                return Optional.of(c);
            }
            if (cur instanceof TypeDeclaration<?> || cur instanceof ObjectCreationExpr) {
                return Optional.empty();
            }
            cur = cur.getParentNode().orElse(null);
        }
        return Optional.empty();
    }

    /** The enclosing method, {@link MethodKey#NONE} outside methods. */
    MethodKey methodKey(Node n) {
        return enclosingCallable(n).map(c -> new MethodKey(enclosingTypeName(c), c.getNameAsString(),
                c.getParameters().size())).orElse(MethodKey.NONE);
    }

    /** Parameter names of the enclosing method, in order. */
    List<String> params(Node n) {
        return enclosingCallable(n).map(c -> c.getParameters().stream().map(Parameter::getNameAsString).toList())
                .orElse(List.of());
    }

    /**
     * Whether the file imports JAX-RS ({@code javax.ws.rs} or {@code jakarta.ws.rs}): a class with
     * {@code @Path} in it is a resource, a server.
     */
    boolean isJaxRs() {
        return imports.stream().anyMatch(i -> i.startsWith("javax.ws.rs") || i.startsWith("jakarta.ws.rs"));
    }

    @Override
    public Optional<Expression> rawMember(AnnotationExpr a, String name) {
        if (a instanceof SingleMemberAnnotationExpr s) {
            return name.equals("value") ? Optional.of(s.getMemberValue()) : Optional.empty();
        }
        if (a instanceof NormalAnnotationExpr na) {
            for (MemberValuePair p : na.getPairs()) {
                if (p.getNameAsString().equals(name)) {
                    Expression v = p.getValue();
                    if (v instanceof ArrayInitializerExpr arr) {
                        return arr.getValues().isEmpty() ? Optional.empty() : Optional.of(arr.getValues().get(0));
                    }
                    return Optional.of(v);
                }
            }
        }
        return Optional.empty();
    }

    @Override
    public Optional<StrExpr> member(AnnotationExpr a, String name) {
        Optional<Expression> raw = rawMember(a, name);
        if (raw.isPresent() && raw.get() instanceof ArrayInitializerExpr arr) {
            return arr.getValues().isEmpty() ? Optional.empty() : Optional.of(reader.read(arr.getValues().get(0)));
        }
        return raw.map(reader::read);
    }

    /** Whether {@code n} carries an annotation with one of these simple names. */
    boolean hasAnnotation(NodeWithAnnotations<?> n, Set<String> names) {
        for (AnnotationExpr a : n.getAnnotations()) {
            if (names.contains(a.getNameAsString())) {
                return true;
            }
        }
        return false;
    }

    /** The whole {@code value} member, arrays included. */
    Optional<Expression> rawValueAll(AnnotationExpr a) {
        if (a instanceof SingleMemberAnnotationExpr s) {
            return Optional.of(s.getMemberValue());
        }
        if (a instanceof NormalAnnotationExpr na) {
            return na.getPairs().stream().filter(p -> p.getNameAsString().equals("value"))
                    .map(MemberValuePair::getValue).findFirst();
        }
        return Optional.empty();
    }
}
