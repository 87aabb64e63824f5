package dev.tokenlint.cli;

import dev.tokenlint.core.git.GitException;
import dev.tokenlint.core.hooks.PreCommitHook;
import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code tokenlint install-hook}: a git pre-commit hook that runs {@code tokenlint scan --staged}. */
@Command(name = "install-hook", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Write a git pre-commit hook that runs 'tokenlint scan --staged'.",
                "The hook goes where git looks for hooks (core.hooksPath is honoured). It starts $TOKENLINT "
                        + "if set, else 'tokenlint' from the PATH, else this installation."})
final class InstallHookCommand implements Callable<Integer> {

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "REPO", arity = "0..1", description = "A folder in the repository. Default: the current folder.")
    Path repository;

    @Option(names = "--force",
            description = "Replace a pre-commit hook that tokenlint did not write (it is kept as pre-commit.tokenlint-backup).")
    boolean force;

    @Override
    public Integer call() throws IOException {
        Path dir = (repository == null ? Path.of("") : repository).toAbsolutePath().normalize();
        if (!Files.isDirectory(dir)) {
            throw new UsageException("not a folder: " + repository);
        }
        PreCommitHook.Installed done;
        try {
            done = new PreCommitHook(selfCommand()).install(dir, force);
        } catch (GitException | PreCommitHook.ForeignHookException e) {
            throw new UsageException(e.getMessage());
        }
        String what = switch (done.outcome()) {
            case INSTALLED -> "installed the pre-commit hook";
            case UPDATED -> "updated the pre-commit hook";
            case UNCHANGED -> "the pre-commit hook is already installed";
            case REPLACED -> "replaced the pre-commit hook (the old one is kept as " + done.backup() + ")";
        };
        spec.commandLine().getOut().println("tokenlint: " + what + ": " + done.hook());
        return 0;
    }

    /**
     * A shell command that starts this installation of tokenlint: the launcher {@code bin/tokenlint}
     * when the jar sits in its build folder next to it, else this JVM with the jar or class path.
     */
    static String selfCommand() {
        String java = PreCommitHook.shellQuote(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        Path self = null;
        try {
            self = Path.of(TokenlintCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException | SecurityException | NullPointerException e) {
            self = null;
        }
        if (self != null && Files.isRegularFile(self) && self.toString().endsWith(".jar")) {
            Path jar = self.toAbsolutePath().normalize();
            Path launcher = jar.getParent() == null || jar.getParent().getParent() == null ? null
                    : jar.getParent().getParent().resolveSibling("bin").resolve("tokenlint");
            if (launcher != null && Files.isExecutable(launcher)) {
                return PreCommitHook.shellQuote(launcher.toString());
            }
            return java + " -jar " + PreCommitHook.shellQuote(jar.toString());
        }
        List<String> entries = new ArrayList<>();
        for (String e : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (!e.isEmpty()) {
                entries.add(Path.of(e).toAbsolutePath().normalize().toString());
            }
        }
        return java + " -cp " + PreCommitHook.shellQuote(String.join(File.pathSeparator, entries)) + " "
                + TokenlintCommand.class.getName();
    }
}
