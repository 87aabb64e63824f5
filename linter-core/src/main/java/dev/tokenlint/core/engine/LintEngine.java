package dev.tokenlint.core.engine;

import dev.tokenlint.core.catalog.CatalogProvider;
import dev.tokenlint.core.catalog.CatalogYaml;
import dev.tokenlint.core.catalog.OpenApiImporter;
import dev.tokenlint.core.catalog.PermissionCatalog;
import dev.tokenlint.core.config.ConfigLoader;
import dev.tokenlint.core.config.RuleSettings;
import dev.tokenlint.core.config.TokenlintConfig;
import dev.tokenlint.core.input.InvalidInputException;
import dev.tokenlint.core.input.Location;
import dev.tokenlint.core.privilege.Binder;
import dev.tokenlint.core.privilege.Bindings;
import dev.tokenlint.core.privilege.LeastPrivilege;
import dev.tokenlint.core.privilege.LeastPrivilegeSolver;
import dev.tokenlint.core.rules.Diagnostic;
import dev.tokenlint.core.rules.Finding;
import dev.tokenlint.core.rules.FindingStatus;
import dev.tokenlint.core.rules.Rule;
import dev.tokenlint.core.rules.RuleContext;
import dev.tokenlint.core.rules.RuleMetadata;
import dev.tokenlint.core.rules.RuleOptions;
import dev.tokenlint.core.rules.Severity;
import dev.tokenlint.core.scan.CodeFacts;
import dev.tokenlint.core.scan.FactsCache;
import dev.tokenlint.core.scan.InputProblem;
import dev.tokenlint.core.scan.KnownFiles;
import dev.tokenlint.core.scan.ScanProgress;
import dev.tokenlint.core.scan.SourceScanner;
import dev.tokenlint.core.scan.TokenLiteral;
import dev.tokenlint.core.scan.TokenPatternScanner;
import dev.tokenlint.core.tokens.TokenDefinition;
import dev.tokenlint.core.tokens.TokenFileReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import java.util.Locale;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.stream.Stream;

/**
 * The one entry point the CLI and the Maven plugin call: reads the config, catalog and token
 * definitions, scans the sources, binds calls to tokens, runs every enabled rule and applies
 * suppressions and the baseline. Knows no specific rule: rules and the bundled catalog come
 * from {@link ServiceLoader}.
 */
public final class LintEngine {

    private final RuleRegistry registry;
    private final PermissionCatalog bundledCatalog;
    private final FactsCache cache;
    private final ScanProgress progress;
    private final KnownFiles known;
    private final Set<String> explained;

    /** An engine with the rules and catalog registered with {@code classLoader}. */
    public LintEngine(ClassLoader classLoader) {
        this(RuleRegistry.load(classLoader), loadBundledCatalog(classLoader));
    }

    public LintEngine(RuleRegistry registry, PermissionCatalog bundledCatalog) {
        this(registry, bundledCatalog, FactsCache.none(), ScanProgress.none(), KnownFiles.none(), Set.of());
    }

    private LintEngine(RuleRegistry registry, PermissionCatalog bundledCatalog, FactsCache cache,
                       ScanProgress progress, KnownFiles known, Set<String> explained) {
        this.registry = registry;
        this.bundledCatalog = bundledCatalog;
        this.cache = cache;
        this.progress = progress;
        this.known = known;
        this.explained = Set.copyOf(explained);
    }

    /**
     * This engine, explaining how the scan read each of {@code files} (paths relative to the request's
     * root, with {@code /}) and what it concluded about every client use in them
     * ({@link CodeFacts#explained()}), for {@code scan --explain-calls}.
     */
    public LintEngine withExplainedFiles(Set<String> files) {
        return new LintEngine(registry, bundledCatalog, cache, progress, known, files);
    }

    /**
     * This engine, scanning also the Java files {@code known} holds without their text (a staged
     * scan's unchanged files) as if they were on disk under the root; they count only where the
     * request's paths and the config's source selection would have found them.
     */
    public LintEngine withKnownFiles(KnownFiles known) {
        return new LintEngine(registry, bundledCatalog, cache, progress, known, explained);
    }

