package dev.tokenlint.core.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

    @TempDir
    Path tmp;

    private Stream<Path> filesIn(Path dir) throws IOException {
        return Files.list(dir);
    }

    @Test
    void writesAndReplacesAFileAndLeavesNothingElseBehind() throws IOException {
        Path file = tmp.resolve("a/b/entry.bin");
        AtomicFiles.write(file, "first".getBytes(StandardCharsets.UTF_8));
        AtomicFiles.write(file, "second".getBytes(StandardCharsets.UTF_8));

        assertThat(file).hasContent("second");
        try (Stream<Path> s = filesIn(file.getParent())) {
            assertThat(s).containsExactly(file);
        }
    }

    @Test
    void manyWritersOfOneFileEachWriteWholeContent() throws Exception {
        Path file = tmp.resolve("shared.bin");
        Thread[] writers = new Thread[8];
        for (int i = 0; i < writers.length; i++) {
            byte[] content = ("writer " + i + " ").repeat(2000).getBytes(StandardCharsets.UTF_8);
            writers[i] = new Thread(() -> {
                for (int n = 0; n < 20; n++) {
                    try {
                        AtomicFiles.write(file, content);
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                }
            });
            writers[i].start();
        }
        for (Thread w : writers) {
            w.join();
        }
        String text = Files.readString(file, StandardCharsets.UTF_8);
        String first = text.substring(0, text.indexOf(' ', text.indexOf(' ') + 1) + 1);
        assertThat(text).as("one writer's whole content, never a mix").isEqualTo(first.repeat(2000));
        try (Stream<Path> s = filesIn(tmp)) {
            assertThat(s).containsExactly(file);
        }
    }

    @Test
    void aFolderThatCannotBeMadeIsAnErrorAndNothingIsLeft() throws IOException {
        Path blocker = tmp.resolve("blocker");
        Files.writeString(blocker, "a file where a folder should be");

        assertThatThrownBy(() -> AtomicFiles.write(blocker.resolve("entry.bin"), new byte[] {1}))
                .isInstanceOf(IOException.class);
        try (Stream<Path> s = filesIn(tmp)) {
            assertThat(s).containsExactly(blocker);
        }
    }
}
