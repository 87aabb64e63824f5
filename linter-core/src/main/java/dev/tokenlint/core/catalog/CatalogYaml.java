package dev.tokenlint.core.catalog;

import dev.tokenlint.core.input.InvalidInputException;
import dev.tokenlint.core.input.Node;
import dev.tokenlint.core.input.StructuredFileReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Reads and writes the catalog YAML format (bundled catalog and user overrides), described in
 * {@code docs/catalog.md}:
 * <pre>
 * format: 1
 * version: "dynatrace-1.254"
 * scopes:
 *   - id: DataExport
 *     title: "Access problem and event feed, metrics, and topology"
 *     family: classic          # optional: derived from the id
 *     status: active           # optional: active
 *     risk: read               # optional: derived from the id (RiskClassifier)
 *     paas: true               # optional flags, default false: paas, apiOnly
 *     replacement: "..."       # optional
 *     source: "..."
 * operations:
 *   - method: GET
 *     path: /api/v1/config/clusterversion
 *     scopes: [DataExport]     # alternatives; optional anyScope: true, deprecated: true, replacement
 *     operationId: getVersion
 *     summary: "..."
 *     source: "..."
 * </pre>
 * Every value keeps its line and column while reading, so a bad entry in a user's override
 * file is reported as {@code file:line:col}.
 */
public final class CatalogYaml {

    /** The format this class reads and writes. */
    public static final int FORMAT = 1;

    private static final Set<String> ROOT_KEYS = Set.of("format", "version", "scopes", "operations");
    private static final Set<String> SCOPE_KEYS = Set.of("id", "title", "description", "family", "status", "risk",
            "paas", "apiOnly", "replacement", "source");
    private static final Set<String> OPERATION_KEYS = Set.of("method", "path", "base", "scopes", "anyScope",
            "deprecated", "operationId", "summary", "replacement", "source");
    private static final Set<String> METHODS = Set.of("GET", "PUT", "POST", "DELETE", "PATCH", "HEAD", "OPTIONS",
            "TRACE");
    private static final Pattern PLAIN = Pattern.compile("^[A-Za-z][A-Za-z0-9._-]*$");
    private static final Set<String> YAML_WORDS = Set.of("true", "false", "yes", "no", "on", "off", "null", "y",
            "n");

    private final StructuredFileReader reader = new StructuredFileReader();
    private final RiskClassifier risk = new RiskClassifier();

    /**
     * Reads a catalog YAML file.
     *
     * @throws InvalidInputException naming file, line and column of the first problem
     */
    public PermissionCatalog read(Path file, String displayName) {
        return fromTree(reader.read(file, displayName));
    }

    /** Reads catalog YAML text, for example a class-path resource; {@code displayName} names it in errors. */
    public PermissionCatalog parse(String text, String displayName) {
        return fromTree(reader.parse(text, displayName, true));
    }

    private PermissionCatalog fromTree(Node tree) {
        Node.MapNode root = tree.asMap("a catalog file");
        checkKeys(root, ROOT_KEYS, "catalog");
        Optional<Node> format = root.get("format");
        if (format.isPresent() && !String.valueOf(FORMAT).equals(format.get().asText("'format'"))) {
            throw new InvalidInputException(format.get().location(),
                    "unsupported catalog format " + format.get().asText("'format'") + " (this version reads " + FORMAT + ")");
        }
        String version = root.get("version").map(v -> v.asText("'version'")).orElse("");
        Map<String, Scope> scopes = new LinkedHashMap<>();
        for (Node item : root.get("scopes").map(n -> n.asList("'scopes'").items()).orElse(List.of())) {
            Scope scope = scope(item.asMap("a scope entry"));
            if (scopes.put(scope.id(), scope) != null) {
                throw new InvalidInputException(item.location(), "scope '" + scope.id() + "' is listed twice");
            }
        }
        Map<String, Operation> operations = new LinkedHashMap<>();
        for (Node item : root.get("operations").map(n -> n.asList("'operations'").items()).orElse(List.of())) {
            Operation op = operation(item.asMap("an operation entry"));
            if (operations.put(op.endpoint(), op) != null) {
                throw new InvalidInputException(item.location(), "operation '" + op.endpoint() + "' is listed twice");
            }
        }
        return new PermissionCatalog(version, scopes.values(), operations.values());
    }

