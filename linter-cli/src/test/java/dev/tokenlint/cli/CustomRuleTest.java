package dev.tokenlint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tokenlint.core.engine.LintEngine;
import dev.tokenlint.core.engine.LintRequest;
import dev.tokenlint.core.engine.LintResult;
import dev.tokenlint.core.rules.Diagnostic;
import dev.tokenlint.core.rules.Diagnostics;
import dev.tokenlint.core.rules.Finding;
import dev.tokenlint.core.rules.Rule;
import dev.tokenlint.core.rules.RuleContext;
import dev.tokenlint.core.rules.RuleInfo;
import dev.tokenlint.core.rules.Severity;
import dev.tokenlint.core.tokens.TokenDefinition;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A rule pack on the class path, registered through ServiceLoader, runs like a built-in rule. */
class CustomRuleTest {

    /** A team's own policy: every token names an owner. */
    @RuleInfo(id = "owner-required", severity = Severity.WARNING, summary = "A token without an owner")
    public static final class OwnerRequiredRule implements Rule {
        @Override
        public void check(RuleContext context, Diagnostics out) {
            for (TokenDefinition t : context.tokens()) {
                if (t.owner() == null) {
                    out.report(Diagnostic.at(t.location(), "token '" + t.name() + "' names no owner").token(t.name()));
                }
            }
        }
    }

    @TempDir
    Path dir;

    @Test
    void ruleRegisteredInAnotherJarRunsAndCanBeConfigured() throws Exception {
        Path pack = Files.createDirectories(dir.resolve("pack/META-INF/services"));
        Files.writeString(pack.resolve(Rule.class.getName()), OwnerRequiredRule.class.getName() + "\n");
        Path project = Files.createDirectories(dir.resolve("project"));
        Files.writeString(project.resolve("tokenlint.yaml"), """
                tokens:
                  - name: acme-exporter
                    scopes: [metrics.ingest]
                    expiresIn: 30d
                rules:
                  owner-required: error
                """);
        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.resolve("pack").toUri().toURL()},
                getClass().getClassLoader())) {
            LintEngine engine = new LintEngine(loader);
            assertThat(engine.registry().rule("owner-required")).isPresent();
            assertThat(engine.registry().rule("unused-scope")).isPresent();
            LintResult result = engine.run(new LintRequest(project, project.resolve("tokenlint.yaml"), List.of(),
                    LocalDate.of(2026, 11, 28), null, false, List.of()));
            List<Finding> custom = result.findings().stream().filter(f -> f.ruleId().equals("owner-required")).toList();
            assertThat(custom).singleElement().satisfies(f -> {
                assertThat(f.severity()).isEqualTo(Severity.ERROR);
                assertThat(f.location().toString()).isEqualTo("tokenlint.yaml:2:5");
            });
        }
    }
}
