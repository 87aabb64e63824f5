package dev.tokenlint.core.scan.java.clients;

import com.github.javaparser.ast.expr.MethodCallExpr;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The JDK's HTTP client ({@code java.net.http}): {@code HttpRequest.newBuilder(uri)}, or
 * {@code .uri(uri)} on {@code HttpRequest.newBuilder()} or a variable declared
 * {@code HttpRequest.Builder}. The method is a verb call anywhere in the builder chain or on the
 * variable holding it; GET when none is made.
 */
final class JavaNetHttp extends LibraryBase {

    static final ClientId ID = new ClientId("java.net.http");

    /** {@code HttpRequest.Builder}'s verb calls. */
    private static final Map<String, String> VERBS = Map.of("GET", "GET", "POST", "POST", "PUT", "PUT",
            "DELETE", "DELETE", "HEAD", "HEAD");

    JavaNetHttp() {
        super(ID, "java.net.http");
    }

    @Override
    public Optional<ClientMatch> match(MethodCallExpr m, SourceFile file) {
        if (m.getArguments().size() != 1) {
            return Optional.empty();
        }
        String name = m.getNameAsString();
        boolean newBuilder = name.equals("newBuilder")
                && m.getScope().map(CallChains::lastName).orElse("").equals("HttpRequest");
        // .uri(..) counts only on a builder of this library: MockWebServer and others have one too
        boolean uri = name.equals("uri") && (CallChains.chainHasOwner(m, Set.of("HttpRequest"))
                || file.importsFrom("java.net.http") && CallChains.rootDeclaredAs(m, "Builder", file));
        if (!newBuilder && !uri) {
            return Optional.empty();
        }
        return Optional.of(new ClientMatch(m.getName(), m.getArgument(0), null,
                CallChains.methodFromChain(m, VERBS, "GET"), ID, CallChains.methodArgInChain(m)));
    }
}
