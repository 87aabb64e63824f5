package dev.tokenlint.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceRootsTest {

    @TempDir
    Path dir;

    private Path main;
    private Path resources;
    private Path generated;
    private Path test;

    @BeforeEach
    void layout() throws IOException {
        main = Files.createDirectories(dir.resolve("src/main/java"));
        resources = Files.createDirectories(dir.resolve("src/main/resources"));
        generated = Files.createDirectories(dir.resolve("target/generated-sources/annotations"));
        test = Files.createDirectories(dir.resolve("src/test/java"));
    }

    @Test
    void mainRootsOnlyByDefaultWithoutGeneratedOnes() {
        List<Path> roots = new SourceRoots(dir.resolve("target"), false, false)
                .select(List.of(main.toString(), generated.toString(), resources.toString()), List.of(test.toString()));

        assertThat(roots).containsExactly(main, resources);
    }

    @Test
    void testAndGeneratedRootsWhenAsked() {
        List<Path> roots = new SourceRoots(dir.resolve("target"), true, true)
                .select(List.of(main.toString(), generated.toString()), List.of(test.toString()));

        assertThat(roots).containsExactlyInAnyOrder(main, generated, test);
    }

    @Test
    void missingAndDuplicateRootsAreLeftOut() {
        List<Path> roots = new SourceRoots(dir.resolve("target"), false, false)
                .select(List.of(main.toString(), main.toString(), dir.resolve("src/main/kotlin").toString()), List.of());

        assertThat(roots).containsExactly(main);
    }
}
