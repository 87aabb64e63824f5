package dev.tokenlint.core.scan.java;

import dev.tokenlint.core.scan.java.FileFacts.TypeInfo;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The source set's types by simple name with the simple names of their direct supertypes: what
 * tells, without a symbol solver, whether a call on one type can reach a method declared in another.
 */
final class TypeHierarchy {

    /** How many supertypes up a search goes: deeper chains are rare, and a cycle must end. */
    private static final int MAX_DEPTH = 8;

    private final Map<String, Set<String>> supertypes = new HashMap<>();

    TypeHierarchy(List<FileFacts> files) {
        for (FileFacts f : files) {
            for (TypeInfo t : f.types()) {
                supertypes.computeIfAbsent(t.simpleName(), k -> new HashSet<>()).addAll(t.supertypes());
            }
        }
    }

    /** The simple names of the types declared in the source set. */
    Set<String> types() {
        return supertypes.keySet();
    }

    /**
     * Whether a call on {@code receiver} can reach a method declared in {@code declaring}: the same
     * type, a subclass calling an inherited method, or an interface the declaring type implements.
     */
    boolean related(String receiver, String declaring) {
        return receiver.equals(declaring) || isSubtype(receiver, declaring, 0) || isSubtype(declaring, receiver, 0);
    }

    /** Whether {@code type} extends or implements {@code ancestor}, directly or through the source set's types. */
    boolean isSubtype(String type, String ancestor) {
        return isSubtype(type, ancestor, 0);
    }

    private boolean isSubtype(String type, String ancestor, int depth) {
        if (depth > MAX_DEPTH) {
            return false;
        }
        for (String s : supertypes.getOrDefault(type, Set.of())) {
            if (s.equals(ancestor) || isSubtype(s, ancestor, depth + 1)) {
                return true;
            }
        }
        return false;
    }
}
