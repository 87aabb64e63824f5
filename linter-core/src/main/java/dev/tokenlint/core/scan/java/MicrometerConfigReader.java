package dev.tokenlint.core.scan.java;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.IfStmt;
import com.github.javaparser.ast.stmt.ReturnStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.stmt.SwitchEntry;
import com.github.javaparser.ast.stmt.YieldStmt;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import dev.tokenlint.core.input.Location;
import dev.tokenlint.core.scan.java.FileFacts.CallKind;
import dev.tokenlint.core.scan.java.FileFacts.CallSite;
import dev.tokenlint.core.scan.java.StrExpr.Concat;
import dev.tokenlint.core.scan.java.StrExpr.Hole;
import dev.tokenlint.core.scan.java.StrExpr.Lit;
import dev.tokenlint.core.scan.java.clients.ClientId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads Micrometer's Dynatrace registry configured in code: a class or anonymous class
 * implementing {@code DynatraceConfig}. Its {@code uri()} override is where the registry meets
 * its URL; the API version (from {@code apiVersion()}, or v1 when only a {@code deviceId()} is
 * given) fixes the endpoints the registry calls.
 *
 * <p>A {@code DynatraceConfig} that answers through {@code get(key)} instead (a lambda, a method
 * reference such as {@code props::get}, or a class without a {@code uri()} override) reads the
 * keys {@code dynatrace.uri}, {@code dynatrace.apiVersion} and {@code dynatrace.deviceId}; in a
 * file that uses {@code DynatraceConfig} so, each {@code "dynatrace.uri"} with a value beside it
 * ({@code Map.of(k, v, ...)}, {@code put}/{@code setProperty(k, v)}, {@code case k -> v},
 * {@code if (k.equals(key)) return v}) is where the registry meets its URL.
 */
final class MicrometerConfigReader {

    private final UnitContext ctx;

    MicrometerConfigReader(UnitContext ctx) {
        this.ctx = ctx;
    }

    /**
     * The calls of the Micrometer Dynatrace registries configured in a file, given its classes
     * and its object creations (each in the order of {@code findAll}).
     */
    List<CallSite> read(List<ClassOrInterfaceDeclaration> declarations, List<ObjectCreationExpr> creations,
                        List<ClassOrInterfaceType> types, List<StringLiteralExpr> literals) {
        List<CallSite> out = new ArrayList<>();
        boolean uriOverridden = false;
        for (ClassOrInterfaceDeclaration c : declarations) {
            if (c.getImplementedTypes().stream().anyMatch(x -> x.getNameAsString().equals(CONFIG))
                    || c.getExtendedTypes().stream().anyMatch(x -> x.getNameAsString().equals(CONFIG))) {
                uriOverridden |= micrometer(c.getMethods(), c, out);
            }
        }
        for (ObjectCreationExpr o : creations) {
            if (o.getType().getNameAsString().equals(CONFIG) && o.getAnonymousClassBody().isPresent()) {
                List<MethodDeclaration> methods = new ArrayList<>();
                for (BodyDeclaration<?> b : o.getAnonymousClassBody().get()) {
                    if (b instanceof MethodDeclaration md) {
                        methods.add(md);
                    }
                }
                uriOverridden |= micrometer(methods, o, out);
            }
        }
        if (!uriOverridden && types.stream().anyMatch(t -> t.getNameAsString().equals(CONFIG))) {
            byKey(literals, out);
        }
        return out;
    }

    private static final String CONFIG = "DynatraceConfig";

    /** The registry configured by property keys: each {@code "dynatrace.uri"} with a value beside it. */
    private void byKey(List<StringLiteralExpr> literals, List<CallSite> out) {
        Optional<Expression> version = Optional.empty();
        boolean deviceId = false;
        List<Map.Entry<StringLiteralExpr, Expression>> uris = new ArrayList<>();
        for (StringLiteralExpr l : literals) {
            Optional<Expression> value = valueOf(l);
            if (value.isEmpty()) {
                continue;
            }
            switch (l.getValue()) {
                case "dynatrace.uri" -> uris.add(Map.entry(l, value.get()));
                case "dynatrace.apiVersion" -> version = value;
                case "dynatrace.deviceId" -> deviceId = true;
                default -> {
                    // not a key the registry reads
                }
            }
        }
        boolean v1 = version.map(v -> v.toString().toLowerCase(java.util.Locale.ROOT).contains("v1")).orElse(deviceId);
        for (Map.Entry<StringLiteralExpr, Expression> u : uris) {
            calls(ctx.reader().read(u.getValue()), v1, ctx.at(u.getKey()), ctx.topLevel(u.getKey()), out);
        }
    }

