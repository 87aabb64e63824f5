package dev.tokenlint.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tokenlint.core.config.SourceSelection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceFilesTest {

    @TempDir
    Path root;

    private SourceFiles.Listing list(SourceSelection selection) {
        return new SourceFiles(root, selection).list(List.of());
    }

    private List<String> names(SourceFiles.Listing listing) {
        SourceFiles files = new SourceFiles(root, SourceSelection.defaults());
        return listing.files().stream().map(files::relative).toList();
    }

    @Test
    void emptyTreeListsNothingAndReportsNothing() {
        SourceFiles.Listing listing = list(SourceSelection.defaults());
        assertThat(listing.files()).isEmpty();
        assertThat(listing.problems()).isEmpty();
    }

    @Test
    void skipsBuildOutputAndHonoursIncludeAndExclude() throws Exception {
        Files.createDirectories(root.resolve("src/main/java/a/generated"));
        Files.createDirectories(root.resolve("target/classes"));
        Files.writeString(root.resolve("src/main/java/a/A.java"), "class A {}");
        Files.writeString(root.resolve("src/main/java/a/generated/G.java"), "class G {}");
        Files.writeString(root.resolve("src/main/java/a/notes.txt"), "text");
        Files.writeString(root.resolve("target/classes/T.java"), "class T {}");
        Files.writeString(root.resolve("Other.java"), "class Other {}");

        assertThat(names(list(SourceSelection.defaults())))
                .containsExactly("Other.java", "src/main/java/a/A.java", "src/main/java/a/generated/G.java");
        assertThat(names(list(new SourceSelection(List.of("src/main/java/**"), List.of("**/generated/**")))))
                .containsExactly("src/main/java/a/A.java");
    }

    @Test
    void symlinkLoopIsAProblemAndTheRestIsListed() throws Exception {
        Path dir = Files.createDirectories(root.resolve("src"));
        Files.writeString(dir.resolve("A.java"), "class A {}");
        Files.createSymbolicLink(dir.resolve("loop"), root);
        SourceFiles.Listing listing = list(SourceSelection.defaults());
        assertThat(names(listing)).containsExactly("src/A.java");
        assertThat(listing.problems()).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("symbolic link loop"))
                .satisfies(p -> assertThat(p.location().file()).isEqualTo("src/loop"));
    }
}
