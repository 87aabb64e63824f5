package dev.tokenlint.core.scan.java.clients;

import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import java.util.Map;
import java.util.Optional;

/**
 * OkHttp 3 and 4: {@code .url(..)} on a {@code Request.Builder} (created in the chain, a
 * {@code newBuilder()} copy, or a variable declared {@code Request.Builder}); the method is a
 * verb call of the chain or of the builder variable, GET when none is made.
 */
final class OkHttp extends LibraryBase {

    static final ClientId ID = new ClientId("okhttp");

    /** {@code Request.Builder}'s verb calls. */
    private static final Map<String, String> VERBS = Map.of("get", "GET", "post", "POST", "put", "PUT",
            "delete", "DELETE", "patch", "PATCH", "head", "HEAD");

    OkHttp() {
        super(ID, "okhttp3");
    }

    @Override
    public Optional<ClientMatch> match(MethodCallExpr m, SourceFile file) {
        // only on a request builder: MockWebServer.url(..) and HttpUrl's own calls are no request
        if (m.getNameAsString().equals("url") && m.getArguments().size() == 1 && file.importsFrom("okhttp3")
                && (builtInChain(m) || CallChains.chainHasCall(m, "newBuilder")
                || CallChains.rootDeclaredAs(m, "Builder", file))) {
            return Optional.of(new ClientMatch(m.getName(), m.getArgument(0), null,
                    CallChains.methodFromChain(m, VERBS, "GET"), ID, CallChains.methodArgInChain(m)));
        }
        return Optional.empty();
    }

    /** The chain starts at {@code new Request.Builder()}. */
    private static boolean builtInChain(MethodCallExpr m) {
        return CallChains.chainRoot(m) instanceof ObjectCreationExpr o
                && o.getType().getNameAsString().equals("Builder")
                && o.getType().getScope().map(s -> s.getNameAsString().equals("Request")).orElse(false);
    }
}
