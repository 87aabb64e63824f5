package dev.tokenlint.core.scan.java.clients;

import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Spring's {@code RestTemplate} and {@code RestOperations}: the calls named after their method
 * ({@code getForObject}, {@code postForEntity}, ...), {@code put} and {@code delete} on a receiver
 * that looks like a template, {@code exchange/execute(url, HttpMethod.X, ..)}, and
 * {@code RequestEntity.post(uri)} / {@code RequestEntity.method(HttpMethod.X, uri)}.
 */
final class SpringRestTemplate extends LibraryBase {

    static final ClientId ID = new ClientId("spring-resttemplate");

    /** The calls that carry the method in their name. */
    private static final Map<String, String> NAMED = Map.ofEntries(Map.entry("getForObject", "GET"),
            Map.entry("getForEntity", "GET"), Map.entry("postForObject", "POST"), Map.entry("postForEntity", "POST"),
            Map.entry("postForLocation", "POST"), Map.entry("patchForObject", "PATCH"),
            Map.entry("headForHeaders", "HEAD"), Map.entry("optionsForAllow", "OPTIONS"));

    SpringRestTemplate() {
        // org.springframework.web.client, and Boot's RestTemplateBuilder beside it
        super(ID, "web.client");
    }

    @Override
    public Optional<ClientMatch> match(MethodCallExpr m, SourceFile file) {
        String name = m.getNameAsString();
        List<Expression> args = m.getArguments();
        if (args.isEmpty()) {
            return Optional.empty();
        }
        if (name.equals("exchange") || name.equals("execute")) {
            Expression how = args.size() >= 2 ? args.get(1) : null;
            if (how != null && (how.toString().contains("HttpMethod.") || namesMethod(m, how, file))
                    && isTemplateReceiver(m, file)) {
                return Optional.of(new ClientMatch(m.getName(), args.get(0), null, CallChains.methodOf(how), ID, how));
            }
        }
        // put and delete are everybody's names: only on something that looks like a template
        if ((name.equals("put") || name.equals("delete")) && isTemplateReceiver(m, file)) {
            return Optional.of(new ClientMatch(m.getName(), args.get(0), null, name.toUpperCase(Locale.ROOT), ID));
        }
        String named = NAMED.get(name);
        if (named != null) {
            return Optional.of(new ClientMatch(m.getName(), args.get(0), null, named, ID));
        }
        if (m.getScope().isPresent() && CallChains.lastName(m.getScope().get()).equals("RequestEntity")) {
            if (name.equals("method") && args.size() >= 2) {
                return Optional.of(new ClientMatch(m.getName(), args.get(1), null, CallChains.methodOf(args.get(0)),
                        ID, args.get(0)));
            }
            String method = CallChains.httpMethod(name);
            if (method != null) {
                return Optional.of(new ClientMatch(m.getName(), args.get(0), null, method, ID));
            }
        }
        return Optional.empty();
    }

    /**
     * Whether a variable or field passed as {@code exchange(url, how, ..)}'s second argument holds the
     * HTTP method ({@code exchange(url, httpMethod, entity, type)}), not a response type
     * ({@code exchange(requestEntity, returnType)}).
     */
    private static boolean namesMethod(MethodCallExpr call, Expression how, SourceFile file) {
        String name = how.isNameExpr() ? how.asNameExpr().getNameAsString()
                : how.isFieldAccessExpr() && how.asFieldAccessExpr().getScope().isThisExpr()
                ? how.asFieldAccessExpr().getNameAsString() : null;
        if (name == null) {
            return false;
        }
        if (name.toLowerCase(Locale.ROOT).contains("method") || name.equalsIgnoreCase("verb")) {
            return true;
        }
        return file.declaredType(call, name).map(t -> t.equals("HttpMethod")).orElse(false);
    }

    /** Whether the call is made on something that looks like a RestTemplate (not a Map or a file). */
    private static boolean isTemplateReceiver(MethodCallExpr m, SourceFile file) {
        if (m.getScope().isEmpty()) {
            return false;
        }
        String r = m.getScope().get().toString().toLowerCase(Locale.ROOT);
        if (r.contains("rest") || r.contains("template") || r.contains("operations")) {
            return true;
        }
        if (m.getScope().get() instanceof NameExpr n) {
            Optional<String> type = file.declaredType(m, n.getNameAsString());
            return type.map(t -> t.equals("RestTemplate") || t.equals("RestOperations")).orElse(false);
        }
        return false;
    }
}
