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

    @Test
    void selectsByPathExactlyWhatAWalkLists() throws Exception {
        List<String> all = List.of("Other.java", "src/main/java/a/A.java", "src/main/java/a/generated/G.java",
                "src/main/java/a/notes.txt", "target/classes/T.java", "src/build/B.java", "src/test/java/a/ATest.java",
                "src/main/resources/application.yml");
        for (String f : all) {
            Files.createDirectories(root.resolve(f).getParent());
            Files.writeString(root.resolve(f), "x");
        }
        List<SourceSelection> selections = List.of(SourceSelection.defaults(),
                new SourceSelection(List.of("src/main/java/**"), List.of("**/generated/**")),
                new SourceSelection(List.of(), List.of("src/test/**", "**/*.yml")));
        List<List<Path>> startSets = List.of(List.of(), List.of(root.resolve("src/main")),
                List.of(root.resolve("Other.java"), root.resolve("src/test")));
        for (SourceSelection selection : selections) {
            for (List<Path> starts : startSets) {
                SourceFiles files = new SourceFiles(root, selection);
                List<Path> listed = files.list(starts).files();
                // the predicate takes paths relative to a folder: the root itself, or one above it
                java.util.function.Predicate<String> fromRoot = files.selectorUnder(root, starts);
                java.util.function.Predicate<String> fromAbove = files.selectorUnder(root.getParent(), starts);
                String rootName = root.getFileName().toString();
                for (String f : all) {
                    Path p = root.resolve(f);
                    assertThat(fromRoot.test(f)).as("%s with %s from %s", f, selection, starts)
                            .isEqualTo(listed.contains(p));
                    assertThat(fromAbove.test(rootName + "/" + f)).as("%s with %s from %s, seen from above", f,
                            selection, starts).isEqualTo(listed.contains(p));
                }
                assertThat(fromAbove.test("elsewhere/Other.java")).as("outside the root").isFalse();
            }
        }
    }
}