    private Scope scope(Node.MapNode m) {
        checkKeys(m, SCOPE_KEYS, "scope entry");
        String id = required(m, "id", "a scope entry").strip();
        ScopeFamily family = enumValue(m, "family", ScopeFamily::fromId, ScopeFamily.values(), ScopeFamily::id)
                .orElse(ScopeFamily.of(id));
        ScopeStatus status = enumValue(m, "status", ScopeStatus::fromId, ScopeStatus.values(), ScopeStatus::id)
                .orElse(ScopeStatus.ACTIVE);
        RiskClass riskClass = enumValue(m, "risk", RiskClass::fromId, RiskClass.values(), RiskClass::id)
                .orElse(risk.classify(id));
        return new Scope(id, optional(m, "title"), optional(m, "description"), family, status, riskClass,
                flag(m, "paas"), flag(m, "apiOnly"), optionalOrNull(m, "replacement"), optional(m, "source"));
    }

    private Operation operation(Node.MapNode m) {
        checkKeys(m, OPERATION_KEYS, "operation entry");
        String method = required(m, "method", "an operation entry").strip().toUpperCase(Locale.ROOT);
        if (!METHODS.contains(method)) {
            throw new InvalidInputException(m.get("method").orElseThrow().location(),
                    "'method' must be an HTTP method (" + String.join(", ", METHODS.stream().sorted().toList()) + ")");
        }
        String path = required(m, "path", "an operation entry").strip();
        if (!path.startsWith("/")) {
            throw new InvalidInputException(m.get("path").orElseThrow().location(),
                    "'path' must start with '/', e.g. /api/v2/metrics/ingest");
        }
        List<String> scopes = m.get("scopes")
                .map(n -> n.asTextList("'scopes'").stream().map(s -> s.text().strip()).toList())
                .orElse(List.of());
        String base = m.get("base").map(n -> n.asText("'base'").strip()).orElse(OpenApiImporter.baseOf(path));
        return new Operation(method, path, base, scopes, flag(m, "anyScope"), flag(m, "deprecated"),
                optional(m, "operationId"), optional(m, "summary"), optionalOrNull(m, "replacement"),
                optional(m, "source"));
    }

    private static void checkKeys(Node.MapNode m, Set<String> allowed, String what) {
        for (Node.Entry e : m.entries().values()) {
            if (!allowed.contains(e.key())) {
                throw new InvalidInputException(e.keyLocation(), "unknown key '" + e.key() + "' in " + what
                        + " (expected one of: " + String.join(", ", allowed.stream().sorted().toList()) + ")");
            }
        }
    }

    private static String required(Node.MapNode m, String key, String what) {
        Node n = m.get(key).orElseThrow(() -> new InvalidInputException(m.location(), what + " needs '" + key + "'"));
        String text = n.asText("'" + key + "'");
        if (text.isBlank()) {
            throw new InvalidInputException(n.location(), "'" + key + "' must not be empty");
        }
        return text;
    }

    private static String optional(Node.MapNode m, String key) {
        return m.get(key).map(n -> n.asText("'" + key + "'")).orElse("");
    }

    private static String optionalOrNull(Node.MapNode m, String key) {
        String s = optional(m, key).strip();
        return s.isEmpty() ? null : s;
    }

    private static boolean flag(Node.MapNode m, String key) {
        Optional<Node> n = m.get(key);
        if (n.isEmpty()) {
            return false;
        }
        if (n.get() instanceof Node.ScalarNode s && s.type() == Node.ScalarType.BOOLEAN) {
            return Boolean.parseBoolean(s.text());
        }
        throw new InvalidInputException(n.get().location(), "'" + key + "' must be true or false, found " + n.get().kind());
    }

