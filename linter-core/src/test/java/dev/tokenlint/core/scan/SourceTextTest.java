package dev.tokenlint.core.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading sources: the plain-ASCII fast path and the strict UTF-8 path give the file's text. */
class SourceTextTest {

    @TempDir
    Path tmp;

    private SourceText.Read read(byte[] bytes) throws IOException {
        Path f = tmp.resolve("A.java");
        Files.write(f, bytes);
        return SourceText.read(f, "A.java");
    }

    @Test
    void asciiUtf8AndBomFilesReadAsTheirText() throws IOException {
        assertThat(read("class A { String p = \"/api/v2\"; }\n".getBytes(StandardCharsets.US_ASCII)).text())
                .isEqualTo("class A { String p = \"/api/v2\"; }\n");
        assertThat(read("// Grüße 日本\nclass A {}\n".getBytes(StandardCharsets.UTF_8)).text())
                .isEqualTo("// Grüße 日本\nclass A {}\n");
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'c', 'l', 'a', 's', 's'};
        assertThat(read(bom).text()).isEqualTo("class");
    }

    @Test
    void invalidUtf8IsAProblemWithItsPosition() throws IOException {
        SourceText.Read r = read(new byte[] {'a', '\n', 'b', (byte) 0xFF});
        assertThat(r.text()).isNull();
        assertThat(r.problem().location().line()).isEqualTo(2);
        assertThat(r.problem().location().column()).isEqualTo(2);
    }
}
