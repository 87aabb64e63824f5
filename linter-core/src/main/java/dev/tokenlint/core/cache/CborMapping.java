package dev.tokenlint.core.cache;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A record model mapped onto CBOR values, found by reflection from a root record, so a new
 * component or a new kind of a sealed interface needs no code here. A record is an array of its
 * components in declaration order; a value of a sealed interface is an array of its record's
 * simple name followed by that record's components; lists and sets are arrays (sets in sorted
 * order, so equal values give equal bytes), maps with string keys are maps in key order, enums
 * their constant names, and strings, whole numbers and booleans themselves. Any value but a
 * primitive component may be null. Nothing else can be mapped: building the mapping of a model
 * that holds another type fails, so a model change the cache could not store fails every cache
 * test at once.
 *
 * <p>The mapping also describes itself ({@link #description()}): every record with its
 * components' names and generic types, every enum with its constants, every sealed interface
 * with its permitted records. {@link #fingerprint()} is a digest of that text, so two models
 * that a reader could confuse never have the same fingerprint.
 *
 * <p>Why not Jackson databind's own record support: in a fresh JVM, building an
 * {@code ObjectMapper} and its deserializers for the model cost a warm staged scan of 10,000
 * files 0.2 to 0.25 s more CPU (measured), half of what the whole scan may take; this mapping
 * uses only Jackson's CBOR parser and generator, which the staged index needs anyway.
 */
final class CborMapping {

    private final Codec root;
    private final String description;

    private CborMapping(Codec root, String description) {
        this.root = root;
        this.description = description;
    }

    /**
     * The mapping of {@code rootType} and everything its components reach.
     *
     * @throws IllegalArgumentException when a reachable type is none this mapping can store
     */
    static CborMapping of(Class<? extends Record> rootType) {
        Builder b = new Builder();
        Codec root = b.codec(rootType, rootType);
        return new CborMapping(root, String.join("\n", b.lines.values()));
    }

    /** Every record, enum and sealed interface of the model, one a line, in name order. */
    String description() {
        return description;
    }

    /** A digest of {@link #description()}: 16 hex digits, the same for the same model in any build. */
    String fingerprint() {
        try {
            byte[] sha = MessageDigest.getInstance("SHA-256").digest(description.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }

    /** Writes one root value. */
    void write(JsonGenerator g, Object value) throws IOException {
        write(root, g, value);
    }

    /**
     * Reads one root value, the parser at its first token.
     *
     * @throws IOException for anything that is not such a value, including values its records reject
     */
    Object read(JsonParser p) throws IOException {
        return read(root, p);
    }

    /** How the values of one declared type are written and read; nulls are {@link #write}'s and {@link #read}'s. */
    private interface Codec {
        /** Writes a value that is not null. */
        void write(JsonGenerator g, Object value) throws IOException;

        /** Reads the value whose first token is the parser's current one, which is no null (if nullable). */
        Object read(JsonParser p) throws IOException;

        /** False for primitives: a null there is damage. */
        default boolean nullable() {
            return true;
        }
    }

    private static void write(Codec c, JsonGenerator g, Object value) throws IOException {
        if (value == null) {
            g.writeNull();
        } else {
            c.write(g, value);
        }
    }

    private static Object read(Codec c, JsonParser p) throws IOException {
        return p.currentToken() == JsonToken.VALUE_NULL && c.nullable() ? null : c.read(p);
    }

    private static IOException corrupt(JsonParser p, String what) {
        return new IOException("corrupt facts: " + what + ", found " + p.currentToken());
    }

    /** Makes the codecs, once per type, and the description lines. */
    private static final class Builder {
        private final Map<Type, Codec> codecs = new HashMap<>();
        private final Map<String, String> lines = new TreeMap<>();

        Codec codec(Type type, Class<?> owner) {
            Codec known = codecs.get(type);
            if (known != null) {
                return known;
            }
            Codec made;
            if (type instanceof ParameterizedType pt && pt.getRawType() instanceof Class<?> raw) {
                Type[] args = pt.getActualTypeArguments();
                if (raw == List.class) {
                    made = new ListCodec(codec(args[0], owner), false);
                } else if (raw == Set.class) {
                    made = new ListCodec(codec(args[0], owner), true);
                } else if (raw == Map.class && args[0] == String.class) {
                    made = new MapCodec(codec(args[1], owner));
                } else {
                    throw unsupported(type, owner);
                }
            } else if (type instanceof Class<?> c) {
                made = classCodec(c, owner);
            } else {
                throw unsupported(type, owner);
            }
            codecs.put(type, made);
            return made;
        }

        private Codec classCodec(Class<?> c, Class<?> owner) {
            if (c == String.class) {
                return Scalar.STRING;
            } else if (c == int.class || c == Integer.class) {
                return c.isPrimitive() ? Scalar.INT : Scalar.INTEGER;
            } else if (c == boolean.class || c == Boolean.class) {
                return c.isPrimitive() ? Scalar.BOOL : Scalar.BOOLEAN;
            } else if (c.isEnum()) {
                lines.put(c.getName(), "enum " + c.getName() + Arrays.toString(c.getEnumConstants()));
                return new EnumCodec(c);
            } else if (c.isRecord()) {
                return record(c);
            } else if (c.isInterface() && c.isSealed()) {
                return sealed(c, owner);
            }
            throw unsupported(c, owner);
        }

        private RecordCodec record(Class<?> c) {
            RecordComponent[] rc = c.getRecordComponents();
            Class<?>[] types = new Class<?>[rc.length];
            Field[] fields = new Field[rc.length];
            StringBuilder line = new StringBuilder("record ").append(c.getName()).append('(');
            for (int i = 0; i < rc.length; i++) {
                types[i] = rc[i].getType();
                fields[i] = field(c, rc[i].getName());
                line.append(rc[i].getName()).append(' ').append(rc[i].getGenericType().getTypeName()).append(';');
            }
            lines.put(c.getName(), line.append(')').toString());
            Constructor<?> canonical;
            try {
                canonical = c.getDeclaredConstructor(types);
                canonical.setAccessible(true);
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException("a record always has its canonical constructor", e);
            }
            RecordCodec made = new RecordCodec(c.getSimpleName(), canonical, fields);
            codecs.put(c, made); // before the components: a record may contain itself through a sealed interface
            Codec[] components = new Codec[rc.length];
            for (int i = 0; i < rc.length; i++) {
                components[i] = codec(rc[i].getGenericType(), c);
            }
            made.components = components;
            return made;
        }

        /**
         * The private field behind a record component. Read as a field, not through the accessor
         * method: on Java 17 a reflective method call spins a class per method after a few calls,
         * tens of classes in every fresh JVM, where a field read needs none.
         */
        private static Field field(Class<?> record, String name) {
            try {
                Field f = record.getDeclaredField(name);
                f.setAccessible(true);
                return f;
            } catch (NoSuchFieldException e) {
                throw new IllegalStateException("a record component always has its field", e);
            }
        }

        private SealedCodec sealed(Class<?> c, Class<?> owner) {
            SealedCodec made = new SealedCodec(c.getName());
            codecs.put(c, made);
            List<String> permitted = new ArrayList<>();
            for (Class<?> sub : c.getPermittedSubclasses()) {
                if (!sub.isRecord()) {
                    throw unsupported(sub, owner);
                }
                RecordCodec r = (RecordCodec) codec(sub, c);
                if (made.byName.put(r.name, r) != null) {
                    throw new IllegalArgumentException("two kinds of " + c.getName() + " named " + r.name);
                }
                made.byType.put(sub, r);
                permitted.add(sub.getName());
            }
            permitted.sort(null); // kinds are stored by name, so their order says nothing
            lines.put(c.getName(), "sealed " + c.getName() + " permits " + String.join(",", permitted));
            return made;
        }

        private static IllegalArgumentException unsupported(Type t, Class<?> owner) {
            return new IllegalArgumentException("the facts cache cannot store " + t.getTypeName() + " (in "
                    + owner.getName() + "): use a record, an enum, a sealed interface of records, a List, Set or "
                    + "Map with String keys of those, a String, an int or a boolean");
        }
    }

    /** Strings, whole numbers and booleans; the boxed ones may be null. */
    private enum Scalar implements Codec {
        STRING, INT, INTEGER, BOOL, BOOLEAN;

        @Override
        public void write(JsonGenerator g, Object value) throws IOException {
            if (this == STRING) {
                g.writeString((String) value);
            } else if (this == INT || this == INTEGER) {
                g.writeNumber((Integer) value);
            } else {
                g.writeBoolean((Boolean) value);
            }
        }

        @Override
        public Object read(JsonParser p) throws IOException {
            JsonToken t = p.currentToken();
            switch (this) {
                case STRING:
                    if (t == JsonToken.VALUE_STRING) {
                        return p.getText();
                    }
                    break;
                case INT, INTEGER:
                    if (t == JsonToken.VALUE_NUMBER_INT && p.getNumberType() == JsonParser.NumberType.INT) {
                        return p.getIntValue();
                    }
                    break;
                default:
                    if (t == JsonToken.VALUE_TRUE || t == JsonToken.VALUE_FALSE) {
                        return t == JsonToken.VALUE_TRUE;
                    }
            }
            throw corrupt(p, "no " + name().toLowerCase(java.util.Locale.ROOT));
        }

        @Override
        public boolean nullable() {
            return this != INT && this != BOOL;
        }
    }

    private static final class EnumCodec implements Codec {
        private final Map<String, Object> constants = new HashMap<>();

        EnumCodec(Class<?> type) {
            for (Object c : type.getEnumConstants()) {
                constants.put(((Enum<?>) c).name(), c);
            }
        }

        @Override
        public void write(JsonGenerator g, Object value) throws IOException {
            g.writeString(((Enum<?>) value).name());
        }

        @Override
        public Object read(JsonParser p) throws IOException {
            Object c = p.currentToken() == JsonToken.VALUE_STRING ? constants.get(p.getText()) : null;
            if (c == null) {
                throw corrupt(p, "no constant");
            }
            return c;
        }
    }

    /** A list, or a set written in its elements' natural order whatever its iteration order in this JVM. */
    private static final class ListCodec implements Codec {
        private final Codec element;
        private final boolean set;

        ListCodec(Codec element, boolean set) {
            this.element = element;
            this.set = set;
        }

        @Override
        public void write(JsonGenerator g, Object value) throws IOException {
            Object[] elements = set ? ((Set<?>) value).toArray() : ((List<?>) value).toArray();
            if (set) {
                Arrays.sort(elements);
            }
            g.writeStartArray(value, elements.length);
            for (Object e : elements) {
                CborMapping.write(element, g, e);
            }
            g.writeEndArray();
        }

        @Override
        public Object read(JsonParser p) throws IOException {
            if (p.currentToken() != JsonToken.START_ARRAY) {
                throw corrupt(p, "no list");
            }
            List<Object> list = new ArrayList<>();
            while (p.nextToken() != JsonToken.END_ARRAY) {
                if (p.currentToken() == null) {
                    throw corrupt(p, "list cut short");
                }
                list.add(CborMapping.read(element, p));
            }
            return set ? new LinkedHashSet<>(list) : list;
        }
    }

    private static final class MapCodec implements Codec {
        private final Codec value;

        MapCodec(Codec value) {
            this.value = value;
        }

        @Override
        public void write(JsonGenerator g, Object map) throws IOException {
            Map<?, ?> sorted = new TreeMap<>((Map<?, ?>) map);
            g.writeStartObject(map, sorted.size());
            for (Map.Entry<?, ?> e : sorted.entrySet()) {
                g.writeFieldName((String) e.getKey());
                CborMapping.write(value, g, e.getValue());
            }
            g.writeEndObject();
        }

        @Override
        public Object read(JsonParser p) throws IOException {
            if (p.currentToken() != JsonToken.START_OBJECT) {
                throw corrupt(p, "no map");
            }
            Map<String, Object> map = new LinkedHashMap<>();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String key = p.currentName();
                p.nextToken();
                if (map.put(key, CborMapping.read(value, p)) != null) {
                    throw corrupt(p, "repeated key");
                }
            }
            if (p.currentToken() != JsonToken.END_OBJECT) {
                throw corrupt(p, "map cut short");
            }
            return map;
        }
    }

    /** A record as an array of its components; {@link #components} is set once while the mapping is built. */
    private static final class RecordCodec implements Codec {
        private final String name;
        private final Constructor<?> canonical;
        private final Field[] fields;
        private Codec[] components;

        RecordCodec(String name, Constructor<?> canonical, Field[] fields) {
            this.name = name;
            this.canonical = canonical;
            this.fields = fields;
        }

        @Override
        public void write(JsonGenerator g, Object value) throws IOException {
            g.writeStartArray(value, components.length);
            writeComponents(g, value);
            g.writeEndArray();
        }

        void writeComponents(JsonGenerator g, Object value) throws IOException {
            for (int i = 0; i < components.length; i++) {
                Object v;
                try {
                    v = fields[i].get(value);
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException("a record field made accessible is not", e);
                }
                CborMapping.write(components[i], g, v);
            }
        }

        @Override
        public Object read(JsonParser p) throws IOException {
            if (p.currentToken() != JsonToken.START_ARRAY) {
                throw corrupt(p, "no " + name);
            }
            return readComponents(p);
        }

        /** Reads the components and the end of the array that holds them. */
        Object readComponents(JsonParser p) throws IOException {
            Object[] args = new Object[components.length];
            for (int i = 0; i < args.length; i++) {
                if (p.nextToken() == JsonToken.END_ARRAY || p.currentToken() == null) {
                    throw corrupt(p, name + " cut short");
                }
                args[i] = CborMapping.read(components[i], p);
            }
            if (p.nextToken() != JsonToken.END_ARRAY) {
                throw corrupt(p, name + " too long");
            }
            try {
                return canonical.newInstance(args);
            } catch (InvocationTargetException e) {
                // the record refused a value (a null element, a negative line): damaged input
                Throwable cause = e.getCause();
                throw new IOException("corrupt facts: " + name + ": " + cause.getClass().getSimpleName() + ": "
                        + cause.getMessage(), cause);
            } catch (InstantiationException | IllegalAccessException | IllegalArgumentException e) {
                throw new IOException("corrupt facts: " + name + ": " + e, e);
            }
        }
    }

    /** A value of a sealed interface: {@code [simple name of its record, components...]}. */
    private static final class SealedCodec implements Codec {
        private final String interfaceName;
        private final Map<String, RecordCodec> byName = new HashMap<>();
        private final Map<Class<?>, RecordCodec> byType = new HashMap<>();

        SealedCodec(String interfaceName) {
            this.interfaceName = interfaceName;
        }

        @Override
        public void write(JsonGenerator g, Object value) throws IOException {
            RecordCodec r = byType.get(value.getClass());
            if (r == null) {
                throw new IllegalArgumentException("no kind of " + interfaceName + ": " + value.getClass().getName());
            }
            g.writeStartArray(value, r.components.length + 1);
            g.writeString(r.name);
            r.writeComponents(g, value);
            g.writeEndArray();
        }

        @Override
        public Object read(JsonParser p) throws IOException {
            if (p.currentToken() != JsonToken.START_ARRAY || p.nextToken() != JsonToken.VALUE_STRING) {
                throw corrupt(p, "no kind of " + interfaceName);
            }
            RecordCodec r = byName.get(p.getText());
            if (r == null) {
                throw corrupt(p, "unknown kind '" + p.getText() + "' of " + interfaceName);
            }
            return r.readComponents(p);
        }
    }
}
