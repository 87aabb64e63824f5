package dev.tokenlint.core.input;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A JSON or YAML value that remembers where it was written. Readers of config, catalog and
 * token files work on this tree so that every error and every finding can name a line and a
 * column without the readers computing offsets themselves.
 */
public sealed interface Node permits Node.MapNode, Node.ListNode, Node.ScalarNode {

    /** Where the value starts. */
    Location location();

    /** A short name of the kind of value, for error messages ("a list", "a map", "a string"). */
    String kind();

    /** An object/mapping; keys keep their own locations and the order in which they were written. */
    record MapNode(Location location, Map<String, Entry> entries) implements Node {
        public MapNode {
            entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
        }

        /** The value under {@code key}, if present. */
        public Optional<Node> get(String key) {
            Entry e = entries.get(key);
            return e == null ? Optional.empty() : Optional.of(e.value());
        }

        /** The location of {@code key} itself, or the map's location when absent. */
        public Location keyLocation(String key) {
            Entry e = entries.get(key);
            return e == null ? location : e.keyLocation();
        }

        @Override
        public String kind() {
            return "a map";
        }
    }

    /** One key of a {@link MapNode} with the location of the key. */
    record Entry(String key, Location keyLocation, Node value) {
    }

    /** An array/sequence. */
    record ListNode(Location location, List<Node> items) implements Node {
        public ListNode {
            items = List.copyOf(items);
        }

        @Override
        public String kind() {
            return "a list";
        }
    }

    /**
     * A scalar: string, number, boolean or null. {@code text} is the value as written (numbers
     * and booleans as their text), {@code null} for a null value.
     */
    record ScalarNode(Location location, String text, ScalarType type) implements Node {
        @Override
        public String kind() {
            return switch (type) {
                case STRING -> "a string";
                case NUMBER -> "a number";
                case BOOLEAN -> "a boolean";
                case NULL -> "null";
            };
        }

        public boolean isNull() {
            return type == ScalarType.NULL;
        }
    }

    /** The type of a {@link ScalarNode}. */
    enum ScalarType { STRING, NUMBER, BOOLEAN, NULL }

    // ---- typed access with located errors -------------------------------------------------

    /** This node as a map, or an error naming where a map was expected. */
    default MapNode asMap(String what) {
        if (this instanceof MapNode m) {
            return m;
        }
        throw new InvalidInputException(location(), what + " must be a map, found " + kind());
    }

    /** This node as a list, or an error naming where a list was expected. */
    default ListNode asList(String what) {
        if (this instanceof ListNode l) {
            return l;
        }
        throw new InvalidInputException(location(), what + " must be a list, found " + kind());
    }

    /** This node as non-null scalar text, or an error naming where a scalar was expected. */
    default String asText(String what) {
        if (this instanceof ScalarNode s && !s.isNull()) {
            return s.text();
        }
        throw new InvalidInputException(location(), what + " must be a string, found " + kind());
    }

    /** A list of strings; a single scalar is an error (scopes must be a list). */
    default List<ScalarNode> asTextList(String what) {
        List<ScalarNode> out = new ArrayList<>();
        for (Node item : asList(what).items()) {
            if (item instanceof ScalarNode s && !s.isNull()) {
                out.add(s);
            } else {
                throw new InvalidInputException(item.location(),
                        "each entry of " + what + " must be a string, found " + item.kind());
            }
        }
        return out;
    }
}
