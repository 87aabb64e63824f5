package dev.tokenlint.core.cache;

import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamWriteConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.jsontype.NamedType;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.dataformat.cbor.CBORFactory;
import com.fasterxml.jackson.dataformat.cbor.CBORGenerator;
import com.fasterxml.jackson.dataformat.cbor.databind.CBORMapper;
import dev.tokenlint.core.scan.java.FileFacts;
import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * How the cache and the staged index store {@link FileFacts}: Jackson's CBOR mapping of the
 * records themselves, configured here so the model carries no Jackson annotation. Records are
 * written as arrays of their components in declaration order (no property names: the
 * {@link FactsSchema} fingerprint in {@link #version()} guards the order), a value of a sealed
 * interface as {@code [type id, value]} with the record's simple name as id, sets and map keys in
 * sorted order so equal facts give equal bytes, and repeated strings as CBOR string references.
 * Every sealed interface, subtype and record is found by walking the model
 * ({@link FactsSchema}), so a new {@code StrExpr} kind or a new field of {@code FileFacts} needs
 * no change here: it changes the fingerprint, and entries of the old model are ignored.
 *
 * <p>Reading never trusts its input: nesting and string lengths are bounded by the parser,
 * the records' own constructors check what they get, and anything that is not exactly one
 * {@code FileFacts} document is an {@link IOException}, which a cache takes for "corrupt: ignore
 * and rebuild". No class is ever named by the input beyond the registered subtypes.
 */
public final class FactsFormat {

    /**
     * The number of this mapping's layout; change it with every change in how this class
     * configures the mapping (a model change needs none: the fingerprint follows it).
     */
    public static final int FORMAT = 1;

    /**
     * Deepest nesting of CBOR arrays written or read. A {@code StrExpr} level takes up to three
     * (type wrapper, record, list of parts); the extractor stops at 40 levels, so this is far
     * beyond real facts and still shallow enough for a default thread stack.
     */
    static final int MAX_NESTING = 800;

    /** Longest string accepted, in bytes or chars. */
    static final int MAX_STRING = 1 << 20;

    private final CBORFactory factory;
    private final ObjectReader reader;
    private final ObjectWriter writer;
    private final String version;

    private FactsFormat() {
        FactsSchema schema = FactsSchema.of(FileFacts.class);
        CBORFactory factory = CBORFactory.builder()
                .enable(CBORGenerator.Feature.STRINGREF)
                .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_NESTING)
                        .maxStringLength(MAX_STRING).build())
                .streamWriteConstraints(StreamWriteConstraints.builder().maxNestingDepth(MAX_NESTING).build())
                .build();
        this.factory = factory;
        SimpleModule sortedSets = new SimpleModule("sorted-sets");
        sortedSets.addSerializer(new SortedSetSerializer());
        CBORMapper.Builder mapper = CBORMapper.builder(factory)
                .addModule(sortedSets)
                // the record components, read from their fields: no other method becomes a property
                .visibility(PropertyAccessor.ALL, Visibility.NONE)
                .visibility(PropertyAccessor.FIELD, Visibility.ANY)
                .visibility(PropertyAccessor.CREATOR, Visibility.ANY)
                .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);
        for (Class<?> sealed : schema.sealedInterfaces()) {
            mapper.addMixIn(sealed, Tagged.class);
        }
        Map<String, Class<?>> ids = new HashMap<>();
        NamedType[] subtypes = schema.records().stream()
                .filter(r -> schema.sealedInterfaces().stream().anyMatch(s -> s.isAssignableFrom(r)))
                .map(r -> {
                    Class<?> other = ids.put(r.getSimpleName(), r);
                    if (other != null) {
                        throw new IllegalArgumentException("two kinds named " + r.getSimpleName() + ": "
                                + other.getName() + " and " + r.getName());
                    }
                    return new NamedType(r, r.getSimpleName());
                })
                .toArray(NamedType[]::new);
        mapper.registerSubtypes(subtypes);
        for (Class<?> record : schema.records()) {
            mapper.withConfigOverride(record, o -> o.setFormat(JsonFormat.Value.forShape(JsonFormat.Shape.ARRAY)));
        }
        CBORMapper built = mapper.build();
        this.reader = built.readerFor(FileFacts.class);
        this.writer = built.writerFor(FileFacts.class);
        this.version = "facts-cbor/" + FORMAT + " " + schema.fingerprint();
    }

    /** The one instance, made on first use (building the mapping costs a cold JVM some milliseconds). */
    public static FactsFormat get() {
        return Holder.INSTANCE;
    }

    private static final class Holder {
        static final FactsFormat INSTANCE = new FactsFormat();
    }

    /**
     * What a store of these bytes must put in its header (and its keys): the layout number and
     * the model's fingerprint. Bytes written under another version are never read.
     */
    public String version() {
        return version;
    }

    /**
     * The CBOR settings of these bytes (string references, nesting and length bounds), for formats
     * that hold facts among other data, such as the staged index.
     */
    public CBORFactory factory() {
        return factory;
    }

    /**
     * {@code facts} as CBOR.
     *
     * @throws IllegalArgumentException when the facts hold what cannot be read back the same (a
     *                                  string with half a surrogate pair, nesting beyond the bound);
     *                                  such facts are not cached
     */
    public byte[] encode(FileFacts facts) {
        try {
            return writer.writeValueAsBytes(facts);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("facts of " + facts.file() + " cannot be stored: " + e.getOriginalMessage(),
                    e);
        }
    }

    /**
     * Reads what {@link #encode(FileFacts)} wrote, from {@code length} bytes at {@code offset};
     * they must hold exactly one record.
     *
     * @throws IOException when the bytes are not such a record
     */
    public FileFacts decode(byte[] bytes, int offset, int length) throws IOException {
        try {
            FileFacts facts = reader.readValue(bytes, offset, length);
            if (facts == null) {
                throw new IOException("corrupt facts: null");
            }
            return facts;
        } catch (RuntimeException e) {
            // a record constructor or a collection rejected a decoded value in a way Jackson does not wrap
            throw new IOException("corrupt facts: " + e.getClass().getSimpleName(), e);
        }
    }

    /** The type information every sealed interface of the model gets: {@code [simple name, value]}. */
    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.WRAPPER_ARRAY)
    private interface Tagged {
    }

    /** Writes a set in its elements' natural order, whatever the set's iteration order in this JVM. */
    private static final class SortedSetSerializer extends StdSerializer<Set<?>> {

        @SuppressWarnings({"unchecked", "rawtypes"})
        SortedSetSerializer() {
            super((Class<Set<?>>) (Class) Set.class);
        }

        @Override
        public void serialize(Set<?> value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            Object[] elements = value.toArray();
            Arrays.sort(elements);
            gen.writeStartArray(value, elements.length);
            for (Object e : elements) {
                provider.defaultSerializeValue(e, gen);
            }
            gen.writeEndArray();
        }
    }
}
