package dev.tokenlint.core.cache;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamWriteConstraints;
import com.fasterxml.jackson.dataformat.cbor.CBORFactory;
import com.fasterxml.jackson.dataformat.cbor.CBORGenerator;
import dev.tokenlint.core.scan.java.FileFacts;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

/**
 * How the cache and the staged index store {@link FileFacts}: CBOR (RFC 8949), written and read
 * by Jackson's CBOR module, in the shape {@link CborMapping} derives from the records
 * themselves: a record is an array of its components, a value of a sealed interface such as
 * {@code StrExpr} an array led by its kind's name, sets and maps in sorted order (equal facts
 * give equal bytes), repeated strings (paths, type names) once, as CBOR string references. The
 * model carries no annotation and this class names none of its types but the root, so a new
 * {@code StrExpr} kind or a new field of {@code FileFacts} needs no change here: it changes the
 * model's fingerprint in {@link #version()}, and entries of the old model are ignored.
 *
 * <p>Reading never trusts its input: nesting and string lengths are bounded by the parser, the
 * records' own constructors check what they get, and anything that is not exactly one
 * {@code FileFacts} is an {@link IOException}, which a cache takes for "corrupt: ignore and
 * rebuild". No class is ever named by the input: kinds are looked up among the model's own.
 */
public final class FactsFormat {

    /**
     * The number of the layout {@link CborMapping} writes; change it with every change of how it
     * maps a model (a change of the model itself needs none: the fingerprint follows it).
     */
    public static final int FORMAT = 1;

    /**
     * Deepest nesting of CBOR arrays and maps written or read. A {@code StrExpr} level takes two
     * (its own array, the list of its parts); the extractor stops at 40 levels, so this is far
     * beyond real facts and still shallow for a default thread stack.
     */
    static final int MAX_NESTING = 500;

    /** Longest string accepted, in bytes or chars. */
    static final int MAX_STRING = 1 << 20;

    private final CBORFactory factory;
    private final CborMapping mapping;
    private final String version;

    private FactsFormat() {
        this.factory = CBORFactory.builder()
                .enable(CBORGenerator.Feature.STRINGREF)
                .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_NESTING)
                        .maxStringLength(MAX_STRING).build())
                .streamWriteConstraints(StreamWriteConstraints.builder().maxNestingDepth(MAX_NESTING).build())
                .build();
        this.mapping = CborMapping.of(FileFacts.class);
        this.version = "facts-cbor/" + FORMAT + " " + mapping.fingerprint();
    }

    /** The one instance, made on first use. */
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
     * {@code facts} as CBOR.
     *
     * @throws IllegalArgumentException when the facts hold what cannot be read back the same (a
     *                                  string with half a surrogate pair, nesting beyond the bound);
     *                                  such facts are not cached
     */
    public byte[] encode(FileFacts facts) {
        ByteArrayOutputStream buf = new ByteArrayOutputStream(512);
        try (JsonGenerator g = factory.createGenerator(buf)) {
            mapping.write(g, facts);
        } catch (IOException e) {
            // writing to memory fails only for values the format refuses
            throw new IllegalArgumentException("facts of " + facts.file() + " cannot be stored: " + e.getMessage(), e);
        }
        return buf.toByteArray();
    }

    /**
     * Reads what {@link #encode(FileFacts)} wrote, from {@code length} bytes at {@code offset};
     * they must hold exactly one record.
     *
     * @throws IOException when the bytes are not such a record
     */
    public FileFacts decode(byte[] bytes, int offset, int length) throws IOException {
        try (JsonParser p = factory.createParser(bytes, offset, length)) {
            if (p.nextToken() == null) {
                throw new IOException("corrupt facts: empty");
            }
            Object facts = mapping.read(p);
            if (!(facts instanceof FileFacts f)) {
                throw new IOException("corrupt facts: null");
            }
            if (p.nextToken() != null) {
                throw new IOException("corrupt facts: bytes after the record");
            }
            return f;
        } catch (RuntimeException e) {
            // a parser or collection refusing input in a way that is no IOException
            throw new IOException("corrupt facts: " + e.getClass().getSimpleName(), e);
        }
    }
}
