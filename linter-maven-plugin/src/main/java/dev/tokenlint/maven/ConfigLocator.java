package dev.tokenlint.maven;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Finds the {@code tokenlint.yaml} that applies to a module: its own, or else the nearest one in
 * a parent folder, never looking above the top of the build. This is how a config at the root of
 * a multi-module build covers every module that has none of its own.
 */
final class ConfigLocator {

    static final String FILE_NAME = "tokenlint.yaml";

    private final Path top;

    /** @param top the highest folder searched (the multi-module root); folders above it are never read */
    ConfigLocator(Path top) {
        this.top = top.toAbsolutePath().normalize();
    }

    /** The config for the module in {@code basedir}, or empty when neither it nor a parent up to the top has one. */
    Optional<Path> locate(Path basedir) {
        Path dir = basedir.toAbsolutePath().normalize();
        while (dir != null) {
            Path candidate = dir.resolve(FILE_NAME);
            if (Files.isRegularFile(candidate)) {
                return Optional.of(candidate);
            }
            if (dir.equals(top) || !dir.startsWith(top)) {
                return Optional.empty();
            }
            dir = dir.getParent();
        }
        return Optional.empty();
    }

    /**
     * The top of the build for {@code basedir}: the highest of the candidate folders that contains
     * it, or {@code basedir} itself when none does.
     */
    static Path topOf(Path basedir, Path... candidates) {
        Path base = basedir.toAbsolutePath().normalize();
        Path best = base;
        for (Path c : candidates) {
            if (c == null) {
                continue;
            }
            Path abs = c.toAbsolutePath().normalize();
            if (base.startsWith(abs) && abs.getNameCount() < best.getNameCount()) {
                best = abs;
            }
        }
        return best;
    }
}
