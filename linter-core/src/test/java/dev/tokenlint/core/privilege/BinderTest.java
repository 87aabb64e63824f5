package dev.tokenlint.core.privilege;

import static dev.tokenlint.core.privilege.PrivilegeFixtures.call;
import static dev.tokenlint.core.privilege.PrivilegeFixtures.catalog;
import static dev.tokenlint.core.privilege.PrivilegeFixtures.token;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tokenlint.core.catalog.PermissionCatalog;
import dev.tokenlint.core.input.Location;
import dev.tokenlint.core.scan.ApiCall;
import dev.tokenlint.core.scan.CodeFacts;
import dev.tokenlint.core.scan.EnvRead;
import dev.tokenlint.core.tokens.TokenDefinition;
import java.util.List;
import org.junit.jupiter.api.Test;

class BinderTest {

    private final PermissionCatalog catalog = catalog();
    private final ApiCall metricsCall = call(catalog, "src/main/java/com/acme/metrics/Exporter.java", 20,
            "com.acme.metrics.Exporter", "POST", "/api/v2/metrics/ingest");
    private final ApiCall problemsCall = call(catalog, "src/main/java/com/acme/alerts/Poller.java", 12,
            "com.acme.alerts.Poller", "GET", "/api/v2/problems");

    private static CodeFacts facts(List<ApiCall> calls, List<EnvRead> envReads) {
        return new CodeFacts(calls, List.of(), List.of(), List.of(), envReads, List.of(), List.of(), 2, 2);
    }

    @Test
    void bindsByUsedByGlob() {
        TokenDefinition metrics = token("metrics", List.of("metrics.ingest"),
                List.of("src/main/java/com/acme/metrics/**"), null);
        TokenDefinition other = token("other", List.of("problems.read"), List.of("src/main/java/com/other/**"), null);

        Bindings b = new Binder().bind(List.of(metrics, other), facts(List.of(metricsCall, problemsCall), List.of()));

        assertThat(b.callsOf(metrics)).containsExactly(metricsCall);
        assertThat(b.callsOf(other)).isEmpty();
        assertThat(b.unbound()).containsExactly(problemsCall);
    }

    @Test
    void bindsByTheEnvVariableTheCallsClassReads() {
        TokenDefinition alerts = token("alerts", List.of("problems.read"), List.of(), "DT_ALERTS_TOKEN");
        TokenDefinition metrics = token("metrics", List.of("metrics.ingest"), List.of(), "DT_METRICS_TOKEN");
        EnvRead read = new EnvRead("DT_ALERTS_TOKEN", "com.acme.alerts.Poller",
                new Location("src/main/java/com/acme/alerts/Poller.java", 8, 30));

        Bindings b = new Binder().bind(List.of(alerts, metrics),
                facts(List.of(metricsCall, problemsCall), List.of(read)));

        assertThat(b.callsOf(alerts)).containsExactly(problemsCall);
        assertThat(b.callsOf(metrics)).isEmpty();
        assertThat(b.unbound()).containsExactly(metricsCall);
    }

    @Test
    void envReadInAnotherClassDoesNotBind() {
        TokenDefinition alerts = token("alerts", List.of("problems.read"), List.of(), "DT_ALERTS_TOKEN");
        TokenDefinition metrics = token("metrics", List.of("metrics.ingest"), List.of(), "DT_METRICS_TOKEN");
        EnvRead read = new EnvRead("DT_ALERTS_TOKEN", "com.acme.config.Settings",
                new Location("src/main/java/com/acme/config/Settings.java", 8, 30));

        Bindings b = new Binder().bind(List.of(alerts, metrics), facts(List.of(problemsCall), List.of(read)));

        assertThat(b.unbound()).containsExactly(problemsCall);
    }

    @Test
    void singleTokenWithoutBindingsServesEveryCall() {
        TokenDefinition only = token("only", "metrics.ingest", "problems.read");

        Bindings b = new Binder().bind(List.of(only), facts(List.of(problemsCall, metricsCall), List.of()));

        assertThat(b.callsOf(only)).containsExactly(problemsCall, metricsCall);
        assertThat(b.unbound()).isEmpty();
    }

    @Test
    void singleTokenThatSaysWhereItIsUsedIsHeldToIt() {
        TokenDefinition only = token("only", List.of("metrics.ingest"), List.of("src/main/java/com/acme/metrics/"),
                null);

        Bindings b = new Binder().bind(List.of(only), facts(List.of(metricsCall, problemsCall), List.of()));

        assertThat(b.callsOf(only)).containsExactly(metricsCall);
        assertThat(b.unbound()).containsExactly(problemsCall);
    }

    @Test
    void twoTokensWithoutBindingsLeaveEveryCallUnbound() {
        Bindings b = new Binder().bind(List.of(token("a", "metrics.ingest"), token("b", "problems.read")),
                facts(List.of(metricsCall), List.of()));

        assertThat(b.byToken()).isEmpty();
        assertThat(b.unbound()).containsExactly(metricsCall);
    }

    @Test
    void overlappingGlobsBindACallToBothTokens() {
        TokenDefinition wide = token("wide", List.of("metrics.ingest"), List.of("src/main/java/**"), null);
        TokenDefinition narrow = token("narrow", List.of("metrics.ingest"), List.of("**/metrics/*.java"), null);

        Bindings b = new Binder().bind(List.of(wide, narrow), facts(List.of(metricsCall), List.of()));

        assertThat(b.callsOf(wide)).containsExactly(metricsCall);
        assertThat(b.callsOf(narrow)).containsExactly(metricsCall);
        assertThat(b.unbound()).isEmpty();
    }

    @Test
    void noTokensMeansEveryCallIsUnbound() {
        Bindings b = new Binder().bind(List.of(), facts(List.of(metricsCall), List.of()));

        assertThat(b.unbound()).containsExactly(metricsCall);
    }
}
