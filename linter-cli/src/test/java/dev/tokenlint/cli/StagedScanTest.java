package dev.tokenlint.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tokenlint.core.engine.LintRequest;
import dev.tokenlint.core.staged.StagedSnapshot;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StagedScanTest {

    @TempDir
    Path tmp;

    @Test
    void theRequestMovesIntoTheSnapshotKeepingRelativePaths() throws Exception {
        Path repo = tmp.toRealPath().resolve("repo");
        assertThat(new ProcessBuilder("git", "init", "-q", repo.toString()).start().waitFor()).isZero();
        Files.createDirectories(repo.resolve("svc/src"));
        Files.writeString(repo.resolve("svc/tokenlint.yaml"), "tokens: []\n");
        Files.writeString(repo.resolve("svc/src/A.java"), "class A {}\n");
        assertThat(new ProcessBuilder("git", "add", ".").directory(repo.toFile()).start().waitFor()).isZero();
        Path root = repo.resolve("svc");
        LintRequest request = new LintRequest(root, root.resolve("tokenlint.yaml"), List.of(root.resolve("src")),
                LocalDate.of(2026, 1, 1), null, false, List.of());

        try (StagedSnapshot s = StagedScan.snapshot(root, root.resolve("tokenlint.yaml"))) {
            LintRequest moved = StagedScan.request(request, s);
            assertThat(moved.root()).isEqualTo(s.folder().resolve("svc"));
            assertThat(moved.configFile()).isEqualTo(s.folder().resolve("svc/tokenlint.yaml")).exists();
            assertThat(moved.sourcePaths()).containsExactly(s.folder().resolve("svc/src"));
            assertThat(moved.root().relativize(moved.sourcePaths().get(0).resolve("A.java")).toString())
                    .isEqualTo(root.relativize(root.resolve("src/A.java")).toString());

            LintRequest outside = request.withSourcePaths(List.of(tmp));
            assertThatThrownBy(() -> StagedScan.request(outside, s)).isInstanceOf(UsageException.class)
                    .hasMessageContaining("outside the repository");
        }
    }
}
