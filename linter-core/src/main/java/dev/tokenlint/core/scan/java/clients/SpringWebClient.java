package dev.tokenlint.core.scan.java.clients;

import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import dev.tokenlint.core.scan.java.StrExpr;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Spring WebFlux's {@code WebClient}: {@code .uri(..)} right after {@code .get()/.post()/...} or
 * {@code .method(HttpMethod.X)}; a {@code uriBuilder -> uriBuilder.path(..)} lambda is read. A
 * file that uses {@link SpringRestClient} instead is that library's.
 */
final class SpringWebClient extends LibraryBase {

    static final ClientId ID = ClientId.SPRING_WEBCLIENT;

    SpringWebClient() {
        super(ID, "function.client");
    }

    @Override
    public Optional<ClientMatch> match(MethodCallExpr m, SourceFile file) {
        // the name first: the imports are looked at only for the few uri(..) calls
        return !m.getNameAsString().equals("uri") || SpringRestClient.uses(file) ? Optional.empty()
                : uriAfterVerb(m, file, ID);
    }

    /**
     * {@code .uri(..)} on the result of a verb call, the request shape WebClient and RestClient share;
     * {@code client} names the library of the file.
     */
    static Optional<ClientMatch> uriAfterVerb(MethodCallExpr m, SourceFile file, ClientId client) {
        if (!m.getNameAsString().equals("uri") || m.getArguments().isEmpty()
                || !(m.getScope().orElse(null) instanceof MethodCallExpr s)) {
            return Optional.empty();
        }
        String verb = s.getNameAsString();
        boolean named = verb.equals("method") && s.getArguments().size() == 1;
        String method = null;
        if (s.getArguments().isEmpty() && verb.equals(verb.toLowerCase(Locale.ROOT))) {
            method = CallChains.httpMethod(verb);
        } else if (named) {
            method = CallChains.methodOf(s.getArgument(0));
        }
        if (method == null && !verb.equals("method")) {
            return Optional.empty();
        }
        Expression arg = m.getArgument(0);
        Expression methodArg = verb.equals("method") && !s.getArguments().isEmpty() ? s.getArgument(0) : null;
        StrExpr value = null;
        if (arg instanceof LambdaExpr lambda && lambda.getParameters().size() == 1
                && lambda.getExpressionBody().isPresent()) {
            // the builder the lambda is given starts from the client's base URL, which the call does not show
            value = file.read(lambda.getExpressionBody().get(), Map.of(lambda.getParameter(0).getNameAsString(),
                    new StrExpr.Concat(List.of(new StrExpr.Lit("")), true)));
        }
        return Optional.of(new ClientMatch(m.getName(), arg, value, method, client, methodArg));
    }
}
