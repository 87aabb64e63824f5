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

    /** The search over the whole of {@code text}'s UTF-8 bytes. */
    private static boolean anyIn(TextMarkers m, String text) {
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        return m.anyIn(utf8, 0, utf8.length);
    }

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
        assertThat(anyIn(markers, "/api")).isTrue();
        assertThat(anyIn(markers, "String p = \"/api/v2\";")).isTrue();
        assertThat(anyIn(markers, "ends with dt0")).isTrue();
        assertThat(anyIn(markers, "import javax.ws.rs.GET;")).isTrue();
        assertThat(anyIn(markers, "a single x")).as("one-character marker").isTrue();
    }

    @Test
    void ignoresCaseOnlyWhereAsked() {
        assertThat(anyIn(markers, "// DYNATRACE tenant")).isTrue();
        assertThat(anyIn(markers, "Authorization: API-TOKEN")).isTrue();
        assertThat(anyIn(markers, "HTTPREQUEST")).isFalse();
        assertThat(anyIn(markers, "/API")).isFalse();
    }

    @Test
    void plainCodeAndNonAsciiTextHaveNoMarker() {
        assertThat(anyIn(markers, "class A { int apply(int v) { return v * 2; } } // Grüße, 日本")).isFalse();
        assertThat(anyIn(markers, "")).isFalse();
        assertThat(anyIn(markers, "a")).isFalse();
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
            assertThat(anyIn(markers, text)).as("'%s'", text).isEqualTo(naive(text));
        }
    }

    @Test
    void rangesCountOnlyMarkersStartingInside() {
        String text = "xx /api yy";
        byte[] bytes = text.getBytes(StandardCharsets.US_ASCII);
        assertThat(new TextMarkers(List.of("/api"), List.of()).anyIn(bytes, 0, 3)).isFalse();
        assertThat(new TextMarkers(List.of("/api"), List.of()).anyIn(bytes, 3, 4)).isTrue();
        assertThat(new TextMarkers(List.of("/api"), List.of()).anyIn(bytes, 4, bytes.length)).isFalse();
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
