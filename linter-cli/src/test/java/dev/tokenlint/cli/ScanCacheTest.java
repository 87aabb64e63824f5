package dev.tokenlint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The cache options of {@code scan}: where the cache goes, turning it off, and a cache that cannot be written. */
class ScanCacheTest {

    @TempDir
    Path tmp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return TokenlintCommand.execute(args, new PrintWriter(out), new PrintWriter(err));
    }

    private Path project() throws Exception {
        Path root = tmp.resolve("project");
        Files.createDirectories(root.resolve("src"));
        Files.writeString(root.resolve("src/A.java"), "class A { String p = \"/api/v2/metrics\"; }\n");
        return root;
    }

    @Test
    void theDefaultCacheLivesInTheRootAndIgnoresItself() throws Exception {
        Path root = project();
        assertThat(run("scan", "--fail-on", "never", root.toString())).isZero();
        assertThat(root.resolve(".tokenlint-cache/.gitignore")).exists();
        assertThat(err.toString()).doesNotContain("cache off");
    }

    @Test
    void noCacheWritesNothing() throws Exception {
        Path root = project();
        assertThat(run("scan", "--no-cache", "--fail-on", "never", root.toString())).isZero();
        assertThat(root.resolve(".tokenlint-cache")).doesNotExist();
    }

    @Test
    void aCacheFolderThatCannotBeWrittenIsOneNoteAndTheScanGoesOn() throws Exception {
        Path root = project();
        Path blocker = Files.writeString(tmp.resolve("a-file"), "x");

        int code = run("scan", "--fail-on", "never", "--cache-dir", blocker.resolve("cache").toString(), root.toString());

        assertThat(code).isZero();
        assertThat(err.toString().lines().filter(l -> l.contains("cache off")).count()).isEqualTo(1);
        assertThat(err.toString()).contains("tokenlint: note: cache off: cannot write");
        assertThat(out.toString()).contains("tokenlint:");
    }
}
