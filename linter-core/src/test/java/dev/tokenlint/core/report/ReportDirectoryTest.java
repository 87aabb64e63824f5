package dev.tokenlint.core.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportDirectoryTest {

    private final ReportDirectory directory = new ReportDirectory(new Reporters());

    @TempDir
    Path tmp;

    @Test
    void writesOneFilePerFormatNamedByExtension() throws IOException {
        Path out = tmp.resolve("target/tokenlint");

        List<Path> written = directory.write(out, List.of("text", "json", "sarif", "html", "markdown"),
                SampleResults.typical(), ReportOptions.plain("0.1.0-test"));

        assertThat(written).extracting(p -> p.getFileName().toString()).containsExactly("tokenlint.txt",
                "tokenlint.json", "tokenlint.sarif", "tokenlint.html", "tokenlint.md");
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted()).containsExactly("tokenlint.html",
                    "tokenlint.json", "tokenlint.md", "tokenlint.sarif", "tokenlint.txt");
        }
        assertThat(Files.readString(out.resolve("tokenlint.json"), StandardCharsets.UTF_8))
                .isEqualTo(Render.of(new JsonReporter(), SampleResults.typical()));
    }

    @Test
    void repeatedFormatsAreWrittenOnceAndFilesNeverColoured() throws IOException {
        List<Path> written = directory.write(tmp, List.of("TEXT", "text", " json "), SampleResults.typical(),
                new ReportOptions("0.1.0-test", true, 80));

        assertThat(written).hasSize(2);
        assertThat(Files.readString(tmp.resolve("tokenlint.txt"), StandardCharsets.UTF_8)).doesNotContain("\u001b[");
    }

    @Test
    void aModulesFolderReachesTheSarifFileWhileColourDoesNot() throws IOException {
        ReportOptions module = new ReportOptions("0.1.0-test", true, 80).withSourceRoot("svc");
        directory.write(tmp, List.of("sarif", "text"), SampleResults.typical(), module);

        assertThat(Files.readString(tmp.resolve("tokenlint.sarif"), StandardCharsets.UTF_8))
                .isEqualTo(Render.of(new SarifReporter(), SampleResults.typical(), Render.PLAIN.withSourceRoot("svc")))
                .contains("\"uri\": \"svc/src/main/java/");
        assertThat(Files.readString(tmp.resolve("tokenlint.txt"), StandardCharsets.UTF_8)).doesNotContain("\u001b[");
    }

    @Test
    void unknownFormatIsRejectedBeforeAnythingIsWritten() {
        assertThatThrownBy(() -> directory.write(tmp.resolve("out"), List.of("json", "pdf"), SampleResults.typical(),
                ReportOptions.plain("0.1.0-test")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown report format 'pdf'; known formats: text, json, sarif, html, markdown");
        assertThat(tmp.resolve("out")).doesNotExist();
    }

    @Test
    void replacesAnEarlierReport() throws IOException {
        Files.writeString(tmp.resolve("tokenlint.md"), "old");

        directory.write(tmp, List.of("markdown"), SampleResults.clean(), ReportOptions.plain("0.1.0-test"));

        assertThat(Files.readString(tmp.resolve("tokenlint.md"))).startsWith("## tokenlint: no findings");
        try (Stream<Path> files = Files.list(tmp)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("tokenlint.md");
        }
    }
}
