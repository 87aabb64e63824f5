package dev.tokenlint.core.hooks;

import dev.tokenlint.core.git.Git;
import dev.tokenlint.core.git.GitException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * The git pre-commit hook that runs {@code tokenlint scan --staged}. Written where git looks for
 * hooks ({@code git rev-parse --git-path hooks}, so {@code core.hooksPath} and linked worktrees
 * are honoured). A hook that tokenlint did not write is never replaced unless forced, and then it
 * is kept as {@code pre-commit.tokenlint-backup}.
 */
public final class PreCommitHook {

    /** The line that marks a hook as tokenlint's own, so re-installing it is safe. */
    static final String MARKER = "# tokenlint pre-commit hook";

    /** What {@link #install} did. */
    public enum Outcome {
        /** No hook was there; tokenlint's was written. */
        INSTALLED,
        /** tokenlint's hook was there with older content and was rewritten. */
        UPDATED,
        /** tokenlint's hook was there already, unchanged. */
        UNCHANGED,
        /** A foreign hook was there; it was moved to the backup file and tokenlint's written (forced). */
        REPLACED
    }

    /**
     * The result of an install.
     *
     * @param hook    the hook file
     * @param outcome what happened
     * @param backup  where a replaced foreign hook was kept, or null
     */
    public record Installed(Path hook, Outcome outcome, Path backup) {
    }

    /** Thrown when a foreign hook is in the way and {@code force} was not given. */
    public static final class ForeignHookException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        ForeignHookException(Path hook) {
            super("a pre-commit hook that tokenlint did not write already exists: " + hook
                    + " (add a line running 'tokenlint scan --staged' to it, or use --force to replace it;"
                    + " the old hook is then kept as pre-commit.tokenlint-backup)");
        }
    }

    private final String fallbackCommand;

    /**
     * @param fallbackCommand a shell command that starts tokenlint when {@code $TOKENLINT} is unset
     *                        and no {@code tokenlint} is on the PATH (e.g. the launcher or
     *                        {@code java -jar} with the jar's absolute path); already shell-quoted
     */
    public PreCommitHook(String fallbackCommand) {
        this.fallbackCommand = fallbackCommand;
    }

    /** The hook script's text. */
    public String script() {
        return "#!/bin/sh\n"
                + MARKER + " (written by 'tokenlint install-hook'; run it again to update this file).\n"
                + "# Checks what is staged for the commit; exit 1 (findings) or 2 (bad input) stops the commit,\n"
                + "# 'git commit --no-verify' skips the check.\n"
                + "if [ -n \"$TOKENLINT\" ]; then\n"
                + "  exec $TOKENLINT scan --staged\n"
                + "elif command -v tokenlint >/dev/null 2>&1; then\n"
                + "  exec tokenlint scan --staged\n"
                + "else\n"
                + "  exec " + fallbackCommand + " scan --staged\n"
                + "fi\n";
    }

    /**
     * Installs the hook into the repository that contains {@code directory}.
     *
     * @throws GitException          when {@code directory} is not in a git repository
     * @throws ForeignHookException  when another hook is in the way and {@code force} is false
     */
    public Installed install(Path directory, boolean force) throws IOException {
        Git git = new Git(directory);
        git.topLevel();
        Path hooks = git.gitPath("hooks");
        Path hook = hooks.resolve("pre-commit");
        String script = script();
        Outcome outcome = Outcome.INSTALLED;
        Path backup = null;
        if (Files.exists(hook, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            String existing = readQuietly(hook);
            if (existing != null && existing.contains(MARKER)) {
                if (existing.equals(script) && Files.isExecutable(hook)) {
                    return new Installed(hook, Outcome.UNCHANGED, null);
                }
                outcome = Outcome.UPDATED;
            } else if (!force) {
                throw new ForeignHookException(hook);
            } else {
                backup = hooks.resolve("pre-commit.tokenlint-backup");
                Files.move(hook, backup, StandardCopyOption.REPLACE_EXISTING);
                outcome = Outcome.REPLACED;
            }
        }
        Files.createDirectories(hooks);
        Path tmp = Files.createTempFile(hooks, "pre-commit", ".tmp");
        try {
            Files.writeString(tmp, script, StandardCharsets.UTF_8);
            makeExecutable(tmp);
            Files.move(tmp, hook, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
        return new Installed(hook, outcome, backup);
    }

    private static String readQuietly(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException | java.io.UncheckedIOException e) {
            return null;
        }
    }

    private static void makeExecutable(Path file) throws IOException {
        try {
            Set<PosixFilePermission> perms = PosixFilePermissions.fromString("rwxr-xr-x");
            Files.setPosixFilePermissions(file, perms);
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system (Windows): git for Windows runs hooks without the bit
        }
    }

    /** Quotes {@code s} for a POSIX shell. */
    public static String shellQuote(String s) {
        return "'" + s.replace("'", "'\\''") + "'";
    }
}
