package dev.tokenlint.core.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tokenlint.core.catalog.Operation;
import dev.tokenlint.core.engine.LintResult;
import dev.tokenlint.core.privilege.LeastPrivilege;
import dev.tokenlint.core.rules.Finding;
import dev.tokenlint.core.rules.RuleMetadata;
import dev.tokenlint.core.rules.Severity;
import dev.tokenlint.core.scan.ApiCall;
import dev.tokenlint.core.scan.RelatedLocation;
import dev.tokenlint.core.tokens.TokenDefinition;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The machine-readable format. Its schema is {@code docs/report-schema.json} and documented in
 * {@code docs/reports.md}; fields are only ever added, never renamed or removed, and
 * {@link #FORMAT_VERSION} changes when a consumer would need to know. Every finding is listed
 * with its status, whatever the run's mode, so a consumer can filter; the summary counts
 * open findings.
 */
public final class JsonReporter implements Reporter {

    /** Version of the JSON layout, written as {@code formatVersion}. */
    public static final int FORMAT_VERSION = 1;

    private final JsonSupport json = new JsonSupport();

    @Override
    public String format() {
        return "json";
    }

    @Override
    public String fileExtension() {
        return "json";
    }

    @Override
    public void write(LintResult result, ReportOptions options, Writer out) throws IOException {
        json.write(tree(result, options), out);
    }

    /** The report as a JSON tree (also what the schema test validates). */
    ObjectNode tree(LintResult result, ReportOptions options) {
        ReportView view = new ReportView(result);
        ObjectNode root = json.object();
        root.put("formatVersion", FORMAT_VERSION);
        ObjectNode tool = root.putObject("tool");
        tool.put("name", "tokenlint");
        tool.put("version", options.toolVersion());
        root.putObject("catalog").put("version", result.catalog() == null ? "" : result.catalog().version());
        root.put("asOf", result.asOf() == null ? null : result.asOf().toString());
        root.put("noIgnores", result.noIgnores());
        ArrayNode tokens = root.putArray("tokens");
        result.tokens().forEach(t -> tokens.add(token(t, view.verdict(t))));
        ArrayNode calls = root.putArray("calls");
        view.calls().forEach(c -> calls.add(call(c, view)));
        ArrayNode findings = root.putArray("findings");
        result.findings().forEach(f -> findings.add(finding(f)));
        ArrayNode rules = root.putArray("rules");
        result.rules().forEach(r -> rules.add(rule(r)));
        root.set("summary", summary(view));
        return root;
    }

    private ObjectNode token(TokenDefinition t, Optional<LeastPrivilege> verdict) {
        ObjectNode n = json.object();
        n.put("name", t.name());
        n.put("origin", t.origin().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        n.set("scopes", json.strings(t.scopeIds()));
        n.put("owner", t.owner());
        n.put("expires", t.expires() == null ? null : t.expires().toString());
        n.put("expiresIn", t.expiresIn() == null ? null : t.expiresIn().toString());
        n.set("usedBy", json.strings(t.usedBy()));
        n.put("env", t.env());
        ObjectNode justify = n.putObject("justify");
        new java.util.TreeMap<>(t.justify()).forEach(justify::put);
        n.put("publicId", t.publicId());
        n.put("created", t.created() == null ? null : t.created().toString());
        n.put("lastUsed", t.lastUsed() == null ? null : t.lastUsed().toString());
        n.put("enabled", t.enabled());
        n.set("location", json.location(t.location()));
        if (verdict.isPresent()) {
            n.set("needed", json.strings(verdict.get().needed()));
            n.set("recommended", json.strings(verdict.get().recommended()));
            n.set("unused", json.strings(verdict.get().unused()));
        } else {
            n.putNull("needed");
            n.putNull("recommended");
            n.putNull("unused");
        }
        return n;
    }

    private ObjectNode call(ApiCall c, ReportView view) {
        ObjectNode n = json.object();
        n.put("method", c.method());
        n.put("path", c.path());
        Operation op = c.operation();
        if (op == null) {
            n.putNull("operation");
            n.set("scopes", json.array());
        } else {
            ObjectNode o = n.putObject("operation");
            o.put("method", op.method());
            o.put("path", op.path());
            o.put("operationId", op.operationId());
            o.put("deprecated", op.deprecated());
            o.put("anyScope", op.anyScope());
            n.set("scopes", json.strings(op.scopes()));
        }
        n.put("resolution", c.resolution().id());
        n.put("client", c.client());
        n.set("tokens", json.strings(view.tokensOf(c)));
        n.set("location", json.location(c.location()));
        n.set("related", related(c.related()));
        return n;
    }

    private ArrayNode related(List<RelatedLocation> places) {
        ArrayNode a = json.array();
        for (RelatedLocation r : places) {
            ObjectNode o = a.addObject();
            o.set("location", json.location(r.location()));
            o.put("note", r.note());
        }
        return a;
    }

    private ObjectNode finding(Finding f) {
        ObjectNode n = json.object();
        n.put("ruleId", f.ruleId());
        n.put("severity", f.severity().id());
        n.put("message", f.message());
        n.set("location", json.location(f.location()));
        n.put("token", f.token());
        n.put("scope", f.scope());
        n.put("endpoint", f.endpoint());
        n.put("fingerprint", f.fingerprint());
        n.put("status", f.status().id());
        n.put("reason", f.reason());
        n.set("related", related(f.related()));
        return n;
    }

    private ObjectNode rule(RuleMetadata r) {
        ObjectNode n = json.object();
        n.put("id", r.id());
        n.put("defaultSeverity", r.defaultSeverity().id());
        n.put("summary", r.summary());
        return n;
    }

    private ObjectNode summary(ReportView view) {
        ObjectNode n = json.object();
        n.put("tokens", view.tokenCount());
        n.put("calls", view.callCount());
        n.put("unboundCalls", view.unboundCalls());
        n.put("findings", view.result().findings().size());
        n.put("open", view.result().openFindings().size());
        ObjectNode bySeverity = n.putObject("bySeverity");
        for (Severity s : new Severity[] {Severity.ERROR, Severity.WARNING, Severity.NOTE}) {
            bySeverity.put(s.id(), view.open(s));
        }
        ObjectNode byRule = n.putObject("byRule");
        view.openByRule().forEach(byRule::put);
        n.put("suppressed", view.suppressed());
        n.put("baselined", view.baselined());
        return n;
    }
}