    /**
     * The value written beside the key {@code key}: the next argument of {@code Map.of},
     * {@code Map.entry}, {@code put}, {@code setProperty} and the like; the result of a switch
     * case labelled with it; what an {@code if (key.equals(k))} returns.
     */
    private static Optional<Expression> valueOf(StringLiteralExpr key) {
        Node parent = key.getParentNode().orElse(null);
        if (parent instanceof MethodCallExpr call && PAIRS.contains(call.getNameAsString())) {
            NodeList<Expression> args = call.getArguments();
            int i = args.indexOf(key);
            return i >= 0 && i + 1 < args.size() ? Optional.of(args.get(i + 1)) : Optional.empty();
        }
        if (parent instanceof SwitchEntry entry && entry.getLabels().contains(key)) {
            for (Statement st : entry.getStatements()) {
                if (st instanceof ExpressionStmt e) {
                    return Optional.of(e.getExpression());
                }
                if (st instanceof ReturnStmt r) {
                    return r.getExpression();
                }
                if (st instanceof YieldStmt y) {
                    return Optional.of(y.getExpression());
                }
            }
            return Optional.empty();
        }
        if (parent instanceof MethodCallExpr equals && equals.getNameAsString().equals("equals")
                && equals.getParentNode().orElse(null) instanceof IfStmt ifStmt && ifStmt.getCondition() == equals) {
            Statement then = ifStmt.getThenStmt();
            Optional<ReturnStmt> r = then instanceof ReturnStmt rs ? Optional.of(rs) : then.findFirst(ReturnStmt.class);
            return r.flatMap(ReturnStmt::getExpression);
        }
        return Optional.empty();
    }

    /** Calls that take a key and its value side by side. */
    private static final java.util.Set<String> PAIRS = java.util.Set.of("of", "entry", "put", "putIfAbsent",
            "setProperty", "with", "property");

    /** Reads a class that overrides {@code uri()}; false when it does not (it answers through {@code get(key)}). */
    private boolean micrometer(List<MethodDeclaration> methods, Node owner, List<CallSite> out) {
        MethodDeclaration uri = null;
        boolean v1 = false;
        for (MethodDeclaration m : methods) {
            if (!m.getParameters().isEmpty()) {
                continue;
            }
            if (m.getNameAsString().equals("uri")) {
                uri = m;
            }
            if (m.getNameAsString().equals("apiVersion")) {
                v1 = m.findAll(ReturnStmt.class).stream().anyMatch(r -> r.toString().contains("V1"));
            }
            if (m.getNameAsString().equals("deviceId") && !m.findAll(StringLiteralExpr.class).isEmpty()) {
                v1 = v1 || methods.stream().noneMatch(x -> x.getNameAsString().equals("apiVersion"));
            }
        }
        if (uri == null) {
            return false;
        }
        Optional<Expression> value = uri.findFirst(ReturnStmt.class).flatMap(ReturnStmt::getExpression);
        if (value.isPresent()) {
            calls(ctx.reader().read(value.get()), v1, ctx.at(uri.getName()), ctx.topLevel(owner), out);
        }
        return true;
    }

    /** The requests a registry with base URL {@code base} makes: v2 metric ingest, or v1's two endpoints. */
    private static void calls(StrExpr base, boolean v1, Location where, String cls, List<CallSite> out) {
        if (v1) {
            out.add(new CallSite(where, "PUT", new Concat(List.of(base, new Lit("/api/v1/timeseries/custom:"),
                    new Hole("metricId", false)), false), ClientId.MICROMETER_DYNATRACE, cls, CallKind.CONFIG, "", "",
                    MethodKey.NONE, List.of()));
            out.add(new CallSite(where, "POST", new Concat(List.of(base,
                    new Lit("/api/v1/entity/infrastructure/custom/"), new Hole("deviceId", false)), false),
                    ClientId.MICROMETER_DYNATRACE, cls, CallKind.CONFIG, "", "",
                    MethodKey.NONE, List.of()));
        } else {
            out.add(new CallSite(where, "POST", base, ClientId.MICROMETER_DYNATRACE, cls, CallKind.CONFIG, "", "",
                    MethodKey.NONE, List.of()));
        }
    }
}
