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
    void silentForBasicInAClassWhoseOnlyApiPathIsNoCatalogOperation() {
        // AppMon's REST API also lives under /api/v1 and takes Basic: no known Dynatrace endpoint here
        List<Diagnostic> appMon = new RuleFixture()
                .call(FILE, 30, CLASS, "GET", "/api/v1/profiles/easyTravel/applications/web/javascriptagent/initcode")
                .authHeader(FILE, 25, "Basic", CLASS)
                .run(new AuthHeaderRealmRule());
        List<Diagnostic> dynatrace = new RuleFixture()
                .call(FILE, 30, CLASS, "GET", "/api/v1/profiles/easyTravel/applications/web/javascriptagent/initcode")
                .call(FILE, 40, CLASS, "GET", "/api/v2/metrics/query")
                .authHeader(FILE, 25, "Basic", CLASS)
                .run(new AuthHeaderRealmRule());

        assertThat(appMon).isEmpty();
        assertThat(dynatrace).singleElement().extracting(Diagnostic::message).asString()
                .contains("GET /api/v2/metrics/query");
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
