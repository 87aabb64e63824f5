package dev.tokenlint.core.staged;

import dev.tokenlint.core.git.Git;
import dev.tokenlint.core.git.GitException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * The staged content of a repository (its git index, what the next commit will hold), written
 * into a temporary folder with the repository's layout, so that scanning that folder gives what
 * a full scan of a checkout of the index would give, with the same relative paths.
 *
 * <p>Only the files a scan reads are written (by default Java sources, properties, YAML and
 * JSON). The index is read with git's plumbing ({@code ls-files -s -z}, {@code checkout-index}),
 * so a repository without commits, a detached HEAD, staged renames and deletions, and the
 * temporary index git uses while a pre-commit hook runs ({@code GIT_INDEX_FILE}) all work the
 * way git itself sees them. Close the snapshot to delete the folder.
 */
public final class StagedSnapshot implements AutoCloseable {

    /** File name extensions a scan reads. */
    public static final Set<String> SCANNED_EXTENSIONS = Set.of("java", "properties", "yaml", "yml", "json");

    private final Path repository;
    private final Path folder;
    private final Map<String, String> blobIds;
    /** Files of {@link #blobIds} not written yet (see {@link #materialise(Collection)}). */
    private final Set<String> unwritten = new java.util.HashSet<>();
    private final Git git;
    private final List<String> skipped;
    /** Deletes the folder if the JVM is stopped (Ctrl-C in a hook) before {@link #close()}. */
    private final Thread cleanupOnExit;

    private StagedSnapshot(Path repository, Path folder, Map<String, String> blobIds, List<String> skipped) {
        this.repository = repository;
        this.git = new Git(repository);
        this.folder = folder;
        this.blobIds = Collections.unmodifiableMap(blobIds);
        this.skipped = List.copyOf(skipped);
        this.cleanupOnExit = new Thread(this::deleteFolder, "tokenlint-staged-cleanup");
        Runtime.getRuntime().addShutdownHook(cleanupOnExit);
    }