    /** This engine, keeping per-file scan results in {@code cache} (see {@link dev.tokenlint.core.cache.ContentCache}). */
    public LintEngine withCache(FactsCache cache) {
        return new LintEngine(registry, bundledCatalog, cache, progress, known, explained);
    }

    /** This engine, telling {@code progress} how far the source scan is. */
    public LintEngine withProgress(ScanProgress progress) {
        return new LintEngine(registry, bundledCatalog, cache, progress, known, explained);
    }

    /** The engine over the rules and catalog on this class's class path. */
    public static LintEngine standard() {
        return new LintEngine(LintEngine.class.getClassLoader());
    }

    private static PermissionCatalog loadBundledCatalog(ClassLoader classLoader) {
        PermissionCatalog catalog = PermissionCatalog.empty();
        for (CatalogProvider provider : ServiceLoader.load(CatalogProvider.class, classLoader)) {
            catalog = catalog.overlay(provider.load());
        }
        return catalog;
    }

    public RuleRegistry registry() {
        return registry;
    }

    public PermissionCatalog bundledCatalog() {
        return bundledCatalog;
    }

    /**
     * Lints what {@code request} names.
     *
     * @throws InvalidInputException for input that makes the run meaningless (bad config,
     *                               bad catalog file); bad single token or source files become findings instead
     */
    public LintResult run(LintRequest request) {
        ConfigInputs in = readConfig(request);
        SourceFiles sourceFiles = new SourceFiles(request.root(), in.config().sources());
        SourceFiles.Listing listing = sourceFiles.list(request.sourcePaths());
        CodeFacts facts = scanSources(request.root(), in.catalog(), sourceFiles, listing, request.sourcePaths(),
                in.literals());
        return judge(request, in, facts, new Binder().bind(in.tokens(), facts));
    }

    /**
     * The verdicts of one config that several source sets share, such as the modules of a Maven build below
     * one {@code tokenlint.yaml}. Least privilege is a property of everything that uses a token, so the
     * rules run over the config's tokens with the calls of every module: the config, catalog and token files
     * are read once, relative to {@code config.root()}; each module is scanned and bound on its own, with its
     * {@code usedBy} and {@code sources} globs read against its own root (as a run of that module alone would),
     * and its calls are then named from {@code config.root()} (for example {@code module-b/src/main/java/...}).
     *
     * <p>Returns the findings located in the config and in the token files it names (unused-scope over
     * every module's calls, duplicate names, expiry, ...); a finding at a call belongs to its module's own
     * {@link #run} and is left out. The facts and bindings of the result hold every module's calls.
     *
     * @param config  names the config, the root its findings are relative to, the day and the baseline; its
     *                source paths are not scanned
     * @param modules one request per module: its root and source paths (the rest is taken from {@code config})
     */
    public LintResult runShared(LintRequest config, List<LintRequest> modules) {
        ConfigInputs in = readConfig(config);
        List<dev.tokenlint.core.scan.ApiCall> calls = new ArrayList<>();
        Map<TokenDefinition, List<dev.tokenlint.core.scan.ApiCall>> byToken = new LinkedHashMap<>();
        List<dev.tokenlint.core.scan.ApiCall> unbound = new ArrayList<>();
        int scanned = 0;
        int parsed = 0;
        for (LintRequest module : modules) {
            SourceFiles sourceFiles = new SourceFiles(module.root(), in.config().sources());
            SourceFiles.Listing listing = sourceFiles.list(module.sourcePaths());
            CodeFacts facts = scanSources(module.root(), in.catalog(), sourceFiles, listing, module.sourcePaths(),
                    List.of());
            ModulePaths paths = new ModulePaths(config.root(), module.root());
            Bindings bindings = new Binder().bind(in.tokens(), facts);
            facts.calls().stream().map(paths::of).forEach(calls::add);
            bindings.byToken().forEach((token, bound) ->
                    byToken.computeIfAbsent(token, t -> new ArrayList<>()).addAll(bound.stream().map(paths::of).toList()));
            bindings.unbound().stream().map(paths::of).forEach(unbound::add);
            scanned += facts.filesScanned();
            parsed += facts.filesParsed();
        }
        byToken.values().forEach(list -> list.sort(Comparator.comparing(dev.tokenlint.core.scan.ApiCall::location)));
        CodeFacts all = new CodeFacts(sortedDistinct(calls, c -> c.location()),
                sortedDistinct(in.literals(), TokenLiteral::location), List.of(), List.of(), List.of(), List.of(),
                List.of(), scanned, parsed);
        LintResult shared = judge(config, in, all, new Bindings(byToken, sortedDistinct(unbound, c -> c.location())));
        List<Finding> aboutConfig = shared.findings().stream()
                .filter(f -> in.files().contains(f.location().file())).toList();
        return new LintResult(shared.catalog(), shared.tokens(), shared.facts(), shared.bindings(),
                shared.leastPrivilege(), aboutConfig, shared.rules(), shared.asOf(), shared.noIgnores());
    }

