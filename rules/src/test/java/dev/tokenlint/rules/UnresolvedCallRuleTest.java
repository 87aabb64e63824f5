package dev.tokenlint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tokenlint.core.rules.Diagnostic;
import java.util.List;
import org.junit.jupiter.api.Test;

class UnresolvedCallRuleTest {

    @Test
    void reportsAnUnresolvedCallWithItsExpression() {
        List<Diagnostic> found = new RuleFixture()
                .unresolvedCall("src/main/java/com/acme/Client.java", 41, "com.acme.Client", "baseUrl + path")
                .run(new UnresolvedCallRule());

        assertThat(found).singleElement().satisfies(d -> {
            assertThat(d.message()).isEqualTo("the path of this okhttp call cannot be resolved statically"
                    + " (baseUrl + path), so the scopes it needs are not checked");
            assertThat(d.location().line()).isEqualTo(41);
        });
    }

    @Test
    void reportsAResolvedPathThatMatchesNoOperation() {
        List<Diagnostic> found = new RuleFixture().call("GET", "/api/v2/brandNew").run(new UnresolvedCallRule());

        assertThat(found).singleElement().satisfies(d -> {
            assertThat(d.message()).startsWith("GET /api/v2/brandNew matches no operation in the catalog");
            assertThat(d.endpoint()).isEqualTo("GET /api/v2/brandNew");
        });
    }

    @Test
    void silentForMatchedCalls() {
        assertThat(new RuleFixture().call("GET", "/api/v2/problems").run(new UnresolvedCallRule())).isEmpty();
    }

    @Test
    void neverRepeatsATokenSecretFromTheExpression() {
        String publicId = "dt0c01." + "A".repeat(24);
        String secret = "B".repeat(64);
        List<Diagnostic> found = new RuleFixture()
                .unresolvedCall("src/main/java/com/acme/Client.java", 7, "com.acme.Client",
                        "url + \"?t=" + publicId + "." + secret + "\"")
                .run(new UnresolvedCallRule());

        assertThat(found).singleElement().satisfies(d -> {
            assertThat(d.message().contains(secret)).as("message repeats the secret portion").isFalse();
            assertThat(d.message()).contains(publicId + ".***");
        });
    }

    @Test
    void shortensLongExpressions() {
        String longExpression = "a".repeat(200);
        List<Diagnostic> found = new RuleFixture()
                .unresolvedCall("src/main/java/com/acme/Client.java", 7, "com.acme.Client", longExpression)
                .run(new UnresolvedCallRule());

        assertThat(found).singleElement().extracting(Diagnostic::message).asString()
                .doesNotContain(longExpression).contains("...");
    }
}
