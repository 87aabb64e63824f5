package dev.tokenlint.core.hooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tokenlint.core.git.GitException;
import dev.tokenlint.core.git.TempRepo;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PreCommitHookTest {

    @TempDir
    Path tmp;

    private final PreCommitHook hook = new PreCommitHook("'/opt/tokenlint/bin/tokenlint'");

    @Test
    void writesAnExecutableHookIntoGitHooks() throws IOException {
        TempRepo repo = TempRepo.init(tmp.resolve("repo"));

        PreCommitHook.Installed done = hook.install(repo.dir(), false);

        Path expected = repo.dir().resolve(".git/hooks/pre-commit");
        assertThat(done.hook()).isEqualTo(expected);
        assertThat(done.outcome()).isEqualTo(PreCommitHook.Outcome.INSTALLED);
        assertThat(Files.isExecutable(expected)).isTrue();
        assertThat(Files.readString(expected)).startsWith("#!/bin/sh\n")
                .contains("scan --staged").contains("'/opt/tokenlint/bin/tokenlint'");
    }

    @Test
    void secondInstallIsIdempotentAndAnOlderOwnHookIsUpdated() throws IOException {
        TempRepo repo = TempRepo.init(tmp.resolve("repo"));
        hook.install(repo.dir(), false);

        assertThat(hook.install(repo.dir(), false).outcome()).isEqualTo(PreCommitHook.Outcome.UNCHANGED);

        PreCommitHook other = new PreCommitHook("'/elsewhere/tokenlint'");
        PreCommitHook.Installed updated = other.install(repo.dir(), false);
        assertThat(updated.outcome()).isEqualTo(PreCommitHook.Outcome.UPDATED);
        assertThat(Files.readString(updated.hook())).contains("'/elsewhere/tokenlint'");
    }

    @Test
    void honoursCoreHooksPathRelativeToTheWorkTree() throws IOException {
        TempRepo repo = TempRepo.init(tmp.resolve("repo"));
        repo.git("config", "core.hooksPath", ".githooks");
        Files.createDirectories(repo.dir().resolve("src/deep"));

        PreCommitHook.Installed done = hook.install(repo.dir().resolve("src/deep"), false);

        assertThat(done.hook()).isEqualTo(repo.dir().resolve(".githooks/pre-commit"));
        assertThat(done.hook()).exists();
        assertThat(repo.dir().resolve(".git/hooks/pre-commit")).doesNotExist();
    }

    @Test
    void linkedWorktreeUsesTheSharedHooksFolder() throws IOException {
        TempRepo repo = TempRepo.init(tmp.resolve("repo"));
        repo.write("README.md", "hello\n");
        repo.git("add", "README.md");
        repo.git("commit", "-q", "-m", "first");
        repo.git("worktree", "add", "-q", "-b", "other", tmp.resolve("linked").toString());

        PreCommitHook.Installed done = hook.install(tmp.resolve("linked"), false);

        assertThat(done.hook()).isEqualTo(repo.dir().resolve(".git/hooks/pre-commit"));
    }

    @Test
    void neverOverwritesAForeignHookWithoutForce() throws IOException {
        TempRepo repo = TempRepo.init(tmp.resolve("repo"));
        Path existing = repo.dir().resolve(".git/hooks/pre-commit");
        Files.createDirectories(existing.getParent());
        Files.writeString(existing, "#!/bin/sh\nexec ./gradlew spotlessCheck\n", StandardCharsets.UTF_8);

        assertThatThrownBy(() -> hook.install(repo.dir(), false))
                .isInstanceOf(PreCommitHook.ForeignHookException.class)
                .hasMessageContaining("--force");
        assertThat(Files.readString(existing)).contains("spotlessCheck");

        PreCommitHook.Installed forced = hook.install(repo.dir(), true);
        assertThat(forced.outcome()).isEqualTo(PreCommitHook.Outcome.REPLACED);
        assertThat(Files.readString(forced.backup())).contains("spotlessCheck");
        assertThat(Files.readString(existing)).contains("scan --staged");
    }

    @Test
    void outsideARepositoryItSaysSo() {
        assertThatThrownBy(() -> hook.install(tmp, false))
                .isInstanceOf(GitException.class)
                .hasMessageContaining("not a git repository");
    }

    @Test
    void theHookRunsTheConfiguredCommandAndPassesItsExitCode() throws Exception {
        TempRepo repo = TempRepo.init(tmp.resolve("repo"));
        Path fake = tmp.resolve("fake-tokenlint");
        Files.writeString(fake, "#!/bin/sh\necho \"$@\" > \"$(dirname \"$0\")/args\"\nexit 1\n");
        fake.toFile().setExecutable(true);
        new PreCommitHook(PreCommitHook.shellQuote(fake.toString())).install(repo.dir(), false);
        repo.write("a.txt", "x\n");
        repo.git("add", "a.txt");

        ProcessBuilder pb = new ProcessBuilder("git", "-c", "user.name=T", "-c", "user.email=t@example.invalid",
                "commit", "-q", "-m", "blocked").directory(repo.dir().toFile()).redirectErrorStream(true);
        pb.environment().put("TOKENLINT", fake.toString());
        int code = pb.start().waitFor();

        assertThat(code).as("the commit is refused when tokenlint exits 1").isNotZero();
        assertThat(Files.readString(tmp.resolve("args")).strip()).isEqualTo("scan --staged");
    }
}
