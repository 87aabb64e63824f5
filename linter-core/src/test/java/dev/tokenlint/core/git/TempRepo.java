package dev.tokenlint.core.git;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A throw-away git repository for tests, driven through the real git command line. */
public final class TempRepo {

    private final Path dir;

    private TempRepo(Path dir) {
        this.dir = dir;
    }

    /** {@code git init} in {@code dir}. */
    public static TempRepo init(Path dir) throws IOException {
        Files.createDirectories(dir);
        TempRepo repo = new TempRepo(dir.toAbsolutePath().normalize());
        repo.git("init", "-q", "-b", "main");
        return repo;
    }

    public Path dir() {
        return dir;
    }

    /** Runs git with a fixed identity and no user hooks; fails the test on a non-zero exit. */
    public String git(String... args) {
        List<String> all = new ArrayList<>(List.of("-c", "user.name=Test", "-c", "user.email=test@example.invalid",
                "-c", "commit.gpgsign=false", "-c", "core.autocrlf=false"));
        all.addAll(List.of(args));
        Git.Result r = new Git(dir).run(null, all.toArray(String[]::new));
        if (r.exitCode() != 0) {
            throw new AssertionError("git " + String.join(" ", args) + " failed: " + r.error());
        }
        return r.text();
    }

    /** Writes a file (creating folders) in the work tree. */
    public Path write(String relative, String text) throws IOException {
        Path p = dir.resolve(relative);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }
}
