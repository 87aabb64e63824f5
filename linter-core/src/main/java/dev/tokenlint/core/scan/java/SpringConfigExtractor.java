package dev.tokenlint.core.scan.java;

import dev.tokenlint.core.input.InvalidInputException;
import dev.tokenlint.core.input.Location;
import dev.tokenlint.core.input.Node;
import dev.tokenlint.core.input.StructuredFileReader;
import dev.tokenlint.core.scan.InputProblem;
import dev.tokenlint.core.scan.java.FileFacts.CallKind;
import dev.tokenlint.core.scan.java.FileFacts.CallSite;
import dev.tokenlint.core.scan.java.FileFacts.EnvSite;
import dev.tokenlint.core.scan.java.StrExpr.Lit;
import dev.tokenlint.core.scan.java.clients.ClientId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Phase 1 for Spring Boot configuration ({@code application*.properties} and {@code .yml}):
 * Micrometer's Dynatrace registry configured with {@code management.dynatrace.metrics.export.uri}
 * (Spring Boot 3) or {@code management.metrics.export.dynatrace.uri} (Spring Boot 2). The
 * registry's API version fixes the endpoints it calls: v2 {@code POST /api/v2/metrics/ingest};
 * v1 {@code PUT /api/v1/timeseries/custom:{metricId}} and {@code POST /api/v1/entity/infrastructure/custom/{deviceId}}.
 */
public final class SpringConfigExtractor {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^}:]+)(?::[^}]*)?}");

    private static final List<String> PREFIXES = List.of("management.dynatrace.metrics.export.",
            "management.metrics.export.dynatrace.");

    /** A property value with where its key was written. */
    private record Property(String value, Location location) {
    }

    /** Reads {@code text}, the content of {@code file} (relative path). Never throws. */
    public FileFacts extract(String file, String text) {
        Map<String, Property> props = new LinkedHashMap<>();
        List<InputProblem> problems = new ArrayList<>();
        boolean yaml = file.endsWith(".yml") || file.endsWith(".yaml");
        if (yaml) {
            if (!text.toLowerCase(Locale.ROOT).contains("dynatrace")) {
                return FileFacts.problemsOnly(file, List.of());
            }
            try {
                int linesBefore = 0;
                for (String doc : text.split("(?m)^---[ \\t]*$", -1)) {
                    // Each document is padded with the lines before it so locations stay those of the file.
                    if (!doc.isBlank()) {
                        flatten(new StructuredFileReader().parse("\n".repeat(linesBefore) + doc, file, true), "",
                                props);
                    }
                    linesBefore += (int) doc.chars().filter(c -> c == '\n').count();
                }
            } catch (InvalidInputException e) {
                problems.add(new InputProblem(e.location(), "YAML not readable, not scanned for Micrometer settings",
                        "source"));
            } catch (RuntimeException e) {
                problems.add(new InputProblem(Location.ofFile(file), "YAML not readable, not scanned", "source"));
            }
        } else {
            readProperties(file, text, props);
        }
        List<CallSite> calls = new ArrayList<>();
        List<EnvSite> envReads = new ArrayList<>();
        // Calls and env reads of a configuration file are grouped under the file's path, as a class groups them in code.
        String cls = file;
        for (String prefix : PREFIXES) {
            Property uri = props.get(prefix + "uri");
            if (uri == null) {
                continue;
            }
            Property enabled = props.get(prefix + "enabled");
            if (enabled != null && enabled.value().strip().equalsIgnoreCase("false")) {
                continue;
            }
            Property version = props.get(prefix + "apiversion");
            Property device = props.get(prefix + "deviceid");
            boolean v1 = version != null ? version.value().strip().equalsIgnoreCase("v1") : device != null;
            String value = uri.value().strip();
            if (!v1 && (value.contains(":14499") || value.contains("/metrics/ingest") && !value.contains("/api/v2/"))) {
                continue; // the local OneAgent endpoint takes no token
            }
            Property token = props.get(prefix + "apitoken");
            if (token != null) {
                Matcher m = PLACEHOLDER.matcher(token.value());
                while (m.find()) {
                    envReads.add(new EnvSite(token.location(), new Lit(m.group(1).strip()), cls));
                }
            }
            if (v1) {
                calls.add(call(uri, "PUT", "/api/v1/timeseries/custom:{metricId}", cls));
                calls.add(call(uri, "POST", "/api/v1/entity/infrastructure/custom/{deviceId}", cls));
            } else {
                calls.add(call(uri, "POST", "/api/v2/metrics/ingest", cls));
            }
        }
        return new FileFacts(file, "", List.of(), List.of(), List.of(), List.of(), calls, List.of(), List.of(),
                List.of(), envReads, List.of(), List.of(), List.of(), true, problems);
    }

    private static CallSite call(Property uri, String method, String path, String cls) {
        return new CallSite(uri.location(), method, new Lit(path), ClientId.MICROMETER_DYNATRACE, cls,
                CallKind.CONFIG, "", "", MethodKey.NONE, List.of());
    }

    private static void readProperties(String file, String text, Map<String, Property> props) {
        String[] lines = text.split("\r?\n|\r", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#") || line.startsWith("!")) {
                continue;
            }
            int eq = -1;
            for (int j = 0; j < line.length(); j++) {
                char c = line.charAt(j);
                if (c == '=' || c == ':') {
                    eq = j;
                    break;
                }
            }
            if (eq <= 0) {
                continue;
            }
            String key = normalise(line.substring(0, eq).strip());
            if (key.contains("dynatrace")) {
                int col = lines[i].indexOf(line.charAt(0)) + 1;
                props.put(key, new Property(line.substring(eq + 1).strip(), new Location(file, i + 1, col)));
            }
        }
    }

    private static void flatten(Node node, String prefix, Map<String, Property> props) {
        if (node instanceof Node.MapNode m) {
            for (Node.Entry e : m.entries().values()) {
                String key = prefix.isEmpty() ? e.key() : prefix + "." + e.key();
                if (e.value() instanceof Node.ScalarNode s) {
                    props.put(normalise(key), new Property(s.text() == null ? "" : s.text(), e.keyLocation()));
                } else {
                    flatten(e.value(), key, props);
                }
            }
        }
    }

    /** Spring Boot's relaxed binding: {@code api-version}, {@code apiVersion} and {@code api_version} are one key. */
    private static String normalise(String key) {
        return key.toLowerCase(Locale.ROOT).replace("-", "").replace("_", "");
    }
}
