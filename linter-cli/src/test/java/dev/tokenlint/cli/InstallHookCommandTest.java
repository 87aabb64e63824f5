package dev.tokenlint.cli;

import static dev.tokenlint.cli.TestGit.git;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InstallHookCommandTest {

    @TempDir
    Path tmp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return TokenlintCommand.execute(args, new PrintWriter(out), new PrintWriter(err));
    }

    @Test
    void installsOnceThenReportsItIsThere() throws Exception {
        git(tmp, "init", "-q");

        assertThat(run("install-hook", tmp.toString())).isZero();
        assertThat(out.toString()).contains("installed the pre-commit hook");
        assertThat(run("install-hook", tmp.toString())).isZero();
        assertThat(out.toString()).contains("already installed");
        assertThat(Files.readString(tmp.resolve(".git/hooks/pre-commit")))
                .contains("scan --staged").contains(TokenlintCommand.class.getName());
    }

    @Test
    void aForeignHookIsBadUsageWithoutForce() throws Exception {
        git(tmp, "init", "-q");
        Path hook = tmp.resolve(".git/hooks/pre-commit");
        Files.createDirectories(hook.getParent());
        Files.writeString(hook, "#!/bin/sh\nexit 0\n");

        assertThat(run("install-hook", tmp.toString())).isEqualTo(TokenlintCommand.EXIT_BAD_INPUT);
        assertThat(err.toString()).contains("--force").doesNotContain("Exception");
        assertThat(run("install-hook", "--force", tmp.toString())).isZero();
    }

    @Test
    void notARepositoryExitsWithTwoAndAClearMessage() throws IOException {
        assertThat(run("install-hook", tmp.toString())).isEqualTo(TokenlintCommand.EXIT_BAD_INPUT);
        assertThat(err.toString()).contains("not a git repository");
    }
}
