package dev.tokenlint.core.scan.java.clients;

import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Apache HttpClient 4 and 5 and their fluent APIs: the request classes named after their method
 * ({@code new HttpPost(url)}), the classes taking the method as an argument
 * ({@code new BasicClassicHttpRequest("POST", uri)}), the builders' per-method factories
 * ({@code ClassicHttpRequests.post(uri)}, {@code Request.Post(url)}), {@code create(method, uri)}
 * and {@code setUri(url)} on a builder ({@code ClassicRequestBuilder.create(method)}). The
 * factories were enumerated from httpclient5 5.3 and httpcore5 5.2 with {@code javap}.
 */
final class ApacheHttpClient extends LibraryBase {

    static final ClientId ID = new ClientId("apache-httpclient");

    /** The request classes named after their method. */
    private static final Map<String, String> REQUESTS = Map.of("HttpGet", "GET", "HttpPost", "POST", "HttpPut",
            "PUT", "HttpDelete", "DELETE", "HttpPatch", "PATCH", "HttpHead", "HEAD", "HttpOptions", "OPTIONS",
            "HttpTrace", "TRACE");

    /** The request classes whose constructor takes the method first, the URI second. */
    private static final Set<String> METHOD_FIRST = Set.of("BasicClassicHttpRequest", "HttpUriRequestBase",
            "BasicHttpRequest");

    /** Request builders with static per-method factories. */
    private static final Set<String> BUILDERS = Set.of("ClassicRequestBuilder", "SimpleRequestBuilder",
            "RequestBuilder", "AsyncRequestBuilder", "SimpleHttpRequests", "Request", "ClassicHttpRequests",
            "BasicRequestBuilder");

    /** The factories with a {@code create(method, uri)} beside the per-method ones. */
    private static final Set<String> CREATE = Set.of("ClassicHttpRequests", "SimpleHttpRequests",
            "SimpleHttpRequest", "SimpleRequestBuilder", "ClassicRequestBuilder", "BasicRequestBuilder",
            "AsyncRequestBuilder");

    /** The fluent APIs, whose {@code Request} is a name too common to count without them. */
    private static final List<String> FLUENT = List.of("org.apache.hc.client5.http.fluent",
            "org.apache.http.client.fluent");

    ApacheHttpClient() {
        super(ID, "org.apache.http", "org.apache.hc");
    }

    @Override
    public Optional<ClientMatch> match(ObjectCreationExpr o, SourceFile file) {
        String type = o.getType().getNameAsString();
        List<Expression> args = o.getArguments();
        String method = REQUESTS.get(type);
        if (method != null && !args.isEmpty()) {
            return Optional.of(new ClientMatch(o, args.get(0), null, method, ID));
        }
        if (METHOD_FIRST.contains(type) && args.size() >= 2) {
            return Optional.of(new ClientMatch(o, args.get(1), null, CallChains.methodOf(args.get(0)), ID,
                    args.get(0)));
        }
        return Optional.empty();
    }

    @Override
    public Optional<ClientMatch> match(MethodCallExpr m, SourceFile file) {
        String name = m.getNameAsString();
        List<Expression> args = m.getArguments();
        if (name.equals("setUri")) {
            return args.size() == 1 ? setUri(m, file) : Optional.empty();
        }
        String owner = m.getScope().map(CallChains::lastName).orElse("");
        if (BUILDERS.contains(owner) && m.getScope().get() instanceof NameExpr && args.size() == 1
                && !(owner.equals("Request") && FLUENT.stream().noneMatch(file::importsFrom))
                && !name.equalsIgnoreCase("create")) {
            String method = CallChains.httpMethod(name);
            if (method != null) {
                return Optional.of(new ClientMatch(m.getName(), args.get(0), null, method, ID));
            }
        }
        if (CREATE.contains(owner) && name.equals("create") && args.size() == 2) {
            return Optional.of(new ClientMatch(m.getName(), args.get(1), null, CallChains.methodOf(args.get(0)), ID,
                    args.get(0)));
        }
        return Optional.empty();
    }

    /**
     * {@code ClassicRequestBuilder.post().setUri(url)}, or {@code setUri} on a variable declared as
     * a builder ({@code ClassicRequestBuilder b = ClassicRequestBuilder.create(method); b.setUri(url)}).
     */
    private static Optional<ClientMatch> setUri(MethodCallExpr m, SourceFile file) {
        if (!(CallChains.chainRoot(m) instanceof NameExpr root)) {
            return Optional.empty();
        }
        String var = root.getNameAsString();
        if (BUILDERS.contains(var)) {
            return Optional.of(new ClientMatch(m.getName(), m.getArgument(0), null, builderMethod(m), ID));
        }
        if (file.declaredType(m, var).map(BUILDERS::contains).orElse(false)) {
            Optional<VariableDeclarator> decl = CallChains.localDeclaration(m, var);
            if (decl.isPresent() && decl.get().getInitializer().orElse(null) instanceof MethodCallExpr init) {
                String method = builderMethod(init);
                Expression methodArg = method == null && init.getNameAsString().equals("create")
                        && init.getArguments().size() == 1 ? init.getArgument(0) : null;
                return Optional.of(new ClientMatch(m.getName(), m.getArgument(0), null, method, ID, methodArg));
            }
        }
        return Optional.empty();
    }

    /** The method of the factory call the chain of {@code m} starts with, else null. */
    private static String builderMethod(MethodCallExpr m) {
        Expression cur = m;
        while (cur instanceof MethodCallExpr c && c.getScope().isPresent()) {
            if (c.getScope().get() instanceof NameExpr) {
                String n = c.getNameAsString();
                if (n.equals("create") && c.getArguments().size() == 1) {
                    return CallChains.methodOf(c.getArgument(0));
                }
                return CallChains.httpMethod(n);
            }
            cur = c.getScope().get();
        }
        return null;
    }
}