    /** True for the file names a scan reads (by extension). */
    public static boolean scanned(String path) {
        int dot = path.lastIndexOf('.');
        int slash = path.lastIndexOf('/');
        return dot > slash && SCANNED_EXTENSIONS.contains(path.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    /** Snapshot of the files {@link #scanned(String)} accepts. */
    public static StagedSnapshot create(Path anywhereInRepository) {
        return create(anywhereInRepository, StagedSnapshot::scanned);
    }

    /**
     * Writes the staged content of the files {@code wanted} accepts (paths relative to the top of
     * the work tree, with {@code /}) into a new temporary folder.
     *
     * @throws GitException when {@code anywhereInRepository} is not in a git work tree or git fails
     */
    public static StagedSnapshot create(Path anywhereInRepository, Predicate<String> wanted) {
        return create(anywhereInRepository, wanted, (path, blob) -> true);
    }

    /**
     * Like {@link #create(Path, Predicate)}, but writes only the wanted files {@code writeNow} accepts
     * (given path and blob id); the others stay in {@link #blobIds()} and are written on demand by
     * {@link #materialise(Collection)} (a staged scan leaves out files whose results it knows).
     */
    public static StagedSnapshot create(Path anywhereInRepository, Predicate<String> wanted,
                                        java.util.function.BiPredicate<String, String> writeNow) {
        Path top = new Git(anywhereInRepository).topLevel();
        Git git = new Git(top);
        Git.Result listed = git.run(null, "ls-files", "--stage", "-z");
        if (listed.exitCode() != 0) {
            throw new GitException("cannot read the git index of " + top + ": " + listed.error().strip());
        }
        // git lists the index sorted by path, so insertion order is a stable, sorted order
        Map<String, String> blobs = new LinkedHashMap<>();
        List<String> skipped = new ArrayList<>();
        Map<String, Integer> unmerged = new LinkedHashMap<>();
        String out = new String(listed.output(), StandardCharsets.UTF_8);
        for (int from = 0, end; from < out.length(); from = end + 1) {
            end = out.indexOf('\0', from);
            if (end < 0) {
                end = out.length();
            }
            // <mode> SP <object> SP <stage> TAB <path>
            int tab = out.indexOf('\t', from);
            int sp1 = out.indexOf(' ', from);
            int sp2 = sp1 < 0 ? -1 : out.indexOf(' ', sp1 + 1);
            if (tab < 0 || tab > end || sp2 < 0 || sp2 > tab) {
                continue; // not an index entry (nothing else is listed)
            }
            String path = out.substring(tab + 1, end);
            if (!wanted.test(path)) {
                continue;
            }
            String mode = out.substring(from, sp1);
            if (!out.startsWith("0", sp2 + 1) || tab != sp2 + 2) {
                unmerged.merge(path, 1, Integer::sum);
            } else if (mode.equals("100644") || mode.equals("100755")) {
                blobs.put(path, out.substring(sp1 + 1, sp2));
            } else {
                skipped.add(path + (mode.equals("120000") ? " (symbolic link, not followed)"
                        : mode.equals("160000") ? " (submodule)" : " (mode " + mode + ")"));
            }
        }
        for (String path : unmerged.keySet()) {
            skipped.add(path + " (unmerged: resolve the conflict and stage the file)");
        }
        Path folder;
        try {
            folder = Files.createTempDirectory(temporaryParent(), "tokenlint-staged-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary folder for the staged files", e);
        }
        StagedSnapshot snapshot = new StagedSnapshot(top, folder, blobs, skipped);
        List<String> now = new ArrayList<>();
        blobs.forEach((path, blob) -> {
            if (writeNow.test(path, blob)) {
                now.add(path);
            } else {
                snapshot.unwritten.add(path);
            }
        });
        try {
            snapshot.checkOut(now);
        } catch (RuntimeException e) {
            snapshot.close();
            throw e;
        }
        return snapshot;
    }

    /**
     * Where snapshots go: {@code $TOKENLINT_TMPDIR} if set, else a memory-backed folder when the
     * system has one ({@code $XDG_RUNTIME_DIR}, {@code /dev/shm}), else the JVM's temporary folder.
     * Creating thousands of small files is many times faster on tmpfs than on a journalled disk
     * file system (measured: 10,000 files in 0.24 s on /dev/shm, 7.5 s on ext4), and the snapshot
     * lives only for one run.
     */
    static Path temporaryParent() {
        List<String> candidates = new ArrayList<>();
        candidates.add(System.getenv("TOKENLINT_TMPDIR"));
        candidates.add(System.getenv("XDG_RUNTIME_DIR"));
        candidates.add("/dev/shm");
        for (String c : candidates) {
            if (c == null || c.isBlank()) {
                continue;
            }
            Path p = Path.of(c);
            if (Files.isDirectory(p) && Files.isWritable(p)) {
                return p;
            }
        }
        return Path.of(System.getProperty("java.io.tmpdir"));
    }

    /**
     * Writes these staged files (paths relative to the repository, with {@code /}) into the folder
     * if they are not there yet. Safe to call from several threads.
     */
    public synchronized void materialise(Collection<String> paths) {
        List<String> now = new ArrayList<>();
        for (String p : paths) {
            if (unwritten.remove(p)) {
                now.add(p);
            }
        }
        checkOut(now);
    }

    /**
     * Calls {@code action} with the path (relative to the repository) and blob id of each staged
     * file not written into the folder (yet), in the order of {@link #blobIds()}.
     */
    public synchronized void forEachUnwritten(java.util.function.BiConsumer<String, String> action) {
        blobIds.forEach((path, blob) -> {
            if (unwritten.contains(path)) {
                action.accept(path, blob);
            }
        });
    }

    private void checkOut(List<String> wantedPaths) {
        if (wantedPaths.isEmpty()) {
            return;
        }
        ByteArrayOutputStream paths = new ByteArrayOutputStream();
        for (String p : wantedPaths) {
            paths.writeBytes(p.getBytes(StandardCharsets.UTF_8));
            paths.write(0);
        }
        // checkout-index writes exactly what 'git checkout' would (eol and smudge filters applied)
        String prefix = folder.toString() + folder.getFileSystem().getSeparator();
        Git.Result r = git.run(paths.toByteArray(), "checkout-index", "-z", "--stdin", "--prefix=" + prefix);
        if (r.exitCode() != 0) {
            throw new GitException("cannot write the staged files: " + r.error().strip());
        }
    }

    /** The top folder of the work tree the snapshot was taken from. */
    public Path repository() {
        return repository;
    }

    /** The temporary folder holding the staged files, laid out like the repository. */
    public Path folder() {
        return folder;
    }

    /**
     * Where {@code path} (a file or folder in the work tree) is in the snapshot.
     *
     * @throws IllegalArgumentException when {@code path} is outside the repository
     */
    public Path inSnapshot(Path path) {
        Path rel = relativeToRepository(path);
        return rel.toString().isEmpty() ? folder : folder.resolve(rel.toString());
    }

    /** True when {@code path} lies inside the repository's work tree. */
    public boolean contains(Path path) {
        try {
            relativeToRepository(path);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private Path relativeToRepository(Path path) {
        Path abs = real(path);
        Path top = real(repository);
        if (!abs.startsWith(top)) {
            throw new IllegalArgumentException(path + " is outside the repository " + repository);
        }
        return top.relativize(abs);
    }

    /** The path with symbolic links resolved as far as it exists (git reports resolved paths). */
    private static Path real(Path path) {
        Path abs = path.toAbsolutePath().normalize();
        Path existing = abs;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return abs;
        }
        try {
            return existing.toRealPath().resolve(existing.relativize(abs)).normalize();
        } catch (IOException e) {
            return abs;
        }
    }

    /**
     * Staged files wanted (written or, see {@link #forEachUnwritten}, not), relative to the
     * repository, with their git blob ids, in the index's order (sorted by path).
     */
    public Map<String, String> blobIds() {
        return blobIds;
    }

    /** Wanted index entries not written, each with the reason (symbolic links, submodules, conflicts). */
    public List<String> skipped() {
        return skipped;
    }

    /** Deletes the temporary folder. */
    @Override
    public void close() {
        try {
            Runtime.getRuntime().removeShutdownHook(cleanupOnExit);
        } catch (IllegalStateException e) {
            // already shutting down: the hook deletes the folder
            return;
        }
        deleteFolder();
    }

    private void deleteFolder() {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> s = Files.walk(folder)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException | UncheckedIOException e) {
            // a temporary folder left behind is harmless; the OS cleans it
        }
    }
}
