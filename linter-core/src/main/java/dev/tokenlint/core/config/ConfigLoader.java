package dev.tokenlint.core.config;

import dev.tokenlint.core.input.InvalidInputException;
import dev.tokenlint.core.input.KnownKeys;
import dev.tokenlint.core.input.Location;
import dev.tokenlint.core.input.NearestMatch;
import dev.tokenlint.core.input.Node;
import dev.tokenlint.core.input.QuotedInput;
import dev.tokenlint.core.input.StructuredFileReader;
import dev.tokenlint.core.rules.Severity;
import dev.tokenlint.core.tokens.GrantedScope;
import dev.tokenlint.core.tokens.TokenDefinition;
import dev.tokenlint.core.tokens.TokenLifetime;
import dev.tokenlint.core.tokens.TokenOrigin;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads and validates {@code tokenlint.yaml}. Every key at every level is checked against the
 * schema (rule ids and rule options against the rules that are installed), so a typo is an
 * error with its location and the key that was probably meant, never a silently ignored
 * setting.
 */
public final class ConfigLoader {

    static final List<String> TOP_LEVEL = List.of("tokens", "sources", "catalog", "rules", "suppress", "baseline");
    static final List<String> TOKEN_KEYS =
            List.of("name", "scopes", "owner", "expires", "expiresIn", "usedBy", "env", "justify");
    static final List<String> SOURCES_KEYS = List.of("include", "exclude");
    static final List<String> CATALOG_KEYS = List.of("openapi", "yaml");
    static final List<String> RULE_COMMON_KEYS = List.of("enabled", "severity");
    static final List<String> SUPPRESS_KEYS = List.of("rule", "token", "scope", "endpoint", "file", "reason");

    private static final Set<String> OFF = Set.of("off", "false", "no", "disabled");
    private static final Set<String> ON = Set.of("on", "true", "yes", "enabled");

    private final StructuredFileReader reader = new StructuredFileReader();

    /**
     * Reads the config at {@code file}, naming it {@code displayName} in locations.
     *
     * @param knownRules rule ids and their option keys, for validating {@code rules:} and {@code suppress:}
     * @throws InvalidInputException on any problem, with its location
     */
    public TokenlintConfig load(Path file, String displayName, Map<String, List<String>> knownRules) {
        return fromNode(reader.read(file, displayName), displayName, knownRules);
    }

    /** Validates an already parsed config document; used by {@link #load} and by tests. */
    public TokenlintConfig fromNode(Node root, String displayName, Map<String, List<String>> knownRules) {
        Node.MapNode top = root.asMap("the config file");
        KnownKeys.requireOnly(top, TOP_LEVEL, "the config file");
        Map<String, List<String>> rulesKnown = knownRules == null ? Map.of() : knownRules;

        List<TokenDefinition> tokens = new ArrayList<>();
        List<TokenlintConfig.ConfigPath> tokenFiles = new ArrayList<>();
        top.get("tokens").ifPresent(n -> readTokens(n, tokens, tokenFiles));
        SourceSelection sources = top.get("sources").map(ConfigLoader::readSources).orElse(SourceSelection.defaults());
        List<TokenlintConfig.ConfigPath> openapi = new ArrayList<>();
        List<TokenlintConfig.ConfigPath> catalogYaml = new ArrayList<>();
        top.get("catalog").ifPresent(n -> {
            Node.MapNode catalog = n.asMap("catalog");
            KnownKeys.requireOnly(catalog, CATALOG_KEYS, "catalog");
            catalog.get("openapi").ifPresent(v -> openapi.addAll(paths(v, "catalog.openapi")));
            catalog.get("yaml").ifPresent(v -> catalogYaml.addAll(paths(v, "catalog.yaml")));
        });
        Map<String, RuleSettings> rules = top.get("rules").map(n -> readRules(n, rulesKnown)).orElse(Map.of());
        List<Suppression> suppressions = top.get("suppress").map(n -> readSuppressions(n, rulesKnown))
                .orElse(List.of());
        TokenlintConfig.ConfigPath baseline = top.get("baseline")
                .map(n -> new TokenlintConfig.ConfigPath(n.asText("baseline"), n.location())).orElse(null);
        return new TokenlintConfig(displayName, tokens, tokenFiles, sources, openapi, catalogYaml, rules,
                suppressions, baseline);
    }

