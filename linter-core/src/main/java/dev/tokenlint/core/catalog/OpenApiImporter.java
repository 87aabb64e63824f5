package dev.tokenlint.core.catalog;

import dev.tokenlint.core.input.InvalidInputException;
import dev.tokenlint.core.input.Node;
import dev.tokenlint.core.input.StructuredFileReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Imports operations and scopes from a Dynatrace OpenAPI 3 specification, as an environment
 * serves it under {@code /rest-api-doc/} (JSON or YAML).
 *
 * <ul>
 *   <li>Each operation under {@code paths} lists its scopes in {@code x-token-scopes}, entries such as
 *       {@code "`metrics.read` (Read metrics)"}; several entries are alternatives. The entry
 *       {@code "Any Api-Token scope"} means any scope authorises the call; no list means none is needed.</li>
 *   <li>The full path is the path part of the first {@code servers[].url} (from {@code /api/} on, so a
 *       Managed {@code /e/{env}} prefix is dropped) followed by the path key.</li>
 *   <li>Scopes come from the {@code ApiToken.scopes} enum, the {@code * `id`: title.} lines of
 *       {@code ApiTokenCreate.scopes}' description, and every scope an operation names.</li>
 * </ul>
 * Missing optional parts (servers, components, summaries) are tolerated; a file without a
 * {@code paths} map, or in which no operation carries {@code x-token-scopes}, is not a usable spec.
 */
public final class OpenApiImporter {

