package dev.tokenlint.core.input;

import java.util.Collection;
import java.util.TreeSet;

/**
 * Checks that a map holds only the keys its schema defines, so a misspelt key is an error
 * that names the key, where it is written and the key that was probably meant, instead of a
 * setting that silently does nothing.
 */
public final class KnownKeys {

    private KnownKeys() {
    }

    /**
     * @param map     the map to check
     * @param allowed the keys its schema defines
     * @param where   what the map is, for the message ("a token", "rules.token-naming")
     * @throws InvalidInputException at the first unknown key
     */
    public static void requireOnly(Node.MapNode map, Collection<String> allowed, String where) {
        for (Node.Entry e : map.entries().values()) {
            if (!allowed.contains(e.key())) {
                throw unknown(e.key(), e.keyLocation(), allowed, where);
            }
        }
    }

    /** The error for an unknown {@code key}: names it and the nearest allowed key, or lists them all. */
    public static InvalidInputException unknown(String key, Location at, Collection<String> allowed, String where) {
        String hint = NearestMatch.hint(key, allowed);
        if (hint.isEmpty() && !allowed.isEmpty() && allowed.size() <= 12) {
            hint = "; expected one of: " + String.join(", ", new TreeSet<>(allowed));
        }
        return new InvalidInputException(at, "unknown key " + QuotedInput.quote(key) + " in " + where + hint);
    }

    /** The value of a key the schema requires, or an error at the map naming the missing key. */
    public static Node require(Node.MapNode map, String key, String where) {
        return map.get(key).orElseThrow(() -> new InvalidInputException(map.location(),
                where + " needs the key '" + key + "'"));
    }
}
