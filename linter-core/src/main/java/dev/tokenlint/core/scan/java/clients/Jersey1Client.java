package dev.tokenlint.core.scan.java.clients;

import com.github.javaparser.ast.expr.MethodCallExpr;
import java.util.Optional;

/**
 * The Jersey 1 client ({@code com.sun.jersey.api.client}): {@code client.resource(url)}, on the
 * chain or a {@code WebResource} variable; the method is the verb call after it, GET when none.
 */
final class Jersey1Client extends LibraryBase {

    static final ClientId ID = new ClientId("jersey1-client");

    Jersey1Client() {
        // none yet: a file that uses it is read for its paths or for naming Dynatrace
        super(ID);
    }

    @Override
    public Optional<ClientMatch> match(MethodCallExpr m, SourceFile file) {
        if (m.getNameAsString().equals("resource") && m.getArguments().size() == 1
                && file.importsFrom("com.sun.jersey.api.client")) {
            return Optional.of(new ClientMatch(m.getName(), m.getArgument(0), null,
                    CallChains.methodFromChain(m, JaxRsClient.VERBS, "GET"), ID));
        }
        return Optional.empty();
    }
}
