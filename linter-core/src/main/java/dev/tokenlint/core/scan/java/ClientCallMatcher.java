package dev.tokenlint.core.scan.java;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.BooleanLiteralExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Recognises requests made with the HTTP clients Java teams use. Each matcher looks at one
 * method call or constructor call and, when it is a request, says where the URL meets the
 * client, which expression holds the URL, the HTTP method and the client's name.
 */
final class ClientCallMatcher {

    /**
     * A request found: {@code at} is the node whose position is reported; {@code methodArg}, when
     * {@code method} is null, the expression that names the method at run time (a parameter or a
     * field that the link phase may resolve).
     */
    record Match(Node at, Expression url, StrExpr urlValue, String method, String client, Expression methodArg) {
        Match(Node at, Expression url, StrExpr urlValue, String method, String client) {
            this(at, url, urlValue, method, client, null);
        }
    }

    private static final Set<String> HTTP_METHODS = Set.of("GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS",
            "TRACE");

    /** Apache HttpClient 4 and 5 request classes, named after their method. */
    private static final Map<String, String> APACHE_REQUESTS = Map.of("HttpGet", "GET", "HttpPost", "POST", "HttpPut",
            "PUT", "HttpDelete", "DELETE", "HttpPatch", "PATCH", "HttpHead", "HEAD", "HttpOptions", "OPTIONS",
            "HttpTrace", "TRACE");

    /** Apache request builders with static per-method factories. */
    private static final Set<String> APACHE_BUILDERS = Set.of("ClassicRequestBuilder", "SimpleRequestBuilder",
            "RequestBuilder", "AsyncRequestBuilder", "SimpleHttpRequests", "Request", "ClassicHttpRequests",
            "BasicRequestBuilder");

    /** Apache HttpClient 5 factories with a {@code create(method, uri)} beside the per-method ones. */
    private static final Set<String> APACHE_CREATE = Set.of("ClassicHttpRequests", "SimpleHttpRequests",
            "SimpleHttpRequest", "SimpleRequestBuilder", "ClassicRequestBuilder", "BasicRequestBuilder",
            "AsyncRequestBuilder");

    /** Spring RestTemplate methods that carry the method in their name. */
    private static final Map<String, String> REST_TEMPLATE = Map.ofEntries(Map.entry("getForObject", "GET"),
            Map.entry("getForEntity", "GET"), Map.entry("postForObject", "POST"), Map.entry("postForEntity", "POST"),
            Map.entry("postForLocation", "POST"), Map.entry("patchForObject", "PATCH"),
            Map.entry("headForHeaders", "HEAD"), Map.entry("optionsForAllow", "OPTIONS"));

    /** OpenTelemetry OTLP/HTTP exporters. */
    private static final Set<String> OTLP_EXPORTERS = Set.of("OtlpHttpSpanExporter", "OtlpHttpMetricExporter",
            "OtlpHttpLogRecordExporter");

    private final List<String> imports;

    ClientCallMatcher(List<String> imports) {
        this.imports = imports;
    }

