package dev.tokenlint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

/** Runs git in a test repository and fails the test when git does. */
final class TestGit {

    private TestGit() {
    }

    static void git(Path dir, String... args) throws Exception {
        String[] all = new String[args.length + 1];
        all[0] = "git";
        System.arraycopy(args, 0, all, 1, args.length);
        assertThat(new ProcessBuilder(all).directory(dir.toFile()).start().waitFor()).isZero();
    }
}
