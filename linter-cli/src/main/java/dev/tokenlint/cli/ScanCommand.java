package dev.tokenlint.cli;

import dev.tokenlint.core.engine.Baseline;
import dev.tokenlint.core.report.CallExplanationWriter;
import dev.tokenlint.core.engine.LintEngine;
import dev.tokenlint.core.engine.LintRequest;
import dev.tokenlint.core.engine.LintResult;
import dev.tokenlint.core.report.ReportOptions;
import dev.tokenlint.core.report.ReportDirectory;
import dev.tokenlint.core.report.Reporter;
import dev.tokenlint.core.report.Reporters;
import dev.tokenlint.core.rules.Severity;
import dev.tokenlint.core.scan.FactsCache;
import dev.tokenlint.core.staged.StagedIndex;
import dev.tokenlint.core.staged.StagedSnapshot;
import dev.tokenlint.core.cache.ContentCache;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code tokenlint scan}: lint token definitions and the code that uses them. */
@Command(name = "scan", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Check token definitions and the Java code that calls the Dynatrace API.")
final class ScanCommand implements Callable<Integer> {

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "PATH", arity = "0..*",
            description = "Project folder (the first folder is the root that paths are shown relative to) "
                    + "and further files or folders to scan. Default: the current folder.")
    List<Path> paths = new ArrayList<>();

    @Option(names = {"-c", "--config"}, paramLabel = "FILE",
            description = "Config file. Default: tokenlint.yaml in the root, if present.")
    Path config;

    @Option(names = {"-f", "--format"}, paramLabel = "F",
            description = "Output format, repeatable: text, json, sarif, html, markdown. Default: text.")
    List<String> formats = new ArrayList<>();

    @Option(names = {"-o", "--output"}, paramLabel = "DIR",
            description = "Write each format to DIR/tokenlint.<ext> (the console still gets the text summary).")
    Path output;

    @Option(names = "--fail-on", paramLabel = "LEVEL", defaultValue = "error",
            description = "Exit 1 when a finding is at or above LEVEL: error, warning, note or never. Default: ${DEFAULT-VALUE}.")
    String failOn;

    @Option(names = "--as-of", paramLabel = "DATE",
            description = "The day that date rules (token-expiry, stale-token) count from, as YYYY-MM-DD. Default: today.")
    String asOf;

    @Option(names = "--baseline", paramLabel = "FILE", description = "Baseline of accepted findings to hide.")
    Path baseline;

    @Option(names = "--write-baseline", paramLabel = "FILE",
            description = "Write every finding not suppressed (open or already baselined) to FILE as accepted, then exit 0.")
    Path writeBaseline;

    @Option(names = "--no-ignores",
            description = "Auditor run: report suppressed and baselined findings too, marked as such.")
    boolean noIgnores;

    @Option(names = "--openapi", paramLabel = "FILE",
            description = "Import a Dynatrace OpenAPI spec on top of the bundled catalog; repeatable.")
    List<Path> openapi = new ArrayList<>();

    @Option(names = "--staged",
            description = "Check what is staged for the next commit (the git index), not the working tree. "
                    + "Paths are shown as in the repository.")
    boolean staged;

    @Option(names = "--cache-dir", paramLabel = "DIR",
            description = "Folder of the per-file cache. Default: $TOKENLINT_CACHE_DIR, else .tokenlint-cache in the root.")
    Path cacheDir;

    @Option(names = "--no-cache", description = "Read and parse every file, keep nothing (also: TOKENLINT_CACHE=off).")
    boolean noCache;

    @Option(names = "--explain-calls", paramLabel = "FILE", arity = "1..*",
            description = "Instead of the report, explain for each FILE how it was read and, for each HTTP client use "
                    + "in it or passing through it, how its URL resolved (or why not) and which catalog operation it "
                    + "matched. Put the project folder before this option.")
    List<Path> explainCalls = new ArrayList<>();

    @Override
    public Integer call() throws IOException {
        Severity threshold = parseFailOn(failOn);
        LocalDate day = parseAsOf(asOf);
        Reporters reporters = new Reporters();
        ReportDirectory reportDirectory = new ReportDirectory(reporters);
        List<String> requested = new ArrayList<>();
        for (String f : formats.isEmpty() ? List.of("text") : formats) {
            for (String one : f.split(",")) {
                requested.add(one.trim());
            }
        }
        List<Reporter> chosen;
        try {
            chosen = reportDirectory.select(requested);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }

        Path root = Path.of("").toAbsolutePath();
        List<Path> sources = new ArrayList<>();
        for (Path p : paths) {
            sources.add(p.toAbsolutePath().normalize());
        }
        if (!sources.isEmpty() && Files.isDirectory(sources.get(0))) {
            root = sources.remove(0);
        }
        Path configFile = config != null ? config.toAbsolutePath().normalize() : root.resolve("tokenlint.yaml");
        if (config != null && !Files.isRegularFile(configFile)) {
            throw new UsageException("config file not found: " + config);
        }
        LintRequest request = new LintRequest(root, configFile, sources, day,
                baseline == null ? null : baseline.toAbsolutePath(), noIgnores,
                openapi.stream().map(p -> p.toAbsolutePath().normalize()).toList());
        // A staged scan reads its blob-id index while the engine loads rules and catalog (both cores)
        Path cacheFolder = staged ? ScanCache.folder(root, cacheDir, noCache, System.getenv()) : null;
        CompletableFuture<StagedIndex.Preloaded> preloaded = cacheFolder == null ? null
                : CompletableFuture.supplyAsync(() -> StagedIndex.preload(cacheFolder));
        LintEngine engine = LintEngine.standard();
        FactsCache cache = ScanCache.choose(engine, root, cacheDir, noCache, System.getenv());
        engine = engine.withCache(cache).withProgress(ConsoleProgress.forConsole(spec.commandLine().getErr()));
        if (!explainCalls.isEmpty()) {
            engine = engine.withExplainedFiles(explained(root, explainCalls));
        }
        LintResult result;
        if (staged) {
            // The blob-id index lives with the per-file cache and is on when it is. Its facts hold paths
            // relative to the scanned root, so the root is part of what its entries depend on.
            StagedIndex index = preloaded != null && cache instanceof ContentCache c && c.enabled()
                    ? preloaded.join().forNamespace(c.namespace() + "; root " + root.toUri()) : null;
            try (StagedSnapshot snapshot = StagedScan.snapshot(root, configFile, index, sources)) {
                LintRequest stagedRequest = StagedScan.request(request, snapshot);
                String unstaged = StagedScan.unstagedConfigNote(request, stagedRequest);
                if (unstaged != null) {
                    spec.commandLine().getErr().println(unstaged);
                }
                StagedIndex.Session session = index == null ? null : index.session(snapshot);
                try {
                    result = (session == null ? engine : engine.withKnownFiles(session)).run(stagedRequest);
                } finally {
                    // the index is written while the rules run; it must be complete before the snapshot goes
                    if (session != null) {
                        session.saved();
                    }
                }
                StagedScan.noteSkipped(snapshot, spec.commandLine().getErr());
            }
        } else {
            result = engine.run(request);
        }
        String cacheNote = ScanCache.note(cache);
        if (cacheNote != null) {
            spec.commandLine().getErr().println(cacheNote);
            spec.commandLine().getErr().flush();
        }

        if (writeBaseline != null) {
            Baseline.write(result.baselineCandidates(), writeBaseline.toAbsolutePath());
            spec.commandLine().getOut().println("tokenlint: wrote " + result.baselineCandidates().size()
                    + " finding(s) to baseline " + writeBaseline);
            return 0;
        }

        PrintWriter out = spec.commandLine().getOut();
        if (!explainCalls.isEmpty()) {
            new CallExplanationWriter().write(result.facts().explained(), out);
            out.flush();
            return 0;
        }
        ReportOptions console = new ReportOptions(VersionProvider.version(), Terminal.colour(), Terminal.width());
        if (output != null) {
            reportDirectory.write(output, requested, result, console);
            reporters.forFormat("text").orElseThrow().write(result, console, out);
            out.println("tokenlint: reports written to " + output);
        } else {
            for (Reporter r : chosen) {
                r.write(result, r.format().equals("text") ? console : console.forFile(), out);
            }
        }
        out.flush();
        return result.failsAt(threshold) ? TokenlintCommand.EXIT_FINDINGS : 0;
    }

    /** The files to explain as locations show them: relative to {@code root}, with {@code /}. */
    private static java.util.Set<String> explained(Path root, List<Path> files) {
        java.util.Set<String> out = new java.util.TreeSet<>();
        for (Path f : files) {
            Path abs = f.toAbsolutePath().normalize();
            if (!abs.startsWith(root)) {
                throw new UsageException("--explain-calls " + f + " is not under the project folder " + root);
            }
            if (Files.isDirectory(abs)) {
                throw new UsageException("--explain-calls takes files, and " + f + " is a folder");
            }
            out.add(root.relativize(abs).toString().replace('\\', '/'));
        }
        return out;
    }

    /** {@code never} is null: no finding fails the run. */
    static Severity parseFailOn(String value) {
        try {
            return Severity.parseThreshold(value).orElse(null);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--fail-on " + e.getMessage());
        }
    }

    private static LocalDate parseAsOf(String value) {
        if (value == null) {
            return LocalDate.now();
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new UsageException("--as-of must be a date as YYYY-MM-DD, not '" + value + "'");
        }
    }
}
