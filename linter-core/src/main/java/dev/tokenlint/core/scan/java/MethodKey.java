package dev.tokenlint.core.scan.java;

import java.util.Comparator;

/**
 * A method or constructor of the source set as the link phase names it: the simple name of its
 * declaring type, its name and its number of parameters. No symbol solver is used, so overloads of
 * one arity are one key, as callers can only be told apart by the number of their arguments.
 *
 * @param type  simple name of the declaring type
 * @param name  the method's name (a constructor's is its type's)
 * @param arity the number of parameters
 */
public record MethodKey(String type, String name, int arity) implements Comparable<MethodKey> {

    /** "No method": a field initializer, an annotation, code outside any method or constructor. */
    public static final MethodKey NONE = new MethodKey("", "", 0);

    /** By type, name and arity: the stable order in which the link phase visits several methods. */
    private static final Comparator<MethodKey> ORDER = Comparator.comparing(MethodKey::type)
            .thenComparing(MethodKey::name).thenComparingInt(MethodKey::arity);

    /** Whether this is {@link #NONE}: no method has an empty name. */
    public boolean isNone() {
        return name.isEmpty();
    }

    /** {@code Type.name}, as a reader writes it in a trace or a related location's note. */
    public String shown() {
        return isNone() ? "" : type + "." + name;
    }

    @Override
    public int compareTo(MethodKey other) {
        return ORDER.compare(this, other);
    }

    /** {@code Type#name/arity}, empty for {@link #NONE}: for debugging and test messages only. */
    @Override
    public String toString() {
        return isNone() ? "" : type + "#" + name + "/" + arity;
    }
}
