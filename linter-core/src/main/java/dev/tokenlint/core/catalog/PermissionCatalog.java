package dev.tokenlint.core.catalog;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Every scope Dynatrace defines and which scopes each REST operation accepts. Immutable; the
 * bundled catalog, an imported OpenAPI spec and a user's overrides are combined with
 * {@link #overlay(PermissionCatalog)}.
 */
public final class PermissionCatalog {

    private final String version;
    private final Map<String, Scope> scopes;
    private final List<Operation> operations;
    /** Operations by the number of segments of their path, each with its template split once. */
    private final Map<Integer, List<Template>> bySegmentCount;
    /** True for a catalog read from an OpenAPI spec: see {@link #overlay(PermissionCatalog)}. */
    private final boolean fromSpec;

    /**
     * @param version    a human-readable name of what the catalog was built from (e.g. {@code dynatrace-1.254})
     * @param scopes     the scopes; ids are unique
     * @param operations the operations; method and path together are unique
     */
    public PermissionCatalog(String version, Collection<Scope> scopes, Collection<Operation> operations) {
        this(version, scopes, operations, false);
    }

    /** As the public constructor; {@code fromSpec} marks what {@link OpenApiImporter} builds. */
    PermissionCatalog(String version, Collection<Scope> scopes, Collection<Operation> operations, boolean fromSpec) {
        this.fromSpec = fromSpec;
        this.version = version == null ? "" : version;
        Map<String, Scope> s = new TreeMap<>();
        for (Scope scope : scopes) {
            s.put(scope.id(), scope);
        }
        this.scopes = java.util.Collections.unmodifiableMap(s);
        Map<String, Operation> ops = new LinkedHashMap<>();
        for (Operation op : operations) {
            ops.put(op.method() + " " + op.path(), op);
        }
        List<Operation> sorted = new ArrayList<>(ops.values());
        sorted.sort(Comparator.comparing(Operation::path).thenComparing(Operation::method));
        this.operations = List.copyOf(sorted);
        Map<Integer, List<Template>> index = new HashMap<>();
        for (Operation op : this.operations) {
            List<String> segs = segments(op.path());
            index.computeIfAbsent(segs.size(), k -> new ArrayList<>()).add(new Template(op, segs));
        }
        this.bySegmentCount = index;
    }

    /** An empty catalog. */
    public static PermissionCatalog empty() {
        return new PermissionCatalog("", List.of(), List.of());
    }

    public String version() {
        return version;
    }

    /** All scopes, sorted by id. */
    public Collection<Scope> scopes() {
        return scopes.values();
    }

    /** All operations, sorted by path then method. */
    public List<Operation> operations() {
        return operations;
    }

    /** The scope with exactly this id. */
    public Optional<Scope> scope(String id) {
        return Optional.ofNullable(scopes.get(id));
    }

    /** The operations that {@code scopeId} authorises (as one of their alternatives). */
    public List<Operation> operationsAccepting(String scopeId) {
        List<Operation> out = new ArrayList<>();
        for (Operation op : operations) {
            if (op.scopes().contains(scopeId)) {
                out.add(op);
            }
        }
        return out;
    }

    /**
     * The operation a concrete request path matches. {@code path} starts at {@code /api/...}
     * (host, {@code /e/{env}} prefix and query already stripped); segments the caller could not
     * resolve are written as {@code {name}} and match only template variables. When several
     * templates match, the one with the most literal segments wins.
     *
     * @param method HTTP method, or null when unknown (then a GET is preferred, else the first match)
     */
    public Optional<Operation> match(String method, String path) {
        List<Operation> candidates = matchPath(path);
        if (candidates.isEmpty()) {
            return Optional.empty();
        }
        String m = method == null ? null : method.toUpperCase(Locale.ROOT);
        if (m != null) {
            return candidates.stream().filter(op -> op.method().equals(m)).findFirst();
        }
        return candidates.stream().filter(op -> op.method().equals("GET")).findFirst()
                .or(() -> Optional.of(candidates.get(0)));
    }

    /** Every operation whose template matches {@code path}, most specific template first. */
    public List<Operation> matchPath(String path) {
        List<String> segs = segments(path);
        List<Operation> matches = new ArrayList<>();
        Map<Operation, Integer> score = new HashMap<>();
        for (Template t : bySegmentCount.getOrDefault(segs.size(), List.of())) {
            int s = score(t.segments(), segs);
            if (s >= 0) {
                matches.add(t.operation());
                score.put(t.operation(), s);
            }
        }
        matches.sort(Comparator.comparing((Operation op) -> -score.get(op)).thenComparing(Operation::path)
                .thenComparing(Operation::method));
        return matches;
    }

    /**
     * A catalog holding this one's entries with {@code other}'s added on top: an entry of
     * {@code other} replaces the one with the same id (scope) or method and path (operation).
     *
     * <p>When {@code other} was imported from an OpenAPI spec ({@link OpenApiImporter}), a spec
     * cannot know the hand-kept facts of an entry it replaces, so those survive: a scope keeps its
     * risk class, PaaS and API-only flags, replacement and a deprecated or removed status, and
     * takes the spec's title and description; an operation keeps its replacement and a deprecated
     * flag. A catalog read from YAML ({@link CatalogYaml}) replaces entries outright.
     */
    public PermissionCatalog overlay(PermissionCatalog other) {
        Map<String, Scope> s = new TreeMap<>(scopes);
        for (Scope scope : other.scopes()) {
            Scope known = s.get(scope.id());
            s.put(scope.id(), other.fromSpec && known != null ? keepKnownFacts(known, scope) : scope);
        }
        Map<String, Operation> ops = new LinkedHashMap<>();
        for (Operation op : operations) {
            ops.put(op.method() + " " + op.path(), op);
        }
        for (Operation op : other.operations()) {
            String key = op.method() + " " + op.path();
            Operation known = ops.get(key);
            ops.put(key, other.fromSpec && known != null ? keepKnownFacts(known, op) : op);
        }
        String v = other.version.isEmpty() ? version : version.isEmpty() ? other.version : version + "+" + other.version;
        return new PermissionCatalog(v, s.values(), ops.values());
    }

    private static Scope keepKnownFacts(Scope known, Scope imported) {
        ScopeStatus status = known.status().compareTo(imported.status()) >= 0 ? known.status() : imported.status();
        String title = imported.title().isEmpty() ? known.title() : imported.title();
        String description = imported.description().isEmpty() ? known.description() : imported.description();
        String replacement = known.replacement() != null ? known.replacement() : imported.replacement();
        return new Scope(known.id(), title, description, known.family(), status, known.risk(),
                known.paas() || imported.paas(), known.apiOnly() || imported.apiOnly(), replacement,
                imported.source());
    }

    private static Operation keepKnownFacts(Operation known, Operation imported) {
        String replacement = imported.replacement() != null ? imported.replacement() : known.replacement();
        return new Operation(imported.method(), imported.path(), imported.base(), imported.scopes(),
                imported.anyScope(), imported.deprecated() || known.deprecated(), imported.operationId(),
                imported.summary(), replacement, imported.source());
    }

    /** An operation with its path template split into segments, so matching splits only the request path. */
    private record Template(Operation operation, List<String> segments) {
    }

    /** -1 when the template does not match, else the number of literal segments matched. */
    private static int score(List<String> template, List<String> actual) {
        int literal = 0;
        for (int i = 0; i < template.size(); i++) {
            String t = template.get(i);
            String a = actual.get(i);
            if (isVariable(t)) {
                if (a.isEmpty()) {
                    return -1;
                }
            } else if (t.equals(a)) {
                literal++;
            } else {
                return -1;
            }
        }
        return literal;
    }

    private static boolean isVariable(String segment) {
        return segment.startsWith("{") && segment.endsWith("}");
    }

    /** Path segments without empty leading/trailing ones. */
    static List<String> segments(String path) {
        List<String> out = new ArrayList<>();
        for (String part : path.split("/", -1)) {
            out.add(part);
        }
        while (!out.isEmpty() && out.get(0).isEmpty()) {
            out.remove(0);
        }
        while (!out.isEmpty() && out.get(out.size() - 1).isEmpty()) {
            out.remove(out.size() - 1);
        }
        return out;
    }
}
