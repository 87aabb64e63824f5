package dev.tokenlint.core.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tokenlint.core.input.InvalidInputException;
import dev.tokenlint.core.input.Location;
import dev.tokenlint.core.rules.Finding;
import dev.tokenlint.core.rules.FindingStatus;
import dev.tokenlint.core.rules.Severity;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BaselineTest {

    @TempDir
    Path dir;

    private static Finding finding(String fingerprint, String file) {
        return new Finding("unused-scope", Severity.ERROR, "token 'a' grants 'b'", new Location(file, 3, 4), "a", "b",
                null, fingerprint, FindingStatus.OPEN, null);
    }

    @Test
    void writtenFileReadsBackTheSameFingerprintsAndTheWriterStaysOpen() throws Exception {
        Path file = dir.resolve("baseline.json");
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            Baseline.write(List.of(finding("bbb", "B.java"), finding("aaa", "A.java")), w);
            w.write("");
        }
        String text = Files.readString(file);
        assertThat(text.indexOf("\"aaa\"")).isLessThan(text.indexOf("\"bbb\""));
        assertThat(text).endsWith("\n");
        Baseline read = Baseline.read(file, "baseline.json");
        assertThat(read.fingerprints()).containsExactlyInAnyOrder("aaa", "bbb");
        assertThat(read.contains("ccc")).isFalse();
    }

    @Test
    void malformedBaselineIsALocatedError() throws Exception {
        Path file = dir.resolve("baseline.json");
        Files.writeString(file, "{\n  \"findings\": [ ,\n");
        assertThatThrownBy(() -> Baseline.read(file, "baseline.json"))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).location().line()).isEqualTo(2));
    }

    @Test
    void jsonThatIsNotABaselineIsRejected() throws Exception {
        Path file = dir.resolve("baseline.json");
        Files.writeString(file, "{\"tokens\": []}");
        assertThatThrownBy(() -> Baseline.read(file, "baseline.json"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("not a tokenlint baseline");
    }
}