    private static <E> Optional<E> enumValue(Node.MapNode m, String key, Function<String, E> parse, E[] values,
                                             Function<E, String> id) {
        Optional<Node> n = m.get(key);
        if (n.isEmpty()) {
            return Optional.empty();
        }
        String text = n.get().asText("'" + key + "'").strip();
        try {
            return Optional.of(parse.apply(text));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(n.get().location(), "'" + key + "' must be one of "
                    + String.join(", ", Arrays.stream(values).map(id).toList()) + ", found '" + text + "'");
        }
    }

    // ---- writing --------------------------------------------------------------------------

    /**
     * Writes {@code catalog} as YAML, sorted (scopes by id, operations by path then method) and with
     * defaults left out, so regenerating it diffs cleanly.
     */
    public void write(PermissionCatalog catalog, Writer out) {
        write(catalog, List.of(), out);
    }

    /** As {@link #write(PermissionCatalog, Writer)} with {@code headerComments} as {@code #} lines on top. */
    public void write(PermissionCatalog catalog, List<String> headerComments, Writer out) {
        StringBuilder b = new StringBuilder();
        for (String comment : headerComments) {
            b.append(comment.isEmpty() ? "#" : "# " + comment.replace('\n', ' ')).append('\n');
        }
        b.append("format: ").append(FORMAT).append('\n');
        b.append("version: ").append(quote(catalog.version())).append('\n');
        b.append("scopes:").append(catalog.scopes().isEmpty() ? " []" : "").append('\n');
        for (Scope s : catalog.scopes()) {
            b.append("  - id: ").append(scalar(s.id())).append('\n');
            field(b, "title", s.title());
            field(b, "description", s.description());
            b.append("    family: ").append(s.family().id()).append('\n');
            b.append("    status: ").append(s.status().id()).append('\n');
            b.append("    risk: ").append(s.risk().id()).append('\n');
            if (s.paas()) {
                b.append("    paas: true\n");
            }
            if (s.apiOnly()) {
                b.append("    apiOnly: true\n");
            }
            field(b, "replacement", s.replacement());
            field(b, "source", s.source());
        }
        b.append("operations:").append(catalog.operations().isEmpty() ? " []" : "").append('\n');
        for (Operation op : catalog.operations()) {
            b.append("  - method: ").append(op.method()).append('\n');
            b.append("    path: ").append(quote(op.path())).append('\n');
            if (!op.base().equals(OpenApiImporter.baseOf(op.path()))) {
                b.append("    base: ").append(quote(op.base())).append('\n');
            }
            List<String> ids = new ArrayList<>();
            for (String id : op.scopes()) {
                ids.add(scalar(id));
            }
            b.append("    scopes: [").append(String.join(", ", ids)).append("]\n");
            if (op.anyScope()) {
                b.append("    anyScope: true\n");
            }
            if (op.deprecated()) {
                b.append("    deprecated: true\n");
            }
            field(b, "replacement", op.replacement());
            field(b, "operationId", op.operationId());
            field(b, "summary", op.summary());
            field(b, "source", op.source());
        }
        try {
            out.write(b.toString());
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void field(StringBuilder b, String key, String value) {
        if (value != null && !value.isEmpty()) {
            b.append("    ").append(key).append(": ").append(quote(value)).append('\n');
        }
    }

    /** A plain identifier as is, anything else double-quoted. */
    private static String scalar(String s) {
        return PLAIN.matcher(s).matches() && !YAML_WORDS.contains(s.toLowerCase(Locale.ROOT)) ? s : quote(s);
    }

    /** A YAML double-quoted string (its escapes are JSON's, so any text round-trips). */
    private static String quote(String s) {
        StringBuilder b = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x7f || (c >= 0x80 && c <= 0x9f) || c == 0x2028 || c == 0x2029
                            || c == 0xfeff) {
                        b.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }
}