    private static final Set<String> HTTP_METHODS =
            Set.of("get", "put", "post", "delete", "patch", "head", "options", "trace");
    private static final Pattern BACKTICKED = Pattern.compile("^`([^`]+)`\\s*(?:\\((.*)\\))?\\s*$", Pattern.DOTALL);
    private static final Pattern BARE_ID = Pattern.compile("^[A-Za-z][A-Za-z0-9._-]*$");
    private static final Pattern TITLE_LINE = Pattern.compile("^\\s*[*-]\\s*`([^`]+)`\\s*:\\s*(.*?)\\s*$");
    private static final String ANY_SCOPE = "any api-token scope";
    /** Dynatrace marks a retired scope by its title: "Deprecated: Configure maintenance windows". */
    private static final Pattern DEPRECATED_TITLE =
            Pattern.compile("^deprecated\\b\\s*:?\\s*(.*)$", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    private final StructuredFileReader reader = new StructuredFileReader();
    private final RiskClassifier risk = new RiskClassifier();

    /**
     * Reads {@code file}, naming it {@code displayName} in locations, errors and the entries'
     * {@code source}; the catalog's version is the display name.
     *
     * @throws InvalidInputException when the file is not a usable spec
     */
    public PermissionCatalog importSpec(Path file, String displayName) {
        return importTree(reader.read(file, displayName), displayName);
    }

    /** As {@link #importSpec(Path, String)} for text already in memory. */
    public PermissionCatalog importText(String text, String displayName, boolean asYaml) {
        return importTree(reader.parse(text, displayName, asYaml), displayName);
    }

    private PermissionCatalog importTree(Node tree, String displayName) {
        Node.MapNode root = tree.asMap("an OpenAPI spec");
        if (root.get("openapi").isEmpty() && root.get("swagger").isEmpty()) {
            throw new InvalidInputException(root.location(),
                    "not an OpenAPI spec: it has no 'openapi' key");
        }
        Node.MapNode paths = root.get("paths")
                .orElseThrow(() -> new InvalidInputException(root.location(),
                        "not a usable OpenAPI spec: it has no 'paths'"))
                .asMap("'paths'");
        String base = basePath(root);

        Map<String, String> titles = new TreeMap<>();
        Map<String, String> statedTitles = new LinkedHashMap<>();
        List<Operation> operations = new ArrayList<>();
        boolean anyScopeList = false;
        for (Node.Entry pathEntry : paths.entries().values()) {
            if (!pathEntry.key().startsWith("/")) {
                continue; // extensions such as x-... at path level
            }
            Node.MapNode item = pathEntry.value().asMap("path '" + pathEntry.key() + "'");
            for (Node.Entry opEntry : item.entries().values()) {
                if (!HTTP_METHODS.contains(opEntry.key().toLowerCase(Locale.ROOT))) {
                    continue; // parameters, summary, servers, $ref
                }
                Node.MapNode op = opEntry.value().asMap("operation " + opEntry.key() + " " + pathEntry.key());
                List<String> scopes = new ArrayList<>();
                boolean anyScope = false;
                Optional<Node> declared = op.get("x-token-scopes");
                if (declared.isPresent()) {
                    anyScopeList = true;
                    for (Node.ScalarNode s : declared.get().asTextList("x-token-scopes")) {
                        String text = s.text().strip();
                        if (text.toLowerCase(Locale.ROOT).startsWith(ANY_SCOPE)) {
                            anyScope = true;
                            continue;
                        }
                        String[] idAndTitle = scopeOf(text, s);
                        if (!scopes.contains(idAndTitle[0])) {
                            scopes.add(idAndTitle[0]);
                        }
                        if (idAndTitle[1] != null && !idAndTitle[1].isBlank()) {
                            statedTitles.putIfAbsent(idAndTitle[0], idAndTitle[1].strip());
                        }
                    }
                }
                String method = opEntry.key().toUpperCase(Locale.ROOT);
                String full = join(base, pathEntry.key());
                operations.add(new Operation(method, full, base.isEmpty() ? baseOf(full) : base, scopes, anyScope,
                        isTrue(op.get("deprecated")), text(op.get("operationId")), text(op.get("summary")),
                        null, displayName));
            }
        }
        if (!anyScopeList) {
            throw new InvalidInputException(paths.location(),
                    "not a Dynatrace API spec: no operation carries 'x-token-scopes'");
        }

        Optional<Node.MapNode> schemas = child(root, "components").flatMap(c -> child(c, "schemas"));
        List<String> enumIds = schemas.flatMap(s -> child(s, "ApiToken"))
                .flatMap(s -> child(s, "properties")).flatMap(p -> child(p, "scopes"))
                .flatMap(p -> child(p, "items")).flatMap(i -> i.get("enum"))
                .map(e -> e.asTextList("ApiToken scopes enum").stream().map(Node.ScalarNode::text).toList())
                .orElse(List.of());
        schemas.flatMap(s -> child(s, "ApiTokenCreate")).flatMap(s -> child(s, "properties"))
                .flatMap(p -> child(p, "scopes")).flatMap(p -> p.get("description"))
                .filter(d -> d instanceof Node.ScalarNode sc && !sc.isNull())
                .ifPresent(d -> readTitles(d.asText("ApiTokenCreate scopes description"), titles));

        Map<String, Scope> scopes = new TreeMap<>();
        List<String> ids = new ArrayList<>(enumIds);
        ids.addAll(titles.keySet());
        ids.addAll(statedTitles.keySet());
        for (Operation op : operations) {
            ids.addAll(op.scopes());
        }
        for (String id : ids) {
            if (!scopes.containsKey(id)) {
                scopes.put(id, scopeFrom(id, titles.get(id), statedTitles.get(id), displayName));
            }
        }
        return new PermissionCatalog(displayName, scopes.values(), operations, true);
    }

    private Scope scopeFrom(String id, String listedTitle, String statedTitle, String source) {
        String title = listedTitle != null ? listedTitle : statedTitle != null ? statedTitle : "";
        ScopeStatus status = ScopeStatus.ACTIVE;
        String description = "";
        Matcher deprecated = DEPRECATED_TITLE.matcher(title);
        if (deprecated.matches()) {
            status = ScopeStatus.DEPRECATED;
            description = title;
            title = deprecated.group(1).isBlank() ? title : deprecated.group(1).strip();
        }
        if (statedTitle != null && !statedTitle.equals(title) && !statedTitle.equals(description)) {
            description = statedTitle;
        }
        return new Scope(id, title, description, ScopeFamily.of(id), status, risk.classify(id), false, false,
                null, source);
    }

    /** Id and title of one x-token-scopes entry. */
    private static String[] scopeOf(String text, Node.ScalarNode at) {
        Matcher m = BACKTICKED.matcher(text);
        if (m.matches()) {
            return new String[] {m.group(1).strip(), m.group(2)};
        }
        if (BARE_ID.matcher(text).matches()) {
            return new String[] {text, null};
        }
        throw new InvalidInputException(at.location(),
                "cannot read a scope id from this x-token-scopes entry (expected \"`scopeId` (title)\")");
    }

    private static void readTitles(String description, Map<String, String> titles) {
        for (String line : description.split("\\R")) {
            Matcher m = TITLE_LINE.matcher(line);
            if (m.matches()) {
                String title = m.group(2);
                if (title.endsWith(".")) {
                    title = title.substring(0, title.length() - 1).strip();
                }
                titles.putIfAbsent(m.group(1).strip(), title);
            }
        }
    }

    /** The path part of the first server URL, from {@code /api/} on; empty when there is none. */
    private static String basePath(Node.MapNode root) {
        Optional<Node> servers = root.get("servers");
        if (servers.isEmpty() || !(servers.get() instanceof Node.ListNode list) || list.items().isEmpty()) {
            return "";
        }
        if (!(list.items().get(0) instanceof Node.MapNode server)) {
            return "";
        }
        Optional<Node> url = server.get("url");
        if (url.isEmpty() || !(url.get() instanceof Node.ScalarNode s) || s.isNull()) {
            return "";
        }
        String u = s.text().strip();
        int scheme = u.indexOf("://");
        if (scheme >= 0) {
            int slash = u.indexOf('/', scheme + 3);
            u = slash < 0 ? "" : u.substring(slash);
        }
        int q = u.indexOf('?');
        if (q >= 0) {
            u = u.substring(0, q);
        }
        int api = u.indexOf("/api/");
        if (api > 0) {
            u = u.substring(api);
        }
        while (u.endsWith("/")) {
            u = u.substring(0, u.length() - 1);
        }
        return u.isEmpty() || u.startsWith("/") ? u : "/" + u;
    }

    private static String join(String base, String path) {
        return path.equals("/") && !base.isEmpty() ? base : base + path;
    }

    /** The API base of a full path when the spec names no server: {@code /api/config/v1}, {@code /api/v2}, ... */
    public static String baseOf(String path) {
        List<String> segs = PermissionCatalog.segments(path);
        if (segs.size() >= 3 && segs.get(0).equals("api") && segs.get(1).equals("config")) {
            return "/api/config/" + segs.get(2);
        }
        if (segs.size() >= 2 && segs.get(0).equals("api")) {
            return "/api/" + segs.get(1);
        }
        return "";
    }

    private static Optional<Node.MapNode> child(Node.MapNode map, String key) {
        return map.get(key).filter(n -> n instanceof Node.MapNode).map(n -> (Node.MapNode) n);
    }

    private static boolean isTrue(Optional<Node> node) {
        return node.isPresent() && node.get() instanceof Node.ScalarNode s
                && s.type() == Node.ScalarType.BOOLEAN && Boolean.parseBoolean(s.text());
    }

    private static String text(Optional<Node> node) {
        return node.isPresent() && node.get() instanceof Node.ScalarNode s && !s.isNull() ? s.text().strip() : "";
    }
}
