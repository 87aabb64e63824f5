package dev.tokenlint.cli;

import dev.tokenlint.core.engine.LintRequest;
import dev.tokenlint.core.git.GitException;
import dev.tokenlint.core.staged.StagedIndex;
import dev.tokenlint.core.staged.StagedSnapshot;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code scan --staged}: the request is moved into a snapshot of the git index. The snapshot has
 * the repository's layout, so the root moves with it and every location stays the same relative
 * path a scan of the working tree shows.
 */
final class StagedScan {

    private StagedScan() {
    }

    /** Snapshot of the repository holding {@code root}, with the config file staged too. */
    static StagedSnapshot snapshot(Path root, Path configFile) {
        return snapshot(root, configFile, null, List.of());
    }

    /**
     * Snapshot that leaves out the Java files {@code index} knows by path and blob id (all are
     * written when {@code index} is null); files named on the command line are always written.
     */
    static StagedSnapshot snapshot(Path root, Path configFile, StagedIndex index, List<Path> named) {
        Path config = configFile.toAbsolutePath().normalize();
        try {
            return StagedSnapshot.create(root, p -> StagedSnapshot.scanned(p)
                    || config.endsWith(Path.of(p.replace('/', java.io.File.separatorChar))),
                    (path, blob) -> index == null || !index.knows(path, blob)
                            || named.stream().anyMatch(n -> n.endsWith(Path.of(path.replace('/', java.io.File.separatorChar)))));
        } catch (GitException e) {
            throw new UsageException("--staged: " + e.getMessage());
        }
    }

    /**
     * {@code request} with its root, sources and config (when inside the repository) taken from
     * the snapshot. Baseline and extra OpenAPI files named on the command line are read as they are.
     */
    static LintRequest request(LintRequest request, StagedSnapshot snapshot) {
        if (!snapshot.contains(request.root())) {
            throw new UsageException("--staged: " + request.root() + " is outside the repository " + snapshot.repository());
        }
        List<Path> sources = new ArrayList<>();
        for (Path p : request.sourcePaths()) {
            if (!snapshot.contains(p)) {
                throw new UsageException("--staged: " + p + " is outside the repository " + snapshot.repository());
            }
            sources.add(snapshot.inSnapshot(p));
        }
        Path config = request.configFile();
        if (config != null && snapshot.contains(config)) {
            config = snapshot.inSnapshot(config);
        }
        return new LintRequest(snapshot.inSnapshot(request.root()), config, sources, request.asOf(),
                request.baselineFile(), request.noIgnores(), request.extraOpenApi());
    }

    /**
     * A note when the config exists in the working tree but not in the index: the staged scan
     * then runs without it, as a checkout of the commit would, and the user should know why.
     */
    static String unstagedConfigNote(LintRequest original, LintRequest staged) {
        Path config = original.configFile();
        if (config != null && java.nio.file.Files.isRegularFile(config) && staged.configFile() != null
                && !java.nio.file.Files.exists(staged.configFile())) {
            return "tokenlint: note: " + original.root().relativize(config.toAbsolutePath().normalize())
                    + " is not staged; checking the staged files without it (git add it to use it)";
        }
        return null;
    }

    /** One note line per staged file that could not be checked (symbolic links, conflicts). */
    static void noteSkipped(StagedSnapshot snapshot, PrintWriter err) {
        for (String s : snapshot.skipped()) {
            err.println("tokenlint: note: staged " + s + " not checked");
        }
        err.flush();
    }
}