    /**
     * What a run reads before the sources: the config, the effective catalog, the token definitions and
     * the token files they came from.
     *
     * @param files    the config and token files as findings name them (relative to the request's root)
     * @param literals token literals found in the config and token files
     */
    private record ConfigInputs(TokenlintConfig config, Path configDir, PermissionCatalog catalog,
                                List<TokenDefinition> tokens, List<InputProblem> tokenProblems,
                                List<TokenLiteral> literals, Set<String> files) {
    }

    private ConfigInputs readConfig(LintRequest request) {
        Path root = request.root();
        TokenlintConfig config = loadConfig(request);
        Path configDir = request.configFile() != null && request.configFile().toAbsolutePath().getParent() != null
                ? request.configFile().toAbsolutePath().getParent() : root;
        PermissionCatalog catalog = effectiveCatalog(request, config, configDir);

        SourceFiles sourceFiles = new SourceFiles(root, config.sources());
        List<InputProblem> tokenProblems = new ArrayList<>();
        List<TokenLiteral> configLiterals = new ArrayList<>();
        List<TokenDefinition> tokens = readTokens(config, configDir, sourceFiles, tokenProblems, configLiterals);
        if (config.file() != null) {
            configLiterals.addAll(scanText(request.configFile(), config.file()));
        }
        Set<String> files = new java.util.HashSet<>();
        if (config.file() != null) {
            files.add(config.file());
        }
        tokens.forEach(t -> files.add(t.location().file()));
        tokenProblems.forEach(p -> files.add(p.location().file()));
        return new ConfigInputs(config, configDir, catalog, tokens, tokenProblems, configLiterals, files);
    }

    /** Least privilege per token, the rules, and the suppressions and baseline, over {@code facts}. */
    private LintResult judge(LintRequest request, ConfigInputs in, CodeFacts facts, Bindings bindings) {
        LeastPrivilegeSolver solver = new LeastPrivilegeSolver(in.catalog());
        Map<TokenDefinition, LeastPrivilege> verdicts = new LinkedHashMap<>();
        for (TokenDefinition token : in.tokens()) {
            List<dev.tokenlint.core.scan.ApiCall> calls = bindings.callsOf(token);
            if (!calls.isEmpty()) {
                verdicts.put(token, solver.solve(token, calls));
            }
        }

        RuleContext base = new RuleContext(in.catalog(), in.tokens(), facts, bindings, verdicts, in.tokenProblems(),
                null, request.asOf());
        List<RuleMetadata> ran = new ArrayList<>();
        List<Finding> findings = runRules(base, in.config(), ran);
        findings = applySuppressions(findings, in.config(), facts, request, in.configDir());

        return new LintResult(in.catalog(), in.tokens(), facts, bindings, verdicts, findings, ran, request.asOf(),
                request.noIgnores());
    }