    // ---- tokens -----------------------------------------------------------------------------

    private static void readTokens(Node node, List<TokenDefinition> tokens, List<TokenlintConfig.ConfigPath> files) {
        for (Node item : node.asList("tokens").items()) {
            Node.MapNode entry = item.asMap("each entry of tokens");
            if (entry.entries().containsKey("from")) {
                KnownKeys.requireOnly(entry, List.of("from"), "a 'from' entry of tokens (it names a file and nothing else)");
                Node from = entry.get("from").orElseThrow();
                files.add(new TokenlintConfig.ConfigPath(from.asText("tokens.from"), from.location()));
            } else {
                tokens.add(readToken(entry));
            }
        }
    }

    private static TokenDefinition readToken(Node.MapNode entry) {
        KnownKeys.requireOnly(entry, withFrom(TOKEN_KEYS), "a token");
        String name = KnownKeys.require(entry, "name", "a token").asText("a token's name");
        Location at = entry.keyLocation("name");
        String what = "token '" + name + "'";
        List<GrantedScope> scopes = new ArrayList<>();
        for (Node.ScalarNode s : KnownKeys.require(entry, "scopes", what).asTextList("scopes of " + what)) {
            scopes.add(new GrantedScope(s.text().trim(), s.location()));
        }
        String owner = entry.get("owner").map(n -> n.asText("owner of " + what)).orElse(null);
        LocalDate expires = entry.get("expires").map(n -> date(n, "expires of " + what)).orElse(null);
        Period expiresIn = entry.get("expiresIn").map(n -> lifetime(n, "expiresIn of " + what)).orElse(null);
        if (expires != null && expiresIn != null) {
            throw new InvalidInputException(entry.keyLocation("expiresIn"),
                    what + " sets both expires and expiresIn; keep one");
        }
        List<String> usedBy = entry.get("usedBy").map(n -> texts(n, "usedBy of " + what)).orElse(List.of());
        String env = entry.get("env").map(n -> n.asText("env of " + what)).orElse(null);
        Map<String, String> justify = new LinkedHashMap<>();
        entry.get("justify").ifPresent(n -> {
            for (Node.Entry e : n.asMap("justify of " + what).entries().values()) {
                String reason = e.value().asText("the justification of " + e.key());
                if (reason.isBlank()) {
                    throw new InvalidInputException(e.value().location(),
                            "the justification of " + e.key() + " must not be empty");
                }
                justify.put(e.key(), reason);
            }
        });
        return new TokenDefinition(name, at, TokenOrigin.CONFIG, scopes, owner, expires, expiresIn, usedBy, env,
                justify, null, null, null, true);
    }

    private static List<String> withFrom(List<String> keys) {
        List<String> all = new ArrayList<>(keys);
        all.add("from");
        return all;
    }

