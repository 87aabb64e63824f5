package dev.tokenlint.core.scan.java;

import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import dev.tokenlint.core.scan.java.FileFacts.EnvSite;
import dev.tokenlint.core.scan.java.StrExpr.Lit;
import dev.tokenlint.core.scan.java.clients.CallChains;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads where the code takes a value from the environment or the configuration
 * ({@code System.getenv("DT_API_TOKEN")}, {@code env.getProperty(..)}, {@code @Value("${..}")},
 * {@code @ConfigProperty(name = ..)}): a token is usually read this way, and the name it is read
 * under ties the calls of the file to a token definition.
 */
final class EnvReadReader {

    /** The method names {@link #fromCall} recognises. */
    private static final Set<String> ENV_METHODS = Set.of("getenv", "getProperty", "getRequiredProperty", "get",
            "getOrDefault");

    /** A Spring placeholder {@code ${name}} or {@code ${name:default}}: the name is the variable. */
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^}:]+)(?::[^}]*)?}");

    private final UnitContext ctx;

    EnvReadReader(UnitContext ctx) {
        this.ctx = ctx;
    }

    /** The read {@code c} makes, if it is one. */
    Optional<EnvSite> fromCall(MethodCallExpr c) {
        String name = c.getNameAsString();
        if (c.getArguments().isEmpty() || !ENV_METHODS.contains(name)) {
            // most calls: printing the scope (below) is costly, so it is done only for these names
            return Optional.empty();
        }
        String owner = c.getScope().map(CallChains::lastName).orElse("");
        String scopeText = c.getScope().map(Object::toString).orElse("").toLowerCase(Locale.ROOT);
        boolean read = name.equals("getenv") && owner.equals("System")
                || name.equals("getProperty") && (owner.equals("System") || scopeText.contains("env"))
                || name.equals("getRequiredProperty") && scopeText.contains("env")
                || (name.equals("get") || name.equals("getOrDefault")) && scopeText.equals("system.getenv()");
        return read ? Optional.of(new EnvSite(ctx.at(c.getName()), ctx.reader().read(c.getArgument(0)), ctx.topLevel(c)))
                : Optional.empty();
    }

    /** The reads injected by {@code annotations}, every annotation of the file. */
    List<EnvSite> fromAnnotations(List<AnnotationExpr> annotations) {
        List<EnvSite> out = new ArrayList<>();
        for (AnnotationExpr a : annotations) {
            String n = a.getNameAsString();
            if (n.equals("Value")) {
                ctx.rawMember(a, "value").ifPresent(v -> {
                    if (v instanceof StringLiteralExpr s) {
                        Matcher m = PLACEHOLDER.matcher(s.asString());
                        while (m.find()) {
                            out.add(new EnvSite(ctx.at(a), new Lit(m.group(1).strip()), ctx.topLevel(a)));
                        }
                    }
                });
            } else if (n.equals("ConfigProperty")) {
                ctx.rawMember(a, "name").ifPresent(v -> out.add(new EnvSite(ctx.at(a), ctx.reader().read(v),
                        ctx.topLevel(a))));
            }
        }
        return out;
    }
}