    /** The catalog this request sees: bundled, then the config's and request's imports and overrides. */
    public PermissionCatalog effectiveCatalog(LintRequest request, TokenlintConfig config, Path configDir) {
        PermissionCatalog catalog = bundledCatalog;
        OpenApiImporter importer = new OpenApiImporter();
        for (TokenlintConfig.ConfigPath spec : config.openapi()) {
            Path p = resolveConfigPath(configDir, spec);
            catalog = catalog.overlay(importer.importSpec(p, display(request.root(), p)));
        }
        for (Path spec : request.extraOpenApi()) {
            catalog = catalog.overlay(importer.importSpec(spec, display(request.root(), spec)));
        }
        CatalogYaml yaml = new CatalogYaml();
        for (TokenlintConfig.ConfigPath override : config.catalogYaml()) {
            Path p = resolveConfigPath(configDir, override);
            catalog = catalog.overlay(yaml.read(p, display(request.root(), p)));
        }
        return catalog;
    }

    /** The config of {@code request}, or the empty config when it names none or the file is absent. */
    public TokenlintConfig loadConfig(LintRequest request) {
        Path file = request.configFile();
        if (file == null || !Files.exists(file)) {
            return TokenlintConfig.empty();
        }
        return new ConfigLoader().load(file, display(request.root(), file), registry.optionKeys());
    }

    private static Path resolveConfigPath(Path configDir, TokenlintConfig.ConfigPath p) {
        Path resolved = configDir.resolve(p.path()).normalize();
        if (!Files.exists(resolved)) {
            throw new InvalidInputException(p.location(), "no such file: " + p.path());
        }
        return resolved;
    }

    private List<TokenDefinition> readTokens(TokenlintConfig config, Path configDir, SourceFiles files,
                                             List<InputProblem> problems, List<TokenLiteral> literals) {
        List<TokenDefinition> tokens = new ArrayList<>(config.tokens());
        TokenFileReader reader = new TokenFileReader();
        for (TokenlintConfig.ConfigPath from : config.tokenFiles()) {
            Path p = resolveConfigPath(configDir, from);
            for (Path file : tokenFilesUnder(p, from, problems, files)) {
                String shown = files.relative(file);
                literals.addAll(scanText(file, shown));
                try {
                    tokens.addAll(reader.read(file, shown));
                } catch (InvalidInputException e) {
                    problems.add(new InputProblem(e.location(), e.getMessage(), "tokens"));
                }
            }
        }
        tokens.sort(Comparator.comparing(TokenDefinition::location).thenComparing(TokenDefinition::name));
        return tokens;
    }

    private static List<Path> tokenFilesUnder(Path p, TokenlintConfig.ConfigPath from, List<InputProblem> problems,
                                              SourceFiles files) {
        if (!Files.isDirectory(p)) {
            return List.of(p);
        }
        try (Stream<Path> s = Files.walk(p)) {
            return s.filter(Files::isRegularFile).filter(f -> {
                String n = f.getFileName().toString().toLowerCase(Locale.ROOT);
                return n.endsWith(".json") || n.endsWith(".yaml") || n.endsWith(".yml");
            }).sorted().toList();
        } catch (IOException | java.io.UncheckedIOException e) {
            problems.add(new InputProblem(from.location(), "cannot list token folder " + files.relative(p), "tokens"));
            return List.of();
        }
    }

