package dev.tokenlint.core.scan.java.clients;

import com.github.javaparser.ast.expr.MethodCallExpr;
import java.util.Optional;

/**
 * Spring 6's {@code RestClient}: the same {@code .get().uri(..)} shape as {@link SpringWebClient},
 * in a file that imports {@code RestClient} and nothing reactive.
 */
final class SpringRestClient extends LibraryBase {

    static final ClientId ID = new ClientId("spring-restclient");

    SpringRestClient() {
        super(ID, "web.client");
    }

    @Override
    public Optional<ClientMatch> match(MethodCallExpr m, SourceFile file) {
        return m.getNameAsString().equals("uri") && uses(file) ? SpringWebClient.uriAfterVerb(m, file, ID)
                : Optional.empty();
    }

    /** Whether the file's {@code .uri(..)} calls are RestClient's rather than WebClient's. */
    static boolean uses(SourceFile file) {
        return file.importsFrom("org.springframework.web.client.RestClient")
                && !file.importsFrom("org.springframework.web.reactive");
    }
}
