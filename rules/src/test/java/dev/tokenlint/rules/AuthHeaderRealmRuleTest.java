package dev.tokenlint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tokenlint.core.rules.Diagnostic;
import java.util.List;
import org.junit.jupiter.api.Test;

class AuthHeaderRealmRuleTest {

    private static final String FILE = "src/main/java/com/acme/MetricsClient.java";
    private static final String CLASS = "com.acme.MetricsClient";

    @Test
    void reportsBearerInAClassCallingTheClassicApi() {
        List<Diagnostic> found = new RuleFixture().call(FILE, 30, CLASS, "GET", "/api/v2/metrics/query")
                .authHeader(FILE, 25, "Bearer", CLASS)
                .run(new AuthHeaderRealmRule());

        assertThat(found).singleElement().satisfies(d -> {
            assertThat(d.message()).isEqualTo("Authorization header uses the 'Bearer' scheme, but this class calls"
                    + " GET /api/v2/metrics/query, which expects \"Api-Token <token>\" (401 otherwise)");
            assertThat(d.location().line()).isEqualTo(25);
        });
    }

    @Test
    void reportsATokenSentWithoutAScheme() {
        List<Diagnostic> found = new RuleFixture().call(FILE, 30, CLASS, "GET", "/api/config/v1/dashboards")
                .authHeader(FILE, 25, "", CLASS)
                .run(new AuthHeaderRealmRule());

        assertThat(found).singleElement().extracting(Diagnostic::message).asString()
                .contains("sends the token without a scheme");
    }

    @Test
    void silentForApiTokenInAnyCase() {
        List<Diagnostic> found = new RuleFixture().call(FILE, 30, CLASS, "GET", "/api/v2/metrics/query")
                .authHeader(FILE, 25, "api-token", CLASS)
                .run(new AuthHeaderRealmRule());

        assertThat(found).isEmpty();
    }

    @Test
    void silentForBearerInAClassWithoutClassicCalls() {
        // A platform or OAuth client: Bearer is right there.
        List<Diagnostic> found = new RuleFixture()
                .call("src/main/java/com/acme/Other.java", 5, "com.acme.Other", "GET", "/api/v2/metrics/query")
                .authHeader(FILE, 25, "Bearer", CLASS)
                .run(new AuthHeaderRealmRule());

        assertThat(found).isEmpty();
    }

    @Test
    void silentForBearerBesideAnApiTokenHeaderInTheSameClass() {
        List<Diagnostic> found = new RuleFixture().call(FILE, 30, CLASS, "GET", "/api/v2/metrics/query")
                .authHeader(FILE, 25, "Api-Token", CLASS)
                .authHeader(FILE, 60, "Bearer", CLASS)
                .run(new AuthHeaderRealmRule());

        assertThat(found).isEmpty();
    }
}
