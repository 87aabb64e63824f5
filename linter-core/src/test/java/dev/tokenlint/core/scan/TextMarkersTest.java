package dev.tokenlint.core.scan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TextMarkersTest {

    private static final List<String> EXACT = List.of("/api", "api/", "dt0", "\"DT_", "otlp", "DynatraceConfig",
            "HttpRequest", "org.apache.hc", ".ws.rs", "x");
    private static final List<String> FOLDED = List.of("dynatrace", "api-token");

    private final TextMarkers markers = new TextMarkers(EXACT, FOLDED);

    /** The answer of one {@code contains} per marker, which the one-pass search must equal. */
    private static boolean naive(String text) {
        for (String m : EXACT) {
            if (text.contains(m)) {
                return true;
            }
        }
        String lower = text.toLowerCase(Locale.ROOT);
        return FOLDED.stream().anyMatch(lower::contains);
    }

    @Test
    void findsMarkersAnywhereIncludingTheEdges() {
        assertThat(markers.anyIn("/api")).isTrue();
        assertThat(markers.anyIn("String p = \"/api/v2\";")).isTrue();
        assertThat(markers.anyIn("ends with dt0")).isTrue();
        assertThat(markers.anyIn("import javax.ws.rs.GET;")).isTrue();
        assertThat(markers.anyIn("a single x")).as("one-character marker").isTrue();
    }

    @Test
    void ignoresCaseOnlyWhereAsked() {
        assertThat(markers.anyIn("// DYNATRACE tenant")).isTrue();
        assertThat(markers.anyIn("Authorization: API-TOKEN")).isTrue();
        assertThat(markers.anyIn("HTTPREQUEST")).isFalse();
        assertThat(markers.anyIn("/API")).isFalse();
    }

    @Test
    void plainCodeAndNonAsciiTextHaveNoMarker() {
        assertThat(markers.anyIn("class A { int apply(int v) { return v * 2; } } // Grüße, 日本")).isFalse();
        assertThat(markers.anyIn("")).isFalse();
        assertThat(markers.anyIn("a")).isFalse();
    }

    @Test
    void agreesWithOneContainsPerMarkerOnGeneratedTexts() {
        Random random = new Random(7);
        String alphabet = "apiAPI/-_\"dtDT0otlpynrcekwsHR. xé";
        for (int n = 0; n < 20_000; n++) {
            StringBuilder b = new StringBuilder();
            int len = random.nextInt(24);
            for (int i = 0; i < len; i++) {
                b.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String text = b.toString();
            assertThat(markers.anyIn(text)).as("'%s'", text).isEqualTo(naive(text));
            byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
            assertThat(markers.anyIn(utf8, 0, utf8.length)).as("bytes of '%s'", text).isEqualTo(naive(text));
        }
    }

    @Test
    void rangesCountOnlyMarkersStartingInside() {
        String text = "xx /api yy";
        assertThat(new TextMarkers(List.of("/api"), List.of()).anyIn(text, 0, 3)).isFalse();
        assertThat(new TextMarkers(List.of("/api"), List.of()).anyIn(text, 3, 4)).isTrue();
        assertThat(new TextMarkers(List.of("/api"), List.of()).anyIn(text, 4, text.length())).isFalse();
        byte[] bytes = text.getBytes(StandardCharsets.US_ASCII);
        assertThat(new TextMarkers(List.of("/api"), List.of()).anyIn(bytes, 0, 3)).isFalse();
        assertThat(new TextMarkers(List.of("/api"), List.of()).anyIn(bytes, 3, 4)).isTrue();
    }

    @Test
    void byteSearchFoldsAsciiCaseAndNeedsAsciiMarkers() {
        byte[] bytes = "// DYNATRACE".getBytes(StandardCharsets.US_ASCII);
        assertThat(markers.anyIn(bytes, 0, bytes.length)).isTrue();
        byte[] upper = "HTTPREQUEST".getBytes(StandardCharsets.US_ASCII);
        assertThat(markers.anyIn(upper, 0, upper.length)).isFalse();
        assertThatThrownBy(() -> new TextMarkers(List.of("é1"), List.of()).anyIn(bytes, 0, bytes.length))
                .isInstanceOf(IllegalStateException.class);
    }
}
