package dev.tokenlint.core.rules;

import dev.tokenlint.core.input.InvalidInputException;
import dev.tokenlint.core.input.Node;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A rule's options from {@code rules.<id>} in the config. Typed getters fail with the option's
 * file, line and column when the value has the wrong type.
 */
public final class RuleOptions {

    private final String ruleId;
    private final Node.MapNode node;

    public RuleOptions(String ruleId, Node.MapNode node) {
        this.ruleId = ruleId;
        this.node = node;
    }

    /** No options set. */
    public static RuleOptions none(String ruleId) {
        return new RuleOptions(ruleId, null);
    }

    private Optional<Node> raw(String key) {
        return node == null ? Optional.empty() : node.get(key);
    }

    private String what(String key) {
        return "rules." + ruleId + "." + key;
    }

    /** A string option. */
    public String string(String key, String defaultValue) {
        return raw(key).map(n -> n.asText(what(key))).orElse(defaultValue);
    }

    /** An integer option. */
    public int integer(String key, int defaultValue) {
        Optional<Node> n = raw(key);
        if (n.isEmpty()) {
            return defaultValue;
        }
        String text = n.get().asText(what(key));
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(n.get().location(), what(key) + " must be a whole number, found '" + text + "'");
        }
    }

    /** A regular expression option. */
    public Pattern pattern(String key, String defaultRegex) {
        Optional<Node> n = raw(key);
        String text = n.map(v -> v.asText(what(key))).orElse(defaultRegex);
        try {
            return Pattern.compile(text);
        } catch (PatternSyntaxException e) {
            throw new InvalidInputException(n.map(Node::location).orElseThrow(),
                    what(key) + " is not a valid regular expression: " + e.getDescription());
        }
    }

    /** A duration option written as {@code 90d}, {@code 12w}, {@code 36h} or a number of days. */
    public Duration days(String key, Duration defaultValue) {
        Optional<Node> n = raw(key);
        if (n.isEmpty()) {
            return defaultValue;
        }
        String text = n.get().asText(what(key)).trim();
        Duration d = parseDuration(text);
        if (d == null) {
            throw new InvalidInputException(n.get().location(),
                    what(key) + " must be a duration such as 90d, 12w or 36h, found '" + text + "'");
        }
        return d;
    }

    /** Parses {@code 90d}, {@code 12w}, {@code 36h}, {@code 1y} or a plain number of days; null if invalid. */
    public static Duration parseDuration(String text) {
        var m = Pattern.compile("(\\d+)\\s*([dwhy]?)").matcher(text.trim().toLowerCase(java.util.Locale.ROOT));
        if (!m.matches()) {
            return null;
        }
        long n = Long.parseLong(m.group(1));
        return switch (m.group(2)) {
            case "h" -> Duration.ofHours(n);
            case "w" -> Duration.ofDays(n * 7);
            case "y" -> Duration.ofDays(n * 365);
            default -> Duration.ofDays(n);
        };
    }

    /** The raw option nodes, for rules with structured options. */
    public Map<String, Node.Entry> entries() {
        return node == null ? Map.of() : node.entries();
    }
}
