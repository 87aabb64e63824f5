package dev.tokenlint.rules.catalog;

import dev.tokenlint.core.catalog.OpenApiImporter;
import dev.tokenlint.core.catalog.Operation;
import dev.tokenlint.core.catalog.PermissionCatalog;
import dev.tokenlint.core.catalog.RiskClass;
import dev.tokenlint.core.catalog.RiskClassifier;
import dev.tokenlint.core.catalog.Scope;
import dev.tokenlint.core.catalog.ScopeFamily;
import dev.tokenlint.core.catalog.ScopeStatus;
import dev.tokenlint.core.input.InvalidInputException;
import dev.tokenlint.core.input.Node;
import dev.tokenlint.core.input.StructuredFileReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The hand-kept facts the Dynatrace specs lack ({@code supplement.yaml}): scope statuses, PaaS
 * flags, replacements, and endpoints Dynatrace documents but the specs omit. Unlike a catalog
 * override, an entry changes only the keys it names, so it can amend an imported entry without
 * repeating it. Every entry must cite its {@code source}.
 */
public final class CatalogSupplement {

    private static final Set<String> ROOT_KEYS = Set.of("scopes", "operations");
    private static final Set<String> SCOPE_KEYS = Set.of("id", "title", "description", "status", "risk", "paas",
            "apiOnly", "replacement", "source");
    private static final Set<String> OPERATION_KEYS = Set.of("method", "path", "scopes", "anyScope", "deprecated",
            "replacement", "summary", "source");

    private final Node.MapNode root;

    private CatalogSupplement(Node.MapNode root) {
        this.root = root;
    }

    /**
     * Parses supplement YAML text; nothing is applied yet.
     *
     * @throws InvalidInputException for a malformed file, an unknown key or an entry without a source
     */
    public static CatalogSupplement parse(String yaml, String displayName) {
        Node.MapNode root = new StructuredFileReader().parse(yaml, displayName, true).asMap("a catalog supplement");
        checkKeys(root, ROOT_KEYS);
        CatalogSupplement supplement = new CatalogSupplement(root);
        supplement.apply(PermissionCatalog.empty(), true); // validates every entry up front
        return supplement;
    }

    /** {@code catalog} with this supplement's facts applied. */
    public PermissionCatalog applyTo(PermissionCatalog catalog) {
        return apply(catalog, false);
    }

    private PermissionCatalog apply(PermissionCatalog catalog, boolean dryRun) {
        Map<String, Scope> scopes = new LinkedHashMap<>();
        for (Scope s : catalog.scopes()) {
            scopes.put(s.id(), s);
        }
        for (Node item : list("scopes")) {
            Node.MapNode m = item.asMap("a supplement scope");
            checkKeys(m, SCOPE_KEYS);
            String id = text(m, "id").orElseThrow(() -> new InvalidInputException(m.location(), "a scope needs 'id'"));
            String source = source(m);
            Scope known = scopes.get(id);
            Scope base = known != null ? known : new Scope(id, "", "", ScopeFamily.of(id), ScopeStatus.ACTIVE,
                    new RiskClassifier().classify(id), false, false, null, "");
            String combinedSource = base.source().isEmpty() ? source : base.source() + "; " + source;
            scopes.put(id, new Scope(id,
                    text(m, "title").orElse(base.title()),
                    text(m, "description").orElse(base.description()),
                    base.family(),
                    text(m, "status").map(v -> parse(m, "status", () -> ScopeStatus.fromId(v))).orElse(base.status()),
                    text(m, "risk").map(v -> parse(m, "risk", () -> RiskClass.fromId(v))).orElse(base.risk()),
                    flag(m, "paas").orElse(base.paas()),
                    flag(m, "apiOnly").orElse(base.apiOnly()),
                    text(m, "replacement").orElse(base.replacement()),
                    combinedSource));
        }
        Map<String, Operation> operations = new LinkedHashMap<>();
        for (Operation op : catalog.operations()) {
            operations.put(op.endpoint(), op);
        }
        for (Node item : list("operations")) {
            Node.MapNode m = item.asMap("a supplement operation");
            checkKeys(m, OPERATION_KEYS);
            String method = text(m, "method").orElseThrow(
                    () -> new InvalidInputException(m.location(), "an operation needs 'method'")).toUpperCase(Locale.ROOT);
            String path = text(m, "path").orElseThrow(
                    () -> new InvalidInputException(m.location(), "an operation needs 'path'"));
            String source = source(m);
            Operation known = operations.get(method + " " + path);
            Optional<List<String>> listed = m.get("scopes")
                    .map(n -> n.asTextList("'scopes'").stream().map(s -> s.text().strip()).toList());
            if (known == null && listed.isEmpty() && !dryRun) {
                throw new InvalidInputException(m.location(), method + " " + path
                        + " is not in the imported specs, so the entry must list its 'scopes'");
            }
            Operation base = known != null ? known : new Operation(method, path, OpenApiImporter.baseOf(path), List.of(), false,
                    false, "", "", null, "");
            String combinedSource = base.source().isEmpty() ? source : base.source() + "; " + source;
            operations.put(method + " " + path, new Operation(method, path, base.base(),
                    listed.orElse(base.scopes()),
                    flag(m, "anyScope").orElse(base.anyScope()),
                    flag(m, "deprecated").orElse(base.deprecated()),
                    base.operationId(),
                    text(m, "summary").orElse(base.summary()),
                    text(m, "replacement").orElse(base.replacement()),
                    combinedSource));
        }
        return new PermissionCatalog(catalog.version(), scopes.values(), operations.values());
    }

    private List<Node> list(String key) {
        return root.get(key).map(n -> n.asList("'" + key + "'").items()).orElse(List.of());
    }

    private static String source(Node.MapNode m) {
        return text(m, "source").orElseThrow(() -> new InvalidInputException(m.location(),
                "every supplement entry must cite its 'source' (a Dynatrace documentation page or the spec file that states the fact)"));
    }

    private static <T> T parse(Node.MapNode m, String key, java.util.function.Supplier<T> parser) {
        try {
            return parser.get();
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(m.get(key).orElseThrow().location(), "invalid '" + key + "' value");
        }
    }

    private static Optional<String> text(Node.MapNode m, String key) {
        return m.get(key).map(n -> n.asText("'" + key + "'").strip()).filter(s -> !s.isEmpty());
    }

    private static Optional<Boolean> flag(Node.MapNode m, String key) {
        Optional<Node> n = m.get(key);
        if (n.isEmpty()) {
            return Optional.empty();
        }
        if (n.get() instanceof Node.ScalarNode s && s.type() == Node.ScalarType.BOOLEAN) {
            return Optional.of(Boolean.parseBoolean(s.text()));
        }
        throw new InvalidInputException(n.get().location(), "'" + key + "' must be true or false");
    }

    private static void checkKeys(Node.MapNode m, Set<String> allowed) {
        for (Node.Entry e : m.entries().values()) {
            if (!allowed.contains(e.key())) {
                throw new InvalidInputException(e.keyLocation(), "unknown key '" + e.key() + "' (expected one of: "
                        + String.join(", ", new ArrayList<>(new java.util.TreeSet<>(allowed))) + ")");
            }
        }
    }
}
