package dev.tokenlint.core.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tokenlint.core.engine.LintResult;
import dev.tokenlint.core.input.Location;
import dev.tokenlint.core.rules.Finding;
import dev.tokenlint.core.scan.RelatedLocation;
import dev.tokenlint.core.rules.FindingStatus;
import dev.tokenlint.core.rules.RuleMetadata;
import dev.tokenlint.core.rules.Severity;
import java.io.IOException;
import java.io.Writer;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * SARIF 2.1.0 for GitHub code scanning and other SARIF viewers. One run; the driver lists every
 * rule that ran (with its documentation page as help) and every finding becomes a result.
 * Suppressed and baselined findings are results with a {@code suppressions} entry, which SARIF
 * viewers show as dismissed. Paths are relative to {@code %SRCROOT%}: the scanned root, or the
 * top of the build when {@link ReportOptions#sourceRoot()} names the scanned root's folder below it.
 */
public final class SarifReporter implements Reporter {


    /** The key of the fingerprint in {@code partialFingerprints}. */
    public static final String FINGERPRINT_KEY = "tokenlintFingerprint/v1";

    static final String SRCROOT = "%SRCROOT%";

    private final JsonSupport json = new JsonSupport();

    @Override
    public String format() {
        return "sarif";
    }

    @Override
    public String fileExtension() {
        return "sarif";
    }

    @Override
    public void write(LintResult result, ReportOptions options, Writer out) throws IOException {
        json.write(tree(result, options), out);
    }

    ObjectNode tree(LintResult result, ReportOptions options) {
        ReportView view = new ReportView(result);
        ObjectNode root = json.object();
        root.put("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
        root.put("version", "2.1.0");
        ObjectNode run = root.putArray("runs").addObject();
        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", "tokenlint");
        driver.put("version", options.toolVersion());
        ArrayNode rules = driver.putArray("rules");
        List<String> ruleIds = view.ruleIds();
        Map<String, Integer> ruleIndex = new HashMap<>();
        for (String id : ruleIds) {
            ruleIndex.put(id, rules.size());
            rules.add(rule(id, view));
        }
        run.putObject("originalUriBaseIds").putObject(SRCROOT).putObject("description")
                .put("text", options.sourceRoot().isEmpty()
                        ? "The folder tokenlint scanned; every relative path is resolved against it."
                        : "The top of the build or repository; tokenlint scanned its folder "
                        + options.sourceRoot() + ", and every relative path is resolved against the top.");
        ArrayNode results = run.putArray("results");
        for (Finding f : result.findings()) {
            results.add(result(f, ruleIndex.get(f.ruleId()), options.sourceRoot()));
        }
        ObjectNode props = run.putObject("properties");
        props.put("catalogVersion", result.catalog() == null ? "" : result.catalog().version());
        props.put("asOf", result.asOf() == null ? "" : result.asOf().toString());
        return root;
    }

    private ObjectNode rule(String id, ReportView view) {
        RuleMetadata meta = view.rule(id).orElse(null);
        ObjectNode n = json.object();
        n.put("id", id);
        n.put("name", pascalCase(id));
        String summary = meta == null || meta.summary().isBlank() ? id : meta.summary();
        n.putObject("shortDescription").put("text", sentence(summary));
        RuleDoc doc = new RuleDoc(meta == null ? "" : meta.doc());
        String full = doc.firstParagraph("what it detects");
        n.putObject("fullDescription").put("text", full.isEmpty() ? sentence(summary) : full);
        ObjectNode help = n.putObject("help");
        if (doc.markdown().isBlank()) {
            help.put("text", sentence(summary));
            help.put("markdown", sentence(summary));
        } else {
            help.put("text", doc.markdown());
            help.put("markdown", doc.markdown());
        }
        Severity level = meta == null ? severityOfFindings(id, view) : meta.defaultSeverity();
        n.putObject("defaultConfiguration").put("level", level(level));
        ArrayNode tags = n.putObject("properties").putArray("tags");
        tags.add("security");
        tags.add("tokenlint");
        return n;
    }

    private ObjectNode physicalLocation(Location at, String sourceRoot) {
        ObjectNode physical = json.object();
        physical.set("artifactLocation", artifactLocation(at, sourceRoot));
        if (at.line() > 0) {
            ObjectNode region = physical.putObject("region");
            region.put("startLine", at.line());
            if (at.column() > 0) {
                region.put("startColumn", at.column());
            }
        }
        return physical;
    }

    private static Severity severityOfFindings(String id, ReportView view) {
        return view.result().findings().stream().filter(f -> f.ruleId().equals(id)).map(Finding::severity)
                .findFirst().orElse(Severity.WARNING);
    }

    private ObjectNode result(Finding f, int ruleIndex, String sourceRoot) {
        ObjectNode n = json.object();
        n.put("ruleId", f.ruleId());
        n.put("ruleIndex", ruleIndex);
        n.put("level", level(f.severity()));
        n.putObject("message").put("text", f.message());
        n.putArray("locations").addObject().set("physicalLocation", physicalLocation(f.location(), sourceRoot));
        if (!f.related().isEmpty()) {
            ArrayNode related = n.putArray("relatedLocations");
            for (int i = 0; i < f.related().size(); i++) {
                RelatedLocation r = f.related().get(i);
                ObjectNode o = related.addObject();
                o.put("id", i);
                o.set("physicalLocation", physicalLocation(r.location(), sourceRoot));
                o.putObject("message").put("text", r.note());
            }
        }
        n.putObject("partialFingerprints").put(FINGERPRINT_KEY, f.fingerprint());
        if (f.status() != FindingStatus.OPEN) {
            ObjectNode s = n.putArray("suppressions").addObject();
            boolean inSource = f.reason() != null && f.reason().startsWith("@SuppressWarnings");
            s.put("kind", inSource ? "inSource" : "external");
            s.put("status", "accepted");
            String why = f.reason() == null || f.reason().isBlank() ? f.status().id() : f.reason();
            s.put("justification", why);
        }
        ObjectNode props = n.putObject("properties");
        if (f.token() != null) {
            props.put("token", f.token());
        }
        if (f.scope() != null) {
            props.put("scope", f.scope());
        }
        if (f.endpoint() != null) {
            props.put("endpoint", f.endpoint());
        }
        props.put("status", f.status().id());
        return n;
    }

    /**
     * A relative path becomes a URI reference under %SRCROOT% (below {@code sourceRoot} when the
     * scanned root is not the top); an absolute one a file URI.
     */
    private ObjectNode artifactLocation(Location location, String sourceRoot) {
        ObjectNode n = json.object();
        String file = location.file();
        if (file.startsWith("/") || file.matches("^[A-Za-z]:/.*")) {
            n.put("uri", Path.of(file).toUri().toASCIIString());
            return n;
        }
        n.put("uri", relativeUri(sourceRoot.isEmpty() ? file : sourceRoot + "/" + file));
        n.put("uriBaseId", SRCROOT);
        return n;
    }

    static String relativeUri(String file) {
        try {
            String encoded = new URI(null, null, file, null).toASCIIString();
            // A first segment holding ':' would read as a scheme.
            int colon = encoded.indexOf(':');
            int slash = encoded.indexOf('/');
            return colon >= 0 && (slash < 0 || colon < slash) ? "./" + encoded : encoded;
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not a path: " + file, e);
        }
    }

    private static String level(Severity s) {
        return switch (s) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case NOTE -> "note";
        };
    }

    private static String pascalCase(String id) {
        StringBuilder b = new StringBuilder();
        for (String part : id.split("[^A-Za-z0-9]+")) {
            if (!part.isEmpty()) {
                b.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
            }
        }
        return b.toString();
    }

    /** SARIF asks for messages that are complete sentences. */
    private static String sentence(String s) {
        String t = s.strip();
        if (t.isEmpty()) {
            return t;
        }
        t = Character.toUpperCase(t.charAt(0)) + t.substring(1);
        return t.endsWith(".") ? t : t + ".";
    }
}