    private static LocalDate date(Node n, String what) {
        String text = n.asText(what).trim();
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(n.location(),
                    what + " must be a date written as YYYY-MM-DD, found " + QuotedInput.quote(text));
        }
    }

    private static Period lifetime(Node n, String what) {
        String text = n.asText(what);
        Period p = TokenLifetime.parse(text);
        if (p == null || p.isZero()) {
            throw new InvalidInputException(n.location(),
                    what + " must be a lifetime such as 90d, 12w, 6mo or 1y, found " + QuotedInput.quote(text));
        }
        return p;
    }

    private static List<String> texts(Node n, String what) {
        return n.asTextList(what).stream().map(Node.ScalarNode::text).toList();
    }

    private static List<TokenlintConfig.ConfigPath> paths(Node n, String what) {
        return n.asTextList(what).stream().map(s -> new TokenlintConfig.ConfigPath(s.text(), s.location())).toList();
    }

    // ---- sources ----------------------------------------------------------------------------

    private static SourceSelection readSources(Node node) {
        Node.MapNode m = node.asMap("sources");
        KnownKeys.requireOnly(m, SOURCES_KEYS, "sources");
        return new SourceSelection(m.get("include").map(n -> texts(n, "sources.include")).orElse(List.of()),
                m.get("exclude").map(n -> texts(n, "sources.exclude")).orElse(List.of()));
    }

    // ---- rules ------------------------------------------------------------------------------

    private static Map<String, RuleSettings> readRules(Node node, Map<String, List<String>> known) {
        Map<String, RuleSettings> out = new LinkedHashMap<>();
        for (Node.Entry e : node.asMap("rules").entries().values()) {
            String id = e.key();
            if (!known.containsKey(id)) {
                throw unknownRule(id, e.keyLocation(), known);
            }
            out.put(id, readRule(id, e, known.get(id)));
        }
        return out;
    }

    private static InvalidInputException unknownRule(String id, Location at, Map<String, List<String>> known) {
        return new InvalidInputException(at, "unknown rule " + QuotedInput.quote(id)
                + NearestMatch.hint(id, known.keySet()));
    }

    private static RuleSettings readRule(String id, Node.Entry e, List<String> optionKeys) {
        String what = "rules." + id;
        Node value = e.value();
        if (value instanceof Node.ScalarNode s) {
            String text = s.isNull() ? "" : s.text().trim().toLowerCase(Locale.ROOT);
            if (OFF.contains(text)) {
                return new RuleSettings(id, false, null, null, e.keyLocation());
            }
            if (ON.contains(text)) {
                return new RuleSettings(id, true, null, null, e.keyLocation());
            }
            Severity severity = Severity.parse(text);
            if (severity == null) {
                throw new InvalidInputException(s.location(), what + " must be off, on, error, warning, note or a map"
                        + " of options, found " + QuotedInput.quote(s.isNull() ? null : s.text())
                        + NearestMatch.hint(text, List.of("off", "on", "error", "warning", "note")));
            }
            return new RuleSettings(id, true, severity, null, e.keyLocation());
        }
        Node.MapNode map = value.asMap(what);
        List<String> allowed = new ArrayList<>(RULE_COMMON_KEYS);
        allowed.addAll(optionKeys);
        KnownKeys.requireOnly(map, allowed, what);
        boolean enabled = map.get("enabled").map(n -> bool(n, what + ".enabled")).orElse(true);
        Severity severity = map.get("severity").map(n -> severity(n, what + ".severity")).orElse(null);
        Map<String, Node.Entry> options = new LinkedHashMap<>(map.entries());
        options.keySet().removeAll(RULE_COMMON_KEYS);
        Node.MapNode optionNode = options.isEmpty() ? null : new Node.MapNode(map.location(), options);
        return new RuleSettings(id, enabled, severity, optionNode, e.keyLocation());
    }

    private static boolean bool(Node n, String what) {
        String text = n.asText(what).trim().toLowerCase(Locale.ROOT);
        if (ON.contains(text)) {
            return true;
        }
        if (OFF.contains(text)) {
            return false;
        }
        throw new InvalidInputException(n.location(), what + " must be true or false, found " + QuotedInput.quote(text));
    }

    private static Severity severity(Node n, String what) {
        String text = n.asText(what).trim();
        Severity s = Severity.parse(text);
        if (s == null) {
            throw new InvalidInputException(n.location(), what + " must be error, warning or note, found "
                    + QuotedInput.quote(text) + NearestMatch.hint(text, List.of("error", "warning", "note")));
        }
        return s;
    }

    // ---- suppress ---------------------------------------------------------------------------

    private static List<Suppression> readSuppressions(Node node, Map<String, List<String>> known) {
        List<Suppression> out = new ArrayList<>();
        for (Node item : node.asList("suppress").items()) {
            Node.MapNode m = item.asMap("each entry of suppress");
            KnownKeys.requireOnly(m, SUPPRESS_KEYS, "a suppress entry");
            Node ruleNode = KnownKeys.require(m, "rule", "a suppress entry");
            String rule = ruleNode.asText("suppress.rule").trim();
            if (!rule.equals("*") && !known.containsKey(rule)) {
                throw unknownRule(rule, ruleNode.location(), known);
            }
            Node reasonNode = KnownKeys.require(m, "reason", "a suppress entry (say why the finding is accepted)");
            String reason = reasonNode.asText("suppress.reason");
            if (reason.isBlank()) {
                throw new InvalidInputException(reasonNode.location(), "suppress.reason must not be empty");
            }
            out.add(new Suppression(rule, opt(m, "token"), opt(m, "scope"), opt(m, "endpoint"), opt(m, "file"),
                    reason, m.location()));
        }
        return out;
    }

    private static String opt(Node.MapNode m, String key) {
        return m.get(key).map(n -> n.asText("suppress." + key)).orElse(null);
    }
}
