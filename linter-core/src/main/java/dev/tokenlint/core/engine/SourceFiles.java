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
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

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
                            if (!dir.equals(start) && folderSkipped(dir.getFileName().toString(), () -> relative(dir))) {
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
     * Whether a walk of {@code paths} (root when empty) would list a file, judged by its path alone:
     * for files that are not on disk (a staged scan's unchanged files). The predicate takes paths
     * relative to {@code folder} (with {@code /}) and remembers each folder's verdict, so thousands
     * of files cost one check per folder, and no {@link Path} per file.
     */
    public Predicate<String> selectorUnder(Path folder, List<Path> paths) {
        Path base = folder.toAbsolutePath().normalize();
        Path absRoot = root.toAbsolutePath().normalize();
        String rootInBase = absRoot.startsWith(base) ? slashed(base.relativize(absRoot)) : null;
        // each start relative to the folder; a start outside it holds none of its files
        List<String> starts = new ArrayList<>();
        for (Path p : paths.isEmpty() ? List.of(root) : paths) {
            Path abs = p.toAbsolutePath().normalize();
            if (abs.startsWith(base)) {
                starts.add(slashed(base.relativize(abs)));
            }
        }
        Function<String, String> fromRoot = rel -> {
            if (rootInBase != null && rootInBase.isEmpty()) {
                return rel;
            }
            if (rootInBase != null && isBelow(rel, rootInBase)) {
                return rel.substring(rootInBase.length() + 1);
            }
            return slashed(base.resolve(rel)); // outside the root: absolute, as relative(Path) gives it
        };
        Map<String, Boolean> folderVerdicts = new HashMap<>();
        return rel -> {
            for (String start : starts) {
                if (rel.equals(start)) {
                    return true;
                }
                if ((start.isEmpty() || isBelow(rel, start)) && wanted(rel.substring(rel.lastIndexOf('/') + 1),
                        () -> fromRoot.apply(rel)) && !skippedBelow(parent(rel), start, fromRoot, folderVerdicts)) {
                    return true;
                }
            }
            return false;
        };
    }

    /** Whether a walk from {@code start} skips folder {@code dir} or a folder between them (both relative, with {@code /}). */
    private boolean skippedBelow(String dir, String start, Function<String, String> fromRoot,
                                 Map<String, Boolean> verdicts) {
        if (dir.isEmpty() || dir.equals(start) || !start.isEmpty() && !isBelow(dir, start)) {
            return false;
        }
        Boolean known = verdicts.get(dir);
        if (known != null) {
            return known;
        }
        boolean skipped = folderSkipped(dir.substring(dir.lastIndexOf('/') + 1), () -> fromRoot.apply(dir))
                || skippedBelow(parent(dir), start, fromRoot, verdicts);
        verdicts.put(dir, skipped);
        return skipped;
    }

    /** Whether a walk skips a folder named {@code name} (its path from the root given on demand). */
    private boolean folderSkipped(String name, Supplier<String> fromRoot) {
        if (SKIPPED_DIRS.contains(name)) {
            return true;
        }
        if (exclude.isEmpty()) {
            return false;
        }
        String rel = fromRoot.get();
        return exclude.stream().anyMatch(g -> g.matches(rel));
    }

    private boolean wanted(Path file) {
        return wanted(file.getFileName().toString(), () -> relative(file));
    }

    /** Whether a walk lists a file named {@code name} (its path from the root given on demand). */
    private boolean wanted(String name, Supplier<String> fromRoot) {
        int dot = name.lastIndexOf('.');
        if (dot < 0 || !EXTENSIONS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT))) {
            return false;
        }
        if (exclude.isEmpty() && include.isEmpty()) {
            return true;
        }
        String rel = fromRoot.get();
        if (exclude.stream().anyMatch(g -> g.matches(rel))) {
            return false;
        }
        return include.isEmpty() || include.stream().anyMatch(g -> g.matches(rel));
    }

    private static boolean isBelow(String path, String folder) {
        return path.length() > folder.length() && path.startsWith(folder) && path.charAt(folder.length()) == '/';
    }

    private static String parent(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "" : path.substring(0, slash);
    }

    private static String slashed(Path p) {
        return p.toString().replace('\\', '/');
    }

    /** {@code file} relative to the root, with {@code /}; absolute when outside the root. */
    public String relative(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        Path rel = abs.startsWith(root) ? root.relativize(abs) : abs;
        String s = rel.toString().replace('\\', '/');
        return s.isEmpty() ? "." : s;
    }
}
