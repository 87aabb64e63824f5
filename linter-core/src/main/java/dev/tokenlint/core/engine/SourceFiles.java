package dev.tokenlint.core.engine;

import dev.tokenlint.core.config.Glob;
import dev.tokenlint.core.config.SourceSelection;
import dev.tokenlint.core.input.Location;
import dev.tokenlint.core.scan.InputProblem;
import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Finds the files a scan reads under the given paths: Java sources, Spring Boot configuration
 * and other text files that may hold a pasted token. Skips build output and VCS folders,
 * honours the config's include and exclude globs, and turns unreadable folders and symlink
 * loops into {@link InputProblem}s instead of failing.
 */
public final class SourceFiles {

    /** Folders never worth scanning. */
    private static final Set<String> SKIPPED_DIRS = Set.of(".git", ".hg", ".svn", "target", "build", "node_modules",
            ".idea", ".gradle", ".mvn", ".tokenlint-cache");

    private static final Set<String> EXTENSIONS = Set.of("java", "properties", "yaml", "yml", "json");

    private final Path root;
    private final List<Glob> include;
    private final List<Glob> exclude;

    public SourceFiles(Path root, SourceSelection selection) {
        this.root = root;
        this.include = selection.include().stream().map(Glob::of).toList();
        this.exclude = selection.exclude().stream().map(Glob::of).toList();
    }

    /** The files found, sorted, and the problems met while walking. */
    public record Listing(List<Path> files, List<InputProblem> problems) {
    }

    /** Walks {@code paths} (root when empty). */
    public Listing list(List<Path> paths) {
        TreeSet<Path> files = new TreeSet<>();
        List<InputProblem> problems = new ArrayList<>();
        List<Path> starts = paths.isEmpty() ? List.of(root) : paths;
        for (Path start : starts) {
            Path abs = start.toAbsolutePath().normalize();
            if (!Files.exists(abs)) {
                problems.add(new InputProblem(Location.ofFile(relative(abs)), "no such file or directory", "source"));
                continue;
            }
            if (Files.isRegularFile(abs)) {
                files.add(abs);
                continue;
            }
            walk(abs, files, problems);
        }
        return new Listing(List.copyOf(files), problems);
    }

    private void walk(Path start, TreeSet<Path> files, List<InputProblem> problems) {
        try {
            Files.walkFileTree(start, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                    new SimpleFileVisitor<>() {
                        @Override
                        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                            if (!dir.equals(start) && SKIPPED_DIRS.contains(dir.getFileName().toString())) {
                                return FileVisitResult.SKIP_SUBTREE;
                            }
                            String rel = relative(dir);
                            if (!dir.equals(start) && exclude.stream().anyMatch(g -> g.matches(rel))) {
                                return FileVisitResult.SKIP_SUBTREE;
                            }
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                            if (attrs.isRegularFile() && wanted(file)) {
                                files.add(file);
                            }
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFileFailed(Path file, IOException e) {
                            String why = e instanceof FileSystemLoopException ? "symbolic link loop, not followed"
                                    : "cannot read: " + e.getClass().getSimpleName();
                            problems.add(new InputProblem(Location.ofFile(relative(file)), why, "source"));
                            return FileVisitResult.CONTINUE;
                        }
                    });
        } catch (IOException e) {
            problems.add(new InputProblem(Location.ofFile(relative(start)), "cannot read folder", "source"));
        }
    }

    /**
     * Whether a walk of {@code paths} (root when empty) would list {@code file}, judged by its path
     * alone: for files that are not on disk (a staged scan's unchanged files).
     */
    public boolean selects(Path file, List<Path> paths) {
        return selector(paths).test(file);
    }

    /**
     * {@link #selects(Path, List)} for many files: remembers each folder's verdict, so a staged
     * scan's thousands of unchanged files cost one check per folder, not per file and folder.
     */
    public java.util.function.Predicate<Path> selector(List<Path> paths) {
        List<Path> starts = (paths.isEmpty() ? List.of(root) : paths).stream()
                .map(p -> p.toAbsolutePath().normalize()).toList();
        java.util.Map<Path, Boolean> folderSkipped = new java.util.HashMap<>();
        return file -> {
            Path abs = file.toAbsolutePath().normalize();
            for (Path start : starts) {
                if (abs.equals(start)) {
                    return true;
                }
                if (abs.startsWith(start) && wanted(abs) && !skippedBelow(abs.getParent(), start, folderSkipped)) {
                    return true;
                }
            }
            return false;
        };
    }

    /** Whether a walk from {@code start} skips {@code dir} or a folder between them. */
    private boolean skippedBelow(Path dir, Path start, java.util.Map<Path, Boolean> known) {
        if (dir == null || dir.equals(start) || !dir.startsWith(start)) {
            return false;
        }
        Boolean k = known.get(dir);
        if (k != null) {
            return k;
        }
        boolean skipped = SKIPPED_DIRS.contains(dir.getFileName().toString())
                || (!exclude.isEmpty() && exclude.stream().anyMatch(g -> g.matches(relative(dir))))
                || skippedBelow(dir.getParent(), start, known);
        known.put(dir, skipped);
        return skipped;
    }

    private boolean wanted(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        if (dot < 0 || !EXTENSIONS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT))) {
            return false;
        }
        if (exclude.isEmpty() && include.isEmpty()) {
            return true;
        }
        String rel = relative(file);
        if (exclude.stream().anyMatch(g -> g.matches(rel))) {
            return false;
        }
        return include.isEmpty() || include.stream().anyMatch(g -> g.matches(rel));
    }

    /** {@code file} relative to the root, with {@code /}; absolute when outside the root. */
    public String relative(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        Path rel = abs.startsWith(root) ? root.relativize(abs) : abs;
        String s = rel.toString().replace('\\', '/');
        return s.isEmpty() ? "." : s;
    }
}
