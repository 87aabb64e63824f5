package dev.tokenlint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tokenlint.core.rules.Diagnostic;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeprecatedEndpointRuleTest {

    @Test
    void namesTheReplacementWhenTheCatalogKnowsIt() {
        List<Diagnostic> found = new RuleFixture()
                .call("src/main/java/com/acme/Tokens.java", 22, "com.acme.Tokens", "GET", "/api/v1/tokens")
                .run(new DeprecatedEndpointRule());

        assertThat(found).singleElement().satisfies(d -> {
            assertThat(d.message()).isEqualTo("GET /api/v1/tokens is deprecated; use /api/v2/apiTokens instead");
            assertThat(d.location().line()).isEqualTo(22);
            assertThat(d.endpoint()).isEqualTo("GET /api/v1/tokens");
        });
    }

    @Test
    void saysItMayBeRemovedWithoutAKnownReplacement() {
        List<Diagnostic> found = new RuleFixture().call("GET", "/api/v1/timeseries").run(new DeprecatedEndpointRule());

        assertThat(found).singleElement().extracting(Diagnostic::message)
                .isEqualTo("GET /api/v1/timeseries is deprecated and may be removed in a future Dynatrace version");
    }

    @Test
    void silentForCurrentEndpointsAndUnmatchedCalls() {
        List<Diagnostic> found = new RuleFixture().call("GET", "/api/v2/apiTokens").call("GET", "/api/v2/unknown")
                .unresolvedCall("src/main/java/com/acme/App.java", 3, "com.acme.App", "path")
                .run(new DeprecatedEndpointRule());

        assertThat(found).isEmpty();
    }
}
