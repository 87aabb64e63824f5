package dev.tokenlint.core.engine;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What to lint. The CLI and the Maven plugin both build one of these and call
 * {@link LintEngine#run(LintRequest)}.
 *
 * @param root          the folder that locations are relative to
 * @param configFile    tokenlint.yaml, or null to run without one (a missing file is also "none")
 * @param sourcePaths   files or folders to scan; empty means {@code root}
 * @param asOf          the day date rules count from
 * @param baselineFile  baseline to apply, or null for the config's {@code baseline} (if any)
 * @param noIgnores     auditor mode: suppressed and baselined findings are reported as open
 * @param extraOpenApi  OpenAPI specs to import on top of the bundled catalog and the config's
 */
public record LintRequest(Path root, Path configFile, List<Path> sourcePaths, LocalDate asOf, Path baselineFile,
                          boolean noIgnores, List<Path> extraOpenApi) {

    public LintRequest {
        Objects.requireNonNull(root, "root");
        root = root.toAbsolutePath().normalize();
        sourcePaths = List.copyOf(sourcePaths);
        Objects.requireNonNull(asOf, "asOf");
        extraOpenApi = List.copyOf(extraOpenApi);
    }

    /** A request for {@code root} with its {@code tokenlint.yaml}, as of today. */
    public static LintRequest of(Path root) {
        Path r = root.toAbsolutePath().normalize();
        return new LintRequest(r, r.resolve("tokenlint.yaml"), List.of(), LocalDate.now(), null, false, List.of());
    }

    public LintRequest withAsOf(LocalDate day) {
        return new LintRequest(root, configFile, sourcePaths, day, baselineFile, noIgnores, extraOpenApi);
    }

    public LintRequest withConfig(Path file) {
        return new LintRequest(root, file, sourcePaths, asOf, baselineFile, noIgnores, extraOpenApi);
    }

    public LintRequest withSourcePaths(List<Path> paths) {
        return new LintRequest(root, configFile, paths, asOf, baselineFile, noIgnores, extraOpenApi);
    }

    public LintRequest withBaseline(Path file) {
        return new LintRequest(root, configFile, sourcePaths, asOf, file, noIgnores, extraOpenApi);
    }

    public LintRequest withNoIgnores(boolean value) {
        return new LintRequest(root, configFile, sourcePaths, asOf, baselineFile, value, extraOpenApi);
    }

    public LintRequest withExtraOpenApi(List<Path> specs) {
        return new LintRequest(root, configFile, sourcePaths, asOf, baselineFile, noIgnores, specs);
    }
}
