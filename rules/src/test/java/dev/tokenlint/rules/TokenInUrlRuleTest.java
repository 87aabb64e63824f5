package dev.tokenlint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tokenlint.core.rules.Diagnostic;
import java.util.List;
import org.junit.jupiter.api.Test;

class TokenInUrlRuleTest {

    private static final String PUBLIC_ID = "dt0c01." + "F".repeat(24);

    @Test
    void reportsAQueryParameter() {
        List<Diagnostic> found = new RuleFixture().tokenInUrl("src/main/java/com/acme/App.java", 9, "Api-Token")
                .run(new TokenInUrlRule());

        assertThat(found).singleElement().satisfies(d -> {
            assertThat(d.message()).startsWith("access token passed in the URL query parameter 'Api-Token'")
                    .contains("Authorization header");
            assertThat(d.location().line()).isEqualTo(9);
        });
    }

    @Test
    void reportsATokenLiteralInAUrlByItsPublicId() {
        List<Diagnostic> found = new RuleFixture().tokenLiteral("config/app.properties", 3, PUBLIC_ID, true)
                .run(new TokenInUrlRule());

        assertThat(found).singleElement().extracting(Diagnostic::message).asString()
                .startsWith("token " + PUBLIC_ID + " is passed in a URL query parameter");
    }

    @Test
    void reportsALineOnceWhenBothFactsPointAtIt() {
        List<Diagnostic> found = new RuleFixture().tokenInUrl("src/main/java/com/acme/App.java", 9, "api-token")
                .tokenLiteral("src/main/java/com/acme/App.java", 9, PUBLIC_ID, true)
                .run(new TokenInUrlRule());

        assertThat(found).hasSize(1);
    }

    @Test
    void silentForATokenLiteralOutsideAUrl() {
        List<Diagnostic> found = new RuleFixture().tokenLiteral("src/main/java/com/acme/App.java", 9, PUBLIC_ID, false)
                .run(new TokenInUrlRule());

        assertThat(found).isEmpty();
    }
}
