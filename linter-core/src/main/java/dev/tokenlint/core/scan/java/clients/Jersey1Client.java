package dev.tokenlint.core.scan.java.clients;

import com.github.javaparser.ast.expr.MethodCallExpr;
import java.util.Optional;
import java.util.Set;

/**
 * The Jersey 1 client ({@code com.sun.jersey.api.client}): {@code client.resource(url)} and
 * {@code client.asyncResource(url)}, on the chain or a {@code WebResource}/{@code AsyncWebResource}
 * variable; the method is the verb call after it, GET when none.
 */
final class Jersey1Client extends LibraryBase {

    static final ClientId ID = new ClientId("jersey1-client");

    /** {@code Client}'s methods that make a resource of a URL (String or URI). */
    private static final Set<String> FACTORIES = Set.of("resource", "asyncResource");

    Jersey1Client() {
        // none yet: a file that uses it is read for its paths or for naming Dynatrace
        super(ID);
    }

    @Override
    public Optional<ClientMatch> match(MethodCallExpr m, SourceFile file) {
        if (FACTORIES.contains(m.getNameAsString()) && m.getArguments().size() == 1
                && file.importsFrom("com.sun.jersey.api.client")) {
            return Optional.of(new ClientMatch(m.getName(), m.getArgument(0), null,
                    CallChains.methodFromChain(m, JaxRsClient.VERBS, "GET"), ID));
        }
        return Optional.empty();
    }
}
