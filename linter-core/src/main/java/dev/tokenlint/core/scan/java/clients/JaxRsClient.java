package dev.tokenlint.core.scan.java.clients;

import com.github.javaparser.ast.expr.MethodCallExpr;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The JAX-RS client API ({@code javax.ws.rs.client}, {@code jakarta.ws.rs.client}):
 * {@code client.target(url).path(p).request().post(entity)}, located at {@code target}; the
 * method is the verb call after {@code request()} or its {@code method("X")}, GET when none.
 */
final class JaxRsClient extends LibraryBase {

    static final ClientId ID = new ClientId("jax-rs-client");

    /** {@code Invocation.Builder}'s verb calls (Jersey 1's {@code WebResource} names them alike). */
    static final Map<String, String> VERBS = Map.of("get", "GET", "post", "POST", "put", "PUT",
            "delete", "DELETE", "head", "HEAD", "options", "OPTIONS");

    JaxRsClient() {
        // javax.ws.rs.client and jakarta.ws.rs.client
        super(ID, ".ws.rs");
    }

    @Override
    public Optional<ClientMatch> match(MethodCallExpr m, SourceFile file) {
        if (!m.getNameAsString().equals("target") || m.getArguments().size() != 1) {
            return Optional.empty();
        }
        List<MethodCallExpr> chain = CallChains.wholeChain(m);
        MethodCallExpr request = null;
        for (MethodCallExpr c : chain) {
            if (c.getNameAsString().equals("request")) {
                request = c;
            }
        }
        // without request() it is some other target(..): a Feign builder's, a web resource's
        if (request == null || request.getScope().isEmpty()) {
            return Optional.empty();
        }
        String method = "GET";
        for (MethodCallExpr c : chain) {
            boolean named = c.getNameAsString().equals("method");
            String v = named && !c.getArguments().isEmpty() ? CallChains.methodOf(c.getArgument(0))
                    : VERBS.get(c.getNameAsString());
            if (v != null || named) {
                method = v;
                break;
            }
        }
        return Optional.of(new ClientMatch(m.getName(), request.getScope().get(), null, method, ID));
    }
}
