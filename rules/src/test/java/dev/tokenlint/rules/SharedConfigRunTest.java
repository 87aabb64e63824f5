package dev.tokenlint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tokenlint.core.engine.LintEngine;
import dev.tokenlint.core.engine.LintRequest;
import dev.tokenlint.core.engine.LintResult;
import dev.tokenlint.core.rules.Finding;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link LintEngine#runShared}: one config that two modules share (the Maven plugin's whole-build
 * verdict). Least privilege is judged over the calls of both modules; each module keeps its own globs.
 */
class SharedConfigRunTest {

    private static final LocalDate DAY = LocalDate.of(2026, 12, 1);

    @TempDir
    Path top;

    private final LintEngine engine = LintEngine.standard();

    private void module(String name, String pkg, String cls, String path) throws IOException {
        Path file = top.resolve(name + "/src/main/java/com/acme/" + pkg + "/" + cls + ".java");
        Files.createDirectories(file.getParent());
        Files.writeString(file, """
                package com.acme.%s;

                import java.net.URI;
                import java.net.http.HttpRequest;

                public final class %s {
                    HttpRequest request(String lines) {
                        return HttpRequest.newBuilder(URI.create("https://abc123.live.dynatrace.com%s"))
                                .POST(HttpRequest.BodyPublishers.ofString(lines)).build();
                    }
                }
                """.formatted(pkg, cls, path));
    }

    private void config(String token) throws IOException {
        Files.writeString(top.resolve("tokenlint.yaml"), "tokens:\n" + token);
    }

    private LintRequest moduleRequest(String name) {
        Path root = top.resolve(name);
        return new LintRequest(root, top.resolve("tokenlint.yaml"), List.of(root.resolve("src/main/java")), DAY, null,
                false, List.of());
    }

    private LintResult shared() {
        LintRequest config = new LintRequest(top, top.resolve("tokenlint.yaml"), List.of(), DAY, null, false, List.of());
        return engine.runShared(config, List.of(moduleRequest("module-a"), moduleRequest("module-b")));
    }

    private static List<String> rules(List<Finding> findings) {
        return findings.stream().filter(Finding::isOpen).map(f -> f.ruleId() + " " + f.location().file()).toList();
    }

    private static final String SHARED = """
              - name: shared-ingest
                scopes: [metrics.ingest, logs.ingest]
                owner: team-platform
                expires: 2027-06-01
            """;

    @Test
    void aTokenUsedByTwoModulesNeedsTheScopesOfBoth() throws IOException {
        module("module-a", "metrics", "MetricsExporter", "/api/v2/metrics/ingest");
        module("module-b", "logs", "LogShipper", "/api/v2/logs/ingest");
        config(SHARED);

        // one module alone sees only its own call: the other scope looks unused
        LintResult alone = engine.run(moduleRequest("module-a"));
        assertThat(rules(alone.findings())).anyMatch(r -> r.startsWith("unused-scope "));

        LintResult both = shared();
        assertThat(rules(both.findings())).isEmpty();
        assertThat(both.facts().calls()).extracting(c -> c.location().file()).containsExactly(
                "module-a/src/main/java/com/acme/metrics/MetricsExporter.java",
                "module-b/src/main/java/com/acme/logs/LogShipper.java");
        assertThat(both.leastPrivilege().values()).singleElement()
                .satisfies(v -> assertThat(v.needed()).containsExactly("logs.ingest", "metrics.ingest"));
    }

    @Test
    void aScopeNoModuleNeedsIsUnusedAndACallsMissingScopeStaysWithItsModule() throws IOException {
        module("module-a", "metrics", "MetricsExporter", "/api/v2/metrics/ingest");
        module("module-b", "logs", "LogShipper", "/api/v2/logs/ingest");
        config("""
                  - name: shared-ingest
                    scopes: [metrics.ingest, events.ingest]
                    owner: team-platform
                    expires: 2027-06-01
                """);

        LintResult both = shared();
        // the token-level verdict: events.ingest is used by neither module
        assertThat(rules(both.findings())).containsExactly("unused-scope tokenlint.yaml");
        assertThat(both.findings().get(0).message()).contains("'events.ingest'");
        // module-b's call lacks logs.ingest: found by module-b's own run, at its call, not by the shared one
        LintResult b = engine.run(moduleRequest("module-b"));
        assertThat(rules(b.findings())).contains("missing-scope src/main/java/com/acme/logs/LogShipper.java");
    }

    @Test
    void usedByGlobsAreReadAgainstEachModulesOwnRoot() throws IOException {
        module("module-a", "metrics", "MetricsExporter", "/api/v2/metrics/ingest");
        module("module-b", "logs", "LogShipper", "/api/v2/logs/ingest");
        config("""
                  - name: metrics-token
                    scopes: [metrics.ingest]
                    owner: team-platform
                    expires: 2027-06-01
                    usedBy: ["src/main/java/com/acme/metrics/**"]
                  - name: logs-token
                    scopes: [logs.ingest]
                    owner: team-platform
                    expires: 2027-06-01
                    usedBy: ["src/main/java/com/acme/logs/**"]
                """);

        LintResult both = shared();
        assertThat(rules(both.findings())).isEmpty();
        assertThat(both.bindings().unbound()).isEmpty();
        assertThat(both.bindings().byToken()).hasSize(2);
    }
}