    private boolean imported(String prefix) {
        for (String i : imports) {
            if (i.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    Optional<Match> match(ObjectCreationExpr o) {
        String type = o.getType().getNameAsString();
        List<Expression> args = o.getArguments();
        String apache = APACHE_REQUESTS.get(type);
        if (apache != null && !args.isEmpty()) {
            return Optional.of(new Match(o, args.get(0), null, apache, "apache-httpclient"));
        }
        if ((type.equals("BasicClassicHttpRequest") || type.equals("HttpUriRequestBase")
                || type.equals("BasicHttpRequest")) && args.size() >= 2) {
            return Optional.of(new Match(o, args.get(1), null, methodOf(args.get(0)), "apache-httpclient",
                    args.get(0)));
        }
        return Optional.empty();
    }

    Optional<Match> match(MethodCallExpr m) {
        String name = m.getNameAsString();
        List<Expression> args = m.getArguments();
        String owner = m.getScope().map(ExpressionReader::lastName).orElse("");
        switch (name) {
            case "newBuilder" -> {
                if (owner.equals("HttpRequest") && args.size() == 1) {
                    return Optional.of(new Match(m.getName(), args.get(0), null,
                            methodFromChain(m, JAVA_NET_METHODS, "GET"), "java.net.http", methodArgInChain(m)));
                }
            }
            case "uri" -> {
                return matchUri(m, args);
            }
            case "url" -> {
                if (args.size() == 1 && imported("okhttp3") && (chainHasOkHttpBuilder(m)
                        || chainHasCall(m, "newBuilder") || rootDeclaredAs(m, "Builder"))) {
                    return Optional.of(new Match(m.getName(), args.get(0), null,
                            methodFromChain(m, OKHTTP_METHODS, "GET"), "okhttp", methodArgInChain(m)));
                }
            }
            case "openConnection", "openStream" -> {
                return matchOpenConnection(m);
            }
            case "target" -> {
                return matchJaxRsClient(m, args);
            }
            case "resource" -> {
                // Jersey 1: client.resource(url).type(..).post(ClientResponse.class, body), or on a WebResource variable
                if (args.size() == 1 && imported("com.sun.jersey.api.client")) {
                    return Optional.of(new Match(m.getName(), args.get(0), null,
                            methodFromChain(m, JAX_RS_VERBS, "GET"), "jersey1-client"));
                }
            }
            case "setEndpoint" -> {
                if (args.size() == 1 && (chainHasOwner(m, OTLP_EXPORTERS) || imported("io.opentelemetry.exporter.otlp.http"))) {
                    return Optional.of(new Match(m.getName(), args.get(0), null, "POST", "opentelemetry-otlp"));
                }
            }
            case "setUri" -> {
                Expression root = ExpressionReader.chainRoot(m);
                if (args.size() == 1 && root instanceof NameExpr r && APACHE_BUILDERS.contains(r.getNameAsString())) {
                    return Optional.of(new Match(m.getName(), args.get(0), null, apacheBuilderMethod(m), "apache-httpclient"));
                }
                if (args.size() == 1 && root instanceof NameExpr r
                        && JavaFileExtractor.declaredType(m, r.getNameAsString()).map(APACHE_BUILDERS::contains).orElse(false)) {
                    // ClassicRequestBuilder builder = ClassicRequestBuilder.create(method); builder.setUri(url)
                    Optional<VariableDeclarator> decl = localDeclaration(m, r.getNameAsString());
                    if (decl.isPresent() && decl.get().getInitializer().orElse(null) instanceof MethodCallExpr init) {
                        String method = apacheBuilderMethod(init);
                        Expression methodArg = method == null && init.getNameAsString().equals("create")
                                && init.getArguments().size() == 1 ? init.getArgument(0) : null;
                        return Optional.of(new Match(m.getName(), args.get(0), null, method, "apache-httpclient",
                                methodArg));
                    }
                }
            }
            case "exchange", "execute" -> {
                Expression how = args.size() >= 2 ? args.get(1) : null;
                if (how != null && (how.toString().contains("HttpMethod.") || namesMethod(m, how))
                        && isRestTemplateReceiver(m)) {
                    return Optional.of(new Match(m.getName(), args.get(0), null, methodOf(how),
                            "spring-resttemplate", how));
                }
            }
            case "put", "delete" -> {
                if (!args.isEmpty() && isRestTemplateReceiver(m)) {
                    return Optional.of(new Match(m.getName(), args.get(0), null, name.toUpperCase(Locale.ROOT),
                            "spring-resttemplate"));
                }
            }
            default -> {
                // fall through to the table-driven matchers below
            }
        }
        String rest = REST_TEMPLATE.get(name);
        if (rest != null && !args.isEmpty()) {
            return Optional.of(new Match(m.getName(), args.get(0), null, rest, "spring-resttemplate"));
        }
        if (owner.equals("RequestEntity") && m.getScope().isPresent()) {
            if (name.equals("method") && args.size() >= 2) {
                return Optional.of(new Match(m.getName(), args.get(1), null, methodOf(args.get(0)), "spring-resttemplate",
                        args.get(0)));
            }
            if (HTTP_METHODS.contains(name.toUpperCase(Locale.ROOT)) && args.size() >= 1) {
                return Optional.of(new Match(m.getName(), args.get(0), null, name.toUpperCase(Locale.ROOT),
                        "spring-resttemplate"));
            }
        }
        if (APACHE_BUILDERS.contains(owner) && m.getScope().get() instanceof NameExpr && args.size() == 1
                && !(owner.equals("Request") && !imported("org.apache.hc.client5.http.fluent")
                && !imported("org.apache.http.client.fluent"))) {
            String method = name.equalsIgnoreCase("create") ? null : name.toUpperCase(Locale.ROOT);
            if (method != null && HTTP_METHODS.contains(method)) {
                return Optional.of(new Match(m.getName(), args.get(0), null, method, "apache-httpclient"));
            }
        }
        if (APACHE_CREATE.contains(owner) && name.equals("create") && args.size() == 2) {
            return Optional.of(new Match(m.getName(), args.get(1), null, methodOf(args.get(0)), "apache-httpclient",
                    args.get(0)));
        }
        return Optional.empty();
    }

    private static final Map<String, String> JAVA_NET_METHODS = Map.of("GET", "GET", "POST", "POST", "PUT", "PUT",
            "DELETE", "DELETE", "HEAD", "HEAD");
    private static final Map<String, String> OKHTTP_METHODS = Map.of("get", "GET", "post", "POST", "put", "PUT",
            "delete", "DELETE", "patch", "PATCH", "head", "HEAD");

    private Optional<Match> matchUri(MethodCallExpr m, List<Expression> args) {
        if (args.isEmpty()) {
            return Optional.empty();
        }
        Optional<Expression> scope = m.getScope();
        if (scope.isPresent() && scope.get() instanceof MethodCallExpr s) {
            String verb = s.getNameAsString();
            String method = null;
            if (s.getArguments().isEmpty() && HTTP_METHODS.contains(verb.toUpperCase(Locale.ROOT))
                    && verb.equals(verb.toLowerCase(Locale.ROOT))) {
                method = verb.toUpperCase(Locale.ROOT);
            } else if (verb.equals("method") && s.getArguments().size() == 1) {
                method = methodOf(s.getArgument(0));
            }
            if (method != null || verb.equals("method")) {
                String client = imported("org.springframework.web.client.RestClient") && !imported(
                        "org.springframework.web.reactive") ? "spring-restclient" : "spring-webclient";
                Expression arg = args.get(0);
                if (arg instanceof LambdaExpr lambda && lambda.getParameters().size() == 1
                        && lambda.getExpressionBody().isPresent()) {
                    StrExpr v = new ExpressionReader(Map.of(lambda.getParameter(0).getNameAsString(),
                            new StrExpr.Concat(List.of(new StrExpr.Lit("")), true)))
                            .read(lambda.getExpressionBody().get());
                    return Optional.of(new Match(m.getName(), arg, v, method, client,
                            verb.equals("method") ? s.getArgument(0) : null));
                }
                return Optional.of(new Match(m.getName(), arg, null, method, client,
                        verb.equals("method") ? s.getArgument(0) : null));
            }
        }
        if (args.size() == 1 && (chainHasOwner(m, Set.of("HttpRequest"))
                || imported("java.net.http") && rootDeclaredAs(m, "Builder"))) {
            return Optional.of(new Match(m.getName(), args.get(0), null, methodFromChain(m, JAVA_NET_METHODS, "GET"),
                    "java.net.http", methodArgInChain(m)));
        }
        return Optional.empty();
    }

    private static final Map<String, String> JAX_RS_VERBS = Map.of("get", "GET", "post", "POST", "put", "PUT",
            "delete", "DELETE", "head", "HEAD", "options", "OPTIONS");

    /** JAX-RS client API: {@code client.target(url).path(p).request().post(entity)}. */
    private Optional<Match> matchJaxRsClient(MethodCallExpr m, List<Expression> args) {
        if (args.size() != 1) {
            return Optional.empty();
        }
        MethodCallExpr request = null;
        for (MethodCallExpr c : wholeChain(m)) {
            if (c.getNameAsString().equals("request")) {
                request = c;
            }
        }
        if (request == null || request.getScope().isEmpty()) {
            return Optional.empty();
        }
        String method = "GET";
        for (MethodCallExpr c : wholeChain(m)) {
            String v = c.getNameAsString().equals("method") && !c.getArguments().isEmpty() ? methodOf(c.getArgument(0))
                    : JAX_RS_VERBS.get(c.getNameAsString());
            if (v != null || c.getNameAsString().equals("method")) {
                method = v;
                break;
            }
        }
        return Optional.of(new Match(m.getName(), request.getScope().get(), null, method, "jax-rs-client"));
    }

    private Optional<Match> matchOpenConnection(MethodCallExpr m) {
        if (m.getScope().isEmpty()) {
            return Optional.empty();
        }
        Expression scope = m.getScope().get();
        Node at = m.getName();
        Expression url = scope;
        if (scope instanceof ObjectCreationExpr o && o.getType().getNameAsString().equals("URL")) {
            at = o;
        } else if (scope instanceof NameExpr n) {
            Optional<VariableDeclarator> decl = localDeclaration(m, n.getNameAsString());
            if (decl.isPresent() && decl.get().getInitializer().orElse(null) instanceof ObjectCreationExpr o
                    && o.getType().getNameAsString().equals("URL")) {
                at = o;
            }
        }
        String method = m.getNameAsString().equals("openStream") ? "GET" : urlConnectionMethod(m);
        Expression methodArg = method == null ? requestMethodArg(m) : null;
        return Optional.of(new Match(at, url, null, method, "HttpURLConnection", methodArg));
    }

    /** {@code setRequestMethod("X")} in the same method, else POST when output is enabled, else GET. */
    private static String urlConnectionMethod(MethodCallExpr open) {
        Optional<Node> body = ExpressionReader.enclosingCallableBody(open);
        if (body.isEmpty()) {
            return "GET";
        }
        boolean output = false;
        for (MethodCallExpr c : body.get().findAll(MethodCallExpr.class)) {
            if (c.getNameAsString().equals("setRequestMethod") && c.getArguments().size() == 1) {
                // a method named by a parameter or field: the link phase reads it, or it stays unknown
                return methodOf(c.getArgument(0));
            }
            if (c.getNameAsString().equals("setDoOutput") && c.getArguments().size() == 1
                    && c.getArgument(0) instanceof BooleanLiteralExpr b && b.getValue()) {
                output = true;
            }
        }
        return output ? "POST" : "GET";
    }

    /** The argument of a {@code setRequestMethod(m)} that names no method literally, in the same method. */
    private static Expression requestMethodArg(MethodCallExpr open) {
        Optional<Node> body = ExpressionReader.enclosingCallableBody(open);
        if (body.isPresent()) {
            for (MethodCallExpr c : body.get().findAll(MethodCallExpr.class)) {
                if (c.getNameAsString().equals("setRequestMethod") && c.getArguments().size() == 1) {
                    return c.getArgument(0);
                }
            }
        }
        return null;
    }

    /** The first argument of a {@code .method(m, ..)} call in the chain, when it names no method literally. */
    private static Expression methodArgInChain(MethodCallExpr m) {
        for (MethodCallExpr c : wholeChain(m)) {
            if (c.getNameAsString().equals("method") && !c.getArguments().isEmpty()) {
                return methodOf(c.getArgument(0)) == null ? c.getArgument(0) : null;
            }
        }
        // builder.method(method, body) as a statement of its own, on the variable the chain starts at
        Node top = chainTop(m);
        String var = top.getParentNode().orElse(null) instanceof VariableDeclarator v ? v.getNameAsString()
                : ExpressionReader.chainRoot(m) instanceof NameExpr root ? root.getNameAsString() : null;
        Optional<Node> body = ExpressionReader.enclosingCallableBody(m);
        if (var != null && body.isPresent()) {
            for (MethodCallExpr c : body.get().findAll(MethodCallExpr.class)) {
                if (c.getNameAsString().equals("method") && !c.getArguments().isEmpty()
                        && ExpressionReader.chainRoot(c) instanceof NameExpr n && n.getNameAsString().equals(var)) {
                    return methodOf(c.getArgument(0)) == null ? c.getArgument(0) : null;
                }
            }
        }
        return null;
    }

    private static Optional<VariableDeclarator> localDeclaration(Node use, String name) {
        return ExpressionReader.enclosingCallableBody(use).flatMap(b -> b.findAll(VariableDeclarator.class).stream()
                .filter(v -> v.getNameAsString().equals(name)).findFirst());
    }

    private static String apacheBuilderMethod(MethodCallExpr m) {
        Expression cur = m;
        while (cur instanceof MethodCallExpr c && c.getScope().isPresent()) {
            if (c.getScope().get() instanceof NameExpr) {
                String n = c.getNameAsString();
                if (n.equals("create") && c.getArguments().size() == 1) {
                    return methodOf(c.getArgument(0));
                }
                String up = n.toUpperCase(Locale.ROOT);
                return HTTP_METHODS.contains(up) ? up : null;
            }
            cur = c.getScope().get();
        }
        return null;
    }

    /**
     * Whether a variable or field passed as {@code exchange(url, how, ..)}'s second argument holds the
     * HTTP method ({@code exchange(url, httpMethod, entity, type)}), not a response type
     * ({@code exchange(requestEntity, returnType)}).
     */
    private static boolean namesMethod(MethodCallExpr call, Expression how) {
        String name = how.isNameExpr() ? how.asNameExpr().getNameAsString()
                : how.isFieldAccessExpr() && how.asFieldAccessExpr().getScope().isThisExpr()
                ? how.asFieldAccessExpr().getNameAsString() : null;
        if (name == null) {
            return false;
        }
        if (name.toLowerCase(Locale.ROOT).contains("method") || name.equalsIgnoreCase("verb")) {
            return true;
        }
        return JavaFileExtractor.declaredType(call, name).map(t -> t.equals("HttpMethod")).orElse(false);
    }

    /** Whether the call is made on something that looks like a RestTemplate (not a Map or a file). */
    private boolean isRestTemplateReceiver(MethodCallExpr m) {
        if (m.getScope().isEmpty()) {
            return false;
        }
        String r = m.getScope().get().toString().toLowerCase(Locale.ROOT);
        if (r.contains("rest") || r.contains("template") || r.contains("operations")) {
            return true;
        }
        if (m.getScope().get() instanceof NameExpr n) {
            Optional<String> type = JavaFileExtractor.declaredType(m, n.getNameAsString());
            return type.map(t -> t.equals("RestTemplate") || t.equals("RestOperations")).orElse(false);
        }
        return false;
    }

    /**
     * The HTTP method named in the builder chain around {@code m} (before or after it), or in
     * calls on the variable the chain is stored in; {@code fallback} when none is named.
     */
    private static String methodFromChain(MethodCallExpr m, Map<String, String> verbs, String fallback) {
        for (MethodCallExpr c : wholeChain(m)) {
            String v = verbOf(c, verbs);
            if (v != null) {
                return v;
            }
            if (c.getNameAsString().equals("method") && !c.getArguments().isEmpty()) {
                return null; // the method is named, but not statically
            }
        }
        Node top = chainTop(m);
        Optional<Node> parent = top.getParentNode();
        String var = null;
        if (parent.isPresent() && parent.get() instanceof VariableDeclarator v) {
            var = v.getNameAsString();
        } else if (ExpressionReader.chainRoot(m) instanceof NameExpr root) {
            var = root.getNameAsString(); // builder.uri(..) on a builder variable: its other calls name the verb
        }
        if (var != null) {
            Optional<Node> body = ExpressionReader.enclosingCallableBody(m);
            if (body.isPresent()) {
                for (MethodCallExpr c : body.get().findAll(MethodCallExpr.class)) {
                    if (ExpressionReader.chainRoot(c) instanceof NameExpr n && n.getNameAsString().equals(var)
                            && c != m) {
                        String verb = verbOf(c, verbs);
                        if (verb != null) {
                            return verb;
                        }
                        if (c.getNameAsString().equals("method") && !c.getArguments().isEmpty()) {
                            return null; // builder.method(method, body): named, but not statically
                        }
                    }
                }
            }
        }
        return fallback;
    }

    private static String verbOf(MethodCallExpr c, Map<String, String> verbs) {
        String n = c.getNameAsString();
        if (n.equals("method") && !c.getArguments().isEmpty()) {
            return methodOf(c.getArgument(0));
        }
        return verbs.get(n);
    }

    /** The outermost call of the chain {@code m} belongs to. */
    private static Node chainTop(MethodCallExpr m) {
        Node cur = m;
        while (cur.getParentNode().orElse(null) instanceof MethodCallExpr p && p.getScope().orElse(null) == cur) {
            cur = p;
        }
        return cur;
    }

    /** Every call of the chain {@code m} belongs to, outermost first. */
    private static List<MethodCallExpr> wholeChain(MethodCallExpr m) {
        List<MethodCallExpr> out = new ArrayList<>();
        Node cur = chainTop(m);
        while (cur instanceof MethodCallExpr c) {
            out.add(c);
            cur = c.getScope().orElse(null);
        }
        return out;
    }

    private static boolean chainHasOwner(MethodCallExpr m, Set<String> owners) {
        for (MethodCallExpr c : wholeChain(m)) {
            if (c.getScope().isPresent() && owners.contains(ExpressionReader.lastName(c.getScope().get()))) {
                return true;
            }
        }
        return false;
    }

    private static boolean chainHasCall(MethodCallExpr m, String name) {
        for (MethodCallExpr c : wholeChain(m)) {
            if (c.getNameAsString().equals(name)) {
                return true;
            }
        }
        return false;
    }

    /** The chain starts at a variable declared with this simple type ({@code Request.Builder b; b.url(..)}). */
    private static boolean rootDeclaredAs(MethodCallExpr m, String simpleType) {
        return ExpressionReader.chainRoot(m) instanceof NameExpr n
                && JavaFileExtractor.declaredType(m, n.getNameAsString()).map(simpleType::equals).orElse(false);
    }

    private static boolean chainHasOkHttpBuilder(MethodCallExpr m) {
        Expression root = ExpressionReader.chainRoot(m);
        return root instanceof ObjectCreationExpr o && o.getType().getNameAsString().equals("Builder")
                && o.getType().getScope().map(s -> s.getNameAsString().equals("Request")).orElse(false);
    }

    /** {@code "POST"}, {@code HttpMethod.POST}, {@code Method.POST}, {@code RequestMethod.POST}; null otherwise. */
    static String methodOf(Expression e) {
        String text;
        if (e instanceof StringLiteralExpr s) {
            text = s.asString();
        } else {
            String t = e.toString();
            int dot = t.lastIndexOf('.');
            text = dot >= 0 ? t.substring(dot + 1) : t;
            if (text.endsWith("()")) {
                return null;
            }
        }
        String up = text.toUpperCase(Locale.ROOT);
        return HTTP_METHODS.contains(up) ? up : null;
    }
}
