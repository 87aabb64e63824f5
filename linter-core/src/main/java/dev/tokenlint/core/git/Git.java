package dev.tokenlint.core.git;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * Runs the {@code git} command line in one folder. tokenlint uses git's own plumbing instead of
 * reading {@code .git} itself, so worktrees, {@code core.hooksPath}, {@code GIT_INDEX_FILE} (set
 * by git while a pre-commit hook runs) and every index format are handled the way git handles them.
 */
public final class Git {

    private final Path directory;

    /** Git commands run in {@code directory} (any folder inside a work tree). */
    public Git(Path directory) {
        this.directory = directory.toAbsolutePath().normalize();
    }

    /** The folder commands run in. */
    public Path directory() {
        return directory;
    }

    /**
     * The top folder of the work tree that contains {@link #directory()}.
     *
     * @throws GitException when the folder is not inside a git work tree
     */
    public Path topLevel() {
        Result r = run(null, "rev-parse", "--show-toplevel");
        if (r.exitCode() != 0) {
            if (r.error().contains("not a git repository")) {
                throw new GitException("not a git repository: " + directory);
            }
            throw new GitException("not inside a git work tree: " + directory + firstLine(r.error()));
        }
        return Path.of(r.text().strip()).toAbsolutePath().normalize();
    }

    /**
     * Where git keeps {@code name} for this repository ({@code git rev-parse --git-path}): honours
     * {@code core.hooksPath} for {@code hooks} and the common folder of linked worktrees.
     */
    public Path gitPath(String name) {
        String out = runChecked("rev-parse", "--git-path", name).strip();
        return directory.resolve(out).normalize();
    }

    /** The value of a git config key, if set. */
    public Optional<String> config(String key) {
        Result r = run(null, "config", "--get", key);
        return r.exitCode() == 0 ? Optional.of(r.text().strip()) : Optional.empty();
    }

    /** Runs {@code git args}, returns its standard output, throws a {@link GitException} on failure. */
    public String runChecked(String... args) {
        Result r = run(null, args);
        if (r.exitCode() != 0) {
            throw new GitException("git " + args[0] + " failed" + firstLine(r.error()));
        }
        return r.text();
    }

    /** Runs {@code git args} feeding {@code input} (may be null) and returns output, errors and exit code. */
    public Result run(byte[] input, String... args) {
        List<String> command = new ArrayList<>(args.length + 1);
        command.add("git");
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(directory.toFile());
        Process p;
        try {
            p = pb.start();
        } catch (IOException e) {
            throw new GitException("cannot run git (is it installed and on the PATH?): " + e.getMessage(), e);
        }
        CompletableFuture<byte[]> err = CompletableFuture.supplyAsync(() -> readAll(p.getErrorStream()));
        CompletableFuture<Void> feed = CompletableFuture.runAsync(() -> {
            try (var in = p.getOutputStream()) {
                if (input != null) {
                    in.write(input);
                }
            } catch (IOException e) {
                // git stopped reading; its exit code tells what happened
            }
        });
        byte[] out = readAll(p.getInputStream());
        try {
            int code = p.waitFor();
            feed.join();
            return new Result(code, out, new String(err.join(), StandardCharsets.UTF_8));
        } catch (InterruptedException e) {
            p.destroy();
            Thread.currentThread().interrupt();
            throw new GitException("interrupted while running git " + args[0], e);
        }
    }

    private static byte[] readAll(InputStream in) {
        try (in; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            in.transferTo(out);
            return out.toByteArray();
        } catch (IOException e) {
            return new byte[0];
        }
    }

    private static String firstLine(String error) {
        String s = error.strip();
        int nl = s.indexOf('\n');
        s = nl < 0 ? s : s.substring(0, nl);
        return s.isEmpty() ? "" : ": " + s;
    }

    /** True when {@code dir} is inside a git work tree; never throws. */
    public static boolean isWorkTree(Path dir) {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try {
            Result r = new Git(dir).run(null, "rev-parse", "--is-inside-work-tree");
            return r.exitCode() == 0 && r.text().strip().equals("true");
        } catch (GitException e) {
            return false;
        }
    }

    /**
     * What a git command printed and returned.
     *
     * @param exitCode git's exit code
     * @param output   standard output, raw bytes (file names may be in any encoding)
     * @param error    standard error as text, for messages
     */
    public record Result(int exitCode, byte[] output, String error) {
        /** Standard output as UTF-8 text. */
        public String text() {
            return new String(output, StandardCharsets.UTF_8);
        }
    }
}
