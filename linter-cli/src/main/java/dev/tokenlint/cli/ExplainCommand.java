package dev.tokenlint.cli;

import dev.tokenlint.core.catalog.Operation;
import dev.tokenlint.core.catalog.PermissionCatalog;
import dev.tokenlint.core.catalog.Scope;
import dev.tokenlint.core.engine.LintEngine;
import dev.tokenlint.core.input.NearestMatch;
import dev.tokenlint.core.rules.Rule;
import dev.tokenlint.core.rules.RuleMetadata;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code tokenlint explain RULE|SCOPE}: a rule's documentation, or what a scope grants. */
@Command(name = "explain", mixinStandardHelpOptions = true,
        description = "Explain a rule (what it checks, why, how to fix) or a scope (what it grants, which endpoints need it).")
final class ExplainCommand implements Callable<Integer> {

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "RULE|SCOPE", description = "A rule id (unused-scope) or a scope id (metrics.ingest).")
    String subject;

    @Override
    public Integer call() {
        LintEngine engine = LintEngine.standard();
        PrintWriter out = spec.commandLine().getOut();
        Optional<Rule> rule = engine.registry().rule(subject);
        if (rule.isPresent()) {
            explainRule(rule.get().metadata(), out);
            return 0;
        }
        PermissionCatalog catalog = engine.bundledCatalog();
        Optional<Scope> scope = catalog.scope(subject);
        if (scope.isEmpty()) {
            scope = catalog.scopes().stream().filter(s -> s.id().equalsIgnoreCase(subject)).findFirst();
        }
        if (scope.isPresent()) {
            explainScope(scope.get(), catalog, out);
            return 0;
        }
        List<String> known = new ArrayList<>();
        engine.registry().rules().forEach(r -> known.add(r.metadata().id()));
        catalog.scopes().forEach(s -> known.add(s.id()));
        throw new UsageException("'" + subject + "' is neither a rule nor a scope" + NearestMatch.hint(subject, known));
    }

    private static void explainRule(RuleMetadata m, PrintWriter out) {
        out.println(m.id() + " (default severity: " + m.defaultSeverity().id() + ")");
        out.println(m.summary());
        if (!m.options().isEmpty()) {
            out.println("Options: " + String.join(", ", m.options()));
        }
        if (!m.doc().isBlank()) {
            out.println();
            out.println(m.doc().strip());
        }
    }

    private static void explainScope(Scope s, PermissionCatalog catalog, PrintWriter out) {
        out.println(s.id() + " - " + s.title());
        if (!s.description().isBlank() && !s.description().equals(s.title())) {
            out.println(s.description());
        }
        out.println("family: " + s.family().id() + ", status: " + s.status().id() + ", risk: " + s.risk().id()
                + (s.paas() ? ", part of PaaS token" : "") + (s.apiOnly() ? ", API only" : ""));
        if (s.replacement() != null && !s.replacement().isBlank()) {
            out.println("use instead: " + s.replacement());
        }
        List<Operation> ops = catalog.operationsAccepting(s.id());
        out.println();
        if (ops.isEmpty()) {
            out.println("No endpoint in the catalog (" + catalog.version() + ") accepts this scope.");
            return;
        }
        out.println("Endpoints it authorises (" + ops.size() + "):");
        for (Operation op : ops) {
            String alternatives = op.scopes().size() > 1
                    ? "   (also: " + String.join(", ", op.scopes().stream().filter(x -> !x.equals(s.id())).toList()) + ")"
                    : "";
            out.println("  " + op.endpoint() + (op.deprecated() ? "   [deprecated]" : "") + alternatives);
        }
    }
}
