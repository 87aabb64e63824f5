package dev.tokenlint.core.scan.java;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.stmt.ReturnStmt;
import dev.tokenlint.core.input.Location;
import dev.tokenlint.core.scan.java.FileFacts.CallKind;
import dev.tokenlint.core.scan.java.FileFacts.CallSite;
import dev.tokenlint.core.scan.java.StrExpr.Concat;
import dev.tokenlint.core.scan.java.StrExpr.Hole;
import dev.tokenlint.core.scan.java.StrExpr.Lit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads Micrometer's Dynatrace registry configured in code: a class or anonymous class
 * implementing {@code DynatraceConfig}. Its {@code uri()} override is where the registry meets
 * its URL; the API version (from {@code apiVersion()}, or v1 when only a {@code deviceId()} is
 * given) fixes the endpoints the registry calls.
 */
final class MicrometerConfigReader {

    private final UnitContext ctx;

    MicrometerConfigReader(UnitContext ctx) {
        this.ctx = ctx;
    }

    /** Micrometer's {@code DynatraceConfig}: the {@code uri()} override is where the registry meets its URL. */
    /**
     * The calls of the Micrometer Dynatrace registries configured in a file, given its classes
     * and its object creations (each in the order of {@code findAll}).
     */
    List<CallSite> read(List<ClassOrInterfaceDeclaration> declarations, List<ObjectCreationExpr> creations) {
        List<CallSite> out = new ArrayList<>();
        for (ClassOrInterfaceDeclaration c : declarations) {
            if (c.getImplementedTypes().stream().anyMatch(x -> x.getNameAsString().equals("DynatraceConfig"))
                    || c.getExtendedTypes().stream().anyMatch(x -> x.getNameAsString().equals("DynatraceConfig"))) {
                micrometer(c.getMethods(), c, out);
            }
        }
        for (ObjectCreationExpr o : creations) {
            if (o.getType().getNameAsString().equals("DynatraceConfig") && o.getAnonymousClassBody().isPresent()) {
                List<MethodDeclaration> methods = new ArrayList<>();
                for (BodyDeclaration<?> b : o.getAnonymousClassBody().get()) {
                    if (b instanceof MethodDeclaration md) {
                        methods.add(md);
                    }
                }
                micrometer(methods, o, out);
            }
        }
        return out;
    }

    private void micrometer(List<MethodDeclaration> methods, Node owner, List<CallSite> out) {
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
            return;
        }
        Optional<Expression> value = uri.findFirst(ReturnStmt.class).flatMap(ReturnStmt::getExpression);
        if (value.isEmpty()) {
            return;
        }
        StrExpr base = ctx.reader().read(value.get());
        Location where = ctx.at(uri.getName());
        String cls = ctx.topLevel(owner);
        if (v1) {
            out.add(new CallSite(where, "PUT", new Concat(List.of(base, new Lit("/api/v1/timeseries/custom:"),
                    new Hole("metricId", false)), false), "micrometer-dynatrace", cls, CallKind.CONFIG, "", "", "",
                    List.of()));
            out.add(new CallSite(where, "POST", new Concat(List.of(base,
                    new Lit("/api/v1/entity/infrastructure/custom/"), new Hole("deviceId", false)), false),
                    "micrometer-dynatrace", cls, CallKind.CONFIG, "", "", "", List.of()));
        } else {
            out.add(new CallSite(where, "POST", base, "micrometer-dynatrace", cls, CallKind.CONFIG, "", "", "",
                    List.of()));
        }
    }
}
