package dev.tokenlint.core.cache;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The shape of a record model as the cache stores it: every record, enum and sealed interface
 * reachable from a root record through record components (and the type arguments of their
 * {@code List}, {@code Set} and {@code Map} types), each described by its components' names and
 * generic types, its constants or its permitted subclasses. Two builds whose models differ in
 * any of that have different {@link #fingerprint()}s, so an entry written by one is never read
 * by the other: a new field, a renamed component or a new {@code StrExpr} kind invalidates old
 * entries without anyone remembering to change a version number.
 *
 * <p>Only types the mapping can read back are accepted: a reachable type that is no record, enum,
 * sealed interface or plain value ({@code String}, primitives and their boxes, the three
 * collections) is an {@link IllegalArgumentException} when the schema is built, so a model change
 * the cache cannot hold fails every cache test at once instead of losing values at run time.
 *
 * @param records          every reachable record class, in name order
 * @param sealedInterfaces every reachable sealed interface, in name order
 * @param description      the canonical text the fingerprint is a digest of, one type a line
 */
public record FactsSchema(List<Class<?>> records, List<Class<?>> sealedInterfaces, String description) {

    private static final Set<Class<?>> VALUES = Set.of(String.class, int.class, Integer.class, long.class, Long.class,
            boolean.class, Boolean.class, double.class, Double.class);
    private static final Set<Class<?>> COLLECTIONS = Set.of(List.class, Set.class, Map.class);

    public FactsSchema {
        records = List.copyOf(records);
        sealedInterfaces = List.copyOf(sealedInterfaces);
    }

    /**
     * The schema of everything reachable from {@code root}.
     *
     * @throws IllegalArgumentException when a reachable type is none the mapping can read back
     */
    public static FactsSchema of(Class<? extends Record> root) {
        Map<String, String> lines = new TreeMap<>();
        Map<String, Class<?>> records = new TreeMap<>();
        Map<String, Class<?>> sealed = new TreeMap<>();
        Deque<Class<?>> todo = new ArrayDeque<>(List.of(root));
        while (!todo.isEmpty()) {
            Class<?> c = todo.pop();
            if (lines.containsKey(c.getName()) || VALUES.contains(c)) {
                continue;
            }
            List<Type> uses = new ArrayList<>();
            if (c.isRecord()) {
                records.put(c.getName(), c);
                StringBuilder line = new StringBuilder("record ").append(c.getName()).append('(');
                for (RecordComponent rc : c.getRecordComponents()) {
                    line.append(rc.getName()).append(' ').append(rc.getGenericType().getTypeName()).append(';');
                    uses.add(rc.getGenericType());
                }
                lines.put(c.getName(), line.append(')').toString());
            } else if (c.isEnum()) {
                lines.put(c.getName(), "enum " + c.getName() + Arrays.toString(c.getEnumConstants()));
            } else if (c.isInterface() && c.isSealed()) {
                sealed.put(c.getName(), c);
                List<String> permitted = new ArrayList<>();
                for (Class<?> p : c.getPermittedSubclasses()) {
                    permitted.add(p.getName());
                    uses.add(p);
                }
                permitted.sort(null); // the stored type ids are names, so their order says nothing
                lines.put(c.getName(), "sealed " + c.getName() + " permits " + String.join(",", permitted));
            } else {
                throw new IllegalArgumentException("the facts cache cannot store " + c.getName()
                        + ": use a record, an enum, a sealed interface of records or a plain value");
            }
            for (Type t : uses) {
                addClasses(t, todo, c);
            }
        }
        return new FactsSchema(List.copyOf(records.values()), List.copyOf(sealed.values()),
                String.join("\n", lines.values()));
    }

    private static void addClasses(Type t, Deque<Class<?>> todo, Class<?> owner) {
        if (t instanceof Class<?> c) {
            if (COLLECTIONS.contains(c)) {
                throw new IllegalArgumentException("raw " + c.getSimpleName() + " in " + owner.getName());
            }
            todo.push(c);
        } else if (t instanceof ParameterizedType p && p.getRawType() instanceof Class<?> raw
                && COLLECTIONS.contains(raw)) {
            for (Type arg : p.getActualTypeArguments()) {
                addClasses(arg, todo, owner);
            }
        } else {
            throw new IllegalArgumentException("the facts cache cannot store " + t.getTypeName() + " in "
                    + owner.getName());
        }
    }

    /** A digest of {@link #description()}: 16 hex digits, the same for the same model in any build. */
    public String fingerprint() {
        try {
            byte[] sha = MessageDigest.getInstance("SHA-256").digest(description.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }
}
