package dev.tokenlint.core.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.dataformat.cbor.CBORFactory;
import dev.tokenlint.core.scan.java.FileFacts;
import dev.tokenlint.core.scan.java.StrExpr;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The mapping of a record model onto CBOR, on a small model of its own. */
class CborMappingTest {

    enum Colour { RED, GREEN }

    sealed interface Shape permits Dot, Group {
    }

    record Dot(int x, Integer weight, Colour colour) implements Shape {
    }

    record Group(String name, List<Shape> members, Set<String> tags, Map<String, Integer> sizes, boolean open)
            implements Shape {
    }

    record Drawing(String title, Shape root, List<Dot> dots) {
    }

    record WithObject(Object anything) {
    }

    record WithOptional(Optional<String> maybe) {
    }

    record WithLong(long big) {
    }

    record WithRawList(@SuppressWarnings("rawtypes") List raw) {
    }

    interface Open {
    }

    record WithOpenInterface(Open open) {
    }

    private static final CBORFactory CBOR = new CBORFactory();

    private static byte[] write(CborMapping m, Object value) throws IOException {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        try (JsonGenerator g = CBOR.createGenerator(buf)) {
            m.write(g, value);
        }
        return buf.toByteArray();
    }

    private static Object read(CborMapping m, byte[] bytes) throws IOException {
        try (JsonParser p = CBOR.createParser(bytes)) {
            p.nextToken();
            return m.read(p);
        }
    }

    @Test
    void aModelWithNestingNullsAndEveryKindOfValueSurvivesTheRoundTrip() throws IOException {
        CborMapping m = CborMapping.of(Drawing.class);
        Drawing d = new Drawing("t", new Group("g", java.util.Arrays.asList(new Dot(-3, null, Colour.GREEN), null,
                new Group("inner", List.of(), Set.of("b", "a"), Map.of("k", 1), false)), null, null, true),
                List.of(new Dot(Integer.MAX_VALUE, Integer.MIN_VALUE, null)));
        assertThat(read(m, write(m, d))).isEqualTo(d);
        assertThat(read(m, write(m, new Drawing(null, null, null)))).isEqualTo(new Drawing(null, null, null));
    }

    @Test
    void theDescriptionNamesEveryComponentTypeKindAndConstant() {
        // the fingerprint is a digest of this text, so any of these changing changes it
        String d = CborMapping.of(Drawing.class).description();
        assertThat(d.lines()).containsExactly(
                "enum " + Colour.class.getName() + "[RED, GREEN]",
                "record " + Dot.class.getName() + "(x int;weight java.lang.Integer;colour " + Colour.class.getName()
                        + ";)",
                "record " + Drawing.class.getName() + "(title java.lang.String;root " + Shape.class.getName()
                        + ";dots java.util.List<" + Dot.class.getName() + ">;)",
                "record " + Group.class.getName() + "(name java.lang.String;members java.util.List<"
                        + Shape.class.getName() + ">;tags java.util.Set<java.lang.String>;sizes "
                        + "java.util.Map<java.lang.String, java.lang.Integer>;open boolean;)",
                "sealed " + Shape.class.getName() + " permits " + Dot.class.getName() + "," + Group.class.getName());
        assertThat(CborMapping.of(Drawing.class).fingerprint()).hasSize(16)
                .isEqualTo(CborMapping.of(Drawing.class).fingerprint())
                .isNotEqualTo(CborMapping.of(Group.class).fingerprint());
    }

    @Test
    void theFactsModelIsDescribedWholeIncludingEveryExpressionKind() {
        String d = CborMapping.of(FileFacts.class).description();
        for (Class<?> kind : StrExpr.class.getPermittedSubclasses()) {
            assertThat(d).contains("record " + kind.getName() + "(");
        }
        for (var c : FileFacts.class.getRecordComponents()) {
            assertThat(d).contains(c.getName() + " " + c.getGenericType().getTypeName() + ";");
        }
    }

    @Test
    void typesTheMappingCannotReadBackAreRefusedWhenItIsBuilt() {
        for (Class<? extends Record> bad : List.of(WithObject.class, WithOptional.class, WithLong.class,
                WithRawList.class, WithOpenInterface.class)) {
            assertThatThrownBy(() -> CborMapping.of(bad)).as(bad.getSimpleName())
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cannot store");
        }
    }

    @Test
    void aPrimitiveComponentIsNeverNull() throws IOException {
        CborMapping m = CborMapping.of(Drawing.class);
        byte[] bytes = write(m, new Drawing("t", new Dot(1, 2, Colour.RED), List.of()));
        // the Dot's x: CBOR 0x01 after the text "Dot" becomes null (0xf6)
        String text = new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1);
        int x = text.indexOf("Dot") + 3;
        assertThat(bytes[x]).isEqualTo((byte) 1);
        bytes[x] = (byte) 0xf6;
        assertThatThrownBy(() -> read(m, bytes)).isInstanceOf(IOException.class).hasMessageContaining("no int");
    }
}
