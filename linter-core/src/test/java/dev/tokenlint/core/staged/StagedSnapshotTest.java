package dev.tokenlint.core.staged;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tokenlint.core.git.GitException;
import dev.tokenlint.core.git.TempRepo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StagedSnapshotTest {

    @TempDir
    Path tmp;

    @Test
    void takesTheIndexNotTheWorkingTree() throws IOException {
        TempRepo repo = TempRepo.init(tmp.resolve("repo"));
        repo.write("src/A.java", "class A { String p = \"/api/v2/metrics\"; }\n");
        repo.git("add", "src/A.java");
        repo.write("src/A.java", "class A { String p = \"/api/v2/entities\"; }\n");
        repo.write("src/Untracked.java", "class Untracked {}\n");

        try (StagedSnapshot s = StagedSnapshot.create(repo.dir())) {
            assertThat(Files.readString(s.folder().resolve("src/A.java"))).contains("/api/v2/metrics");
            assertThat(s.folder().resolve("src/Untracked.java")).doesNotExist();
            assertThat(s.blobIds()).containsOnlyKeys("src/A.java");
        }
    }

    @Test
    void worksInARepositoryWithoutCommits() throws IOException {
        TempRepo repo = TempRepo.init(tmp.resolve("repo"));
        repo.write("tokenlint.yaml", "tokens: []\n");
        repo.git("add", "tokenlint.yaml");

        try (StagedSnapshot s = StagedSnapshot.create(repo.dir())) {
            assertThat(s.folder().resolve("tokenlint.yaml")).hasContent("tokens: []");
        }
    }

    @Test
    void anEmptyIndexGivesAnEmptyFolder() throws IOException {
        TempRepo repo = TempRepo.init(tmp.resolve("repo"));
        try (StagedSnapshot s = StagedSnapshot.create(repo.dir())) {
            assertThat(s.folder()).isEmptyDirectory();
        }
    }

    @Test
    void stagedDeletionAndRenameAreSeenAsGitSeesThem() throws IOException {
        TempRepo repo = TempRepo.init(tmp.resolve("repo"));
        repo.write("src/Old.java", "class Old {}\n");
        repo.write("src/Gone.java", "class Gone {}\n");
        repo.git("add", ".");
        repo.git("commit", "-q", "-m", "first");
        repo.git("mv", "src/Old.java", "src/New.java");
        repo.git("rm", "-q", "--cached", "src/Gone.java");

        try (StagedSnapshot s = StagedSnapshot.create(repo.dir())) {
            assertThat(s.blobIds()).containsOnlyKeys("src/New.java");
            assertThat(s.folder().resolve("src/New.java")).hasContent("class Old {}");
        }
    }

    @Test
    void detachedHeadIsNoProblem() throws IOException {
        TempRepo repo = TempRepo.init(tmp.resolve("repo"));
        repo.write("A.java", "class A {}\n");
        repo.git("add", ".");
        repo.git("commit", "-q", "-m", "first");
        repo.git("checkout", "-q", "--detach");
        repo.write("B.java", "class B {}\n");
        repo.git("add", "B.java");

        try (StagedSnapshot s = StagedSnapshot.create(repo.dir())) {
            assertThat(s.blobIds()).containsOnlyKeys("A.java", "B.java");
        }
    }

    @Test
    void binaryContentIsCopiedByteForByteAndOtherFilesAreLeftOut() throws IOException {
        TempRepo repo = TempRepo.init(tmp.resolve("repo"));
        byte[] bytes = {(byte) 0xff, 0, (byte) 0xfe, 'x', 0, '\n'};
        Files.write(repo.dir().resolve("Weird.java"), bytes);
        Files.write(repo.dir().resolve("logo.png"), bytes);
        repo.git("add", ".");

        try (StagedSnapshot s = StagedSnapshot.create(repo.dir())) {
            assertThat(Files.readAllBytes(s.folder().resolve("Weird.java"))).isEqualTo(bytes);
            assertThat(s.folder().resolve("logo.png")).doesNotExist();
        }
    }

    @Test
    void symbolicLinksAreReportedNotFollowed() throws IOException {
        TempRepo repo = TempRepo.init(tmp.resolve("repo"));
        repo.write("real.yaml", "a: 1\n");
        Files.createSymbolicLink(repo.dir().resolve("link.yaml"), Path.of("real.yaml"));
        repo.git("add", ".");

        try (StagedSnapshot s = StagedSnapshot.create(repo.dir())) {
            assertThat(s.blobIds()).containsOnlyKeys("real.yaml");
            assertThat(s.skipped()).singleElement().asString().startsWith("link.yaml").contains("symbolic link");
        }
    }

    @Test
    void mapsPathsFromASubfolderIntoTheSnapshot() throws IOException {
        TempRepo repo = TempRepo.init(tmp.resolve("repo"));
        repo.write("svc/src/A.java", "class A {}\n");
        repo.git("add", ".");

        try (StagedSnapshot s = StagedSnapshot.create(repo.dir().resolve("svc"))) {
            assertThat(s.repository()).isEqualTo(repo.dir().toRealPath());
            assertThat(s.inSnapshot(repo.dir().resolve("svc"))).isEqualTo(s.folder().resolve("svc"));
            assertThat(s.inSnapshot(repo.dir())).isEqualTo(s.folder());
            assertThat(s.contains(tmp)).isFalse();
            assertThat(s.folder().resolve("svc/src/A.java")).exists();
        }
    }

    @Test
    void closeDeletesTheFolder() throws IOException {
        TempRepo repo = TempRepo.init(tmp.resolve("repo"));
        repo.write("A.java", "class A {}\n");
        repo.git("add", ".");
        StagedSnapshot s = StagedSnapshot.create(repo.dir());
        s.close();
        assertThat(s.folder()).doesNotExist();
    }

    @Test
    void outsideARepositoryItSaysSo() {
        assertThatThrownBy(() -> StagedSnapshot.create(tmp))
                .isInstanceOf(GitException.class)
                .hasMessageContaining("not a git repository");
    }
}