    /** Token literals in a non-Java text file; unreadable files are left to the readers to report. */
    private static List<TokenLiteral> scanText(Path file, String shown) {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            return new TokenPatternScanner().findTokens(text, shown);
        } catch (IOException | java.io.UncheckedIOException e) {
            return List.of();
        }
    }

    private CodeFacts scanSources(Path root, PermissionCatalog catalog, SourceFiles sourceFiles,
                                         SourceFiles.Listing listing, List<Path> starts,
                                         List<TokenLiteral> configLiterals) {
        List<Path> javaAndConfig = new ArrayList<>();
        List<TokenLiteral> literals = new ArrayList<>(configLiterals);
        for (Path f : listing.files()) {
            String name = f.getFileName().toString();
            if (name.endsWith(".java") || isSpringConfig(name)) {
                javaAndConfig.add(f);
            }
            if (!name.endsWith(".java")) {
                literals.addAll(scanText(f, sourceFiles.relative(f)));
            }
        }
        progress.started(javaAndConfig.size());
        CodeFacts code;
        try {
            code = new SourceScanner(catalog, cache, progress).explaining(explained).scan(root, javaAndConfig,
                    selected(known, sourceFiles, starts));
        } finally {
            progress.finished();
        }
        literals.addAll(code.tokenLiterals());
        List<InputProblem> problems = new ArrayList<>(listing.problems());
        problems.addAll(code.problems());
        return new CodeFacts(sortedDistinct(code.calls(), c -> c.location()), sortedDistinct(literals, TokenLiteral::location),
                code.tokensInUrls(), code.authHeaders(), code.envReads(), code.suppressedRegions(),
                sortedDistinct(problems, InputProblem::location), Math.max(code.filesScanned(), listing.files().size()),
                code.filesParsed(), code.explained());
    }

    /** The known files a walk of the request's paths would have listed. */
    private static KnownFiles selected(KnownFiles known, SourceFiles sourceFiles, List<Path> starts) {
        if (known.parsed().isEmpty() && known.clientOnly().isEmpty() && known.skipped().isEmpty()) {
            return known;
        }
        return known.restrictedTo(sourceFiles.selectorUnder(known.folder(), starts));
    }

    private static boolean isSpringConfig(String name) {
        return name.startsWith("application") && (name.endsWith(".properties") || name.endsWith(".yml")
                || name.endsWith(".yaml"));
    }

    private static <T> List<T> sortedDistinct(List<T> items, java.util.function.Function<T, Location> at) {
        return items.stream().distinct().sorted(Comparator.comparing(at)).toList();
    }

    private List<Finding> runRules(RuleContext base, TokenlintConfig config, List<RuleMetadata> ran) {
        List<Finding> findings = new ArrayList<>();
        Fingerprints fingerprints = new Fingerprints();
        for (Rule rule : registry.rules()) {
            RuleMetadata meta = rule.metadata();
            RuleSettings settings = config.rules().get(meta.id());
            if (settings != null && !settings.enabled()) {
                continue;
            }
            ran.add(meta);
            Severity severity = settings != null && settings.severity() != null ? settings.severity()
                    : meta.defaultSeverity();
            RuleOptions options = new RuleOptions(meta.id(), settings == null ? null : settings.options());
            List<Diagnostic> found = new ArrayList<>();
            rule.check(base.withOptions(options), found::add);
            found.sort(Comparator.comparing(Diagnostic::location).thenComparing(Diagnostic::message));
            for (Diagnostic d : found) {
                findings.add(new Finding(meta.id(), d.severity(severity), d.message(), d.location(), d.token(), d.scope(),
                        d.endpoint(), fingerprints.of(meta.id(), d), FindingStatus.OPEN, null, d.related()));
            }
        }
        findings.sort(Finding.ORDER);
        return findings;
    }

    // Package-private so the suppression logic can be tested without a scanner producing regions.
    List<Finding> applySuppressions(List<Finding> findings, TokenlintConfig config, CodeFacts facts,
                                     LintRequest request, Path configDir) {
        Baseline baseline = loadBaseline(request, config, configDir);
        return new AcceptedFindings(config.suppressions(), facts.suppressedRegions(), baseline).mark(findings);
    }

    private Baseline loadBaseline(LintRequest request, TokenlintConfig config, Path configDir) {
        Path file = request.baselineFile();
        if (file == null && config.baseline() != null) {
            file = configDir.resolve(config.baseline().path()).normalize();
        }
        if (file == null || !Files.exists(file)) {
            return new Baseline(java.util.Set.of());
        }
        return Baseline.read(file, display(request.root(), file));
    }

    private static String display(Path root, Path file) {
        Path abs = file.toAbsolutePath().normalize();
        Path rel = abs.startsWith(root) ? root.relativize(abs) : abs;
        return rel.toString().replace('\\', '/');
    }
}
