package dev.tokenlint.maven;

import dev.tokenlint.core.engine.LintEngine;
import dev.tokenlint.core.engine.LintRequest;
import dev.tokenlint.core.engine.LintResult;
import dev.tokenlint.core.input.InvalidInputException;
import dev.tokenlint.core.rules.Finding;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.model.Resource;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * What every tokenlint goal shares: the parameters that say what to lint, and the mapping of
 * those parameters and the Maven project onto one {@link LintRequest}. The linting itself is the
 * engine's; this class only gathers inputs and turns bad input into a clean build failure.
 */
abstract class AbstractTokenlintMojo extends AbstractMojo {

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    protected MavenProject project;

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    protected MavenSession session;

    /** Skips tokenlint for this module. */
    @Parameter(property = "tokenlint.skip", defaultValue = "false")
    protected boolean skip;

    /**
     * The tokenlint config. When not set, the module's own {@code tokenlint.yaml} is used, or else
     * the nearest one in a parent folder up to the top of the multi-module build (the build's
     * top-level project or the highest parent pom on disk), so a config at the root applies to
     * every module that has none of its own. Without any config the module is
     * still scanned: calls to the Dynatrace API are then reported as unbound.
     */
    @Parameter(property = "tokenlint.configFile")
    protected File configFile;

    /** Whether test sources and test resources are scanned too. */
    @Parameter(property = "tokenlint.includeTests", defaultValue = "false")
    protected boolean includeTests;

    /** Whether generated sources (source roots under {@code ${project.build.directory}}) are scanned. */
    @Parameter(property = "tokenlint.includeGenerated", defaultValue = "false")
    protected boolean includeGenerated;

    /**
     * The baseline of accepted findings. {@code check} hides the findings it lists when the file
     * exists (taking precedence over the config's {@code baseline} entry); {@code baseline} writes it.
     */
    @Parameter(property = "tokenlint.baselineFile", defaultValue = "${project.basedir}/tokenlint-baseline.json")
    protected File baselineFile;

    /** The day that date rules (token-expiry, stale-token) count from, as YYYY-MM-DD. Default: today. */
    @Parameter(property = "tokenlint.asOf")
    protected String asOf;

    @Parameter(defaultValue = "${plugin.version}", readonly = true)
    protected String pluginVersion;

    @Parameter(defaultValue = "${plugin}", readonly = true, required = true)
    protected PluginDescriptor plugin;

    /** The goal's name as a pom binds it ({@code check}, {@code baseline}). */
    protected abstract String goal();

    /** The module's folder: findings name files relative to it. */
    protected Path basedir() {
        return project.getBasedir().toPath().toAbsolutePath().normalize();
    }

    /** The baseline file when it exists (then its findings are hidden), else null. */
    protected Path existingBaseline() {
        return baselineFile != null && baselineFile.isFile() ? baselineFile.toPath().toAbsolutePath() : null;
    }

    /** The config that applies to this module, if any. */
    protected Optional<Path> config() throws MojoExecutionException {
        if (configFile != null) {
            Path explicit = configFile.toPath().toAbsolutePath().normalize();
            if (!Files.isRegularFile(explicit)) {
                throw new MojoExecutionException("tokenlint config file not found: " + configFile);
            }
            return Optional.of(explicit);
        }
        return new ConfigLocator(buildTop(project)).locate(basedir());
    }

    /**
     * The config another module of the build uses, as its own check would find it: the {@code configFile}
     * its pom or the command line names, else the nearest {@code tokenlint.yaml}.
     */
    protected Optional<Path> configOf(MavenProject module) {
        if (module.equals(project)) {
            return configOrNone();
        }
        Path dir = module.getBasedir().toPath().toAbsolutePath().normalize();
        String named = PluginUse.of(module, session, plugin.getPluginLookupKey(), goal()).configFile();
        if (named != null && !named.isBlank()) {
            Path file = dir.resolve(named.trim()).normalize();
            return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
        }
        return new ConfigLocator(buildTop(module)).locate(dir);
    }

    private Optional<Path> configOrNone() {
        try {
            return config();
        } catch (MojoExecutionException e) {
            return Optional.empty();
        }
    }

    /**
     * The top of the build this module belongs to: the project Maven was started in, or the highest
     * parent {@code pom.xml} on disk above the module; the module's folder when it stands alone.
     */
    protected Path buildTop() {
        return buildTop(project);
    }

    private Path buildTop(MavenProject module) {
        List<Path> candidates = new ArrayList<>();
        if (session.getTopLevelProject() != null) {
            candidates.add(session.getTopLevelProject().getBasedir().toPath());
        }
        // Parent poms in a folder above this module belong to the same multi-module build, even when
        // only this module is built; topOf ignores a parent that lives elsewhere (a repository).
        for (MavenProject p = module.getParent(); p != null && p.getFile() != null; p = p.getParent()) {
            candidates.add(p.getBasedir().toPath());
        }
        return ConfigLocator.topOf(module.getBasedir().toPath(), candidates.toArray(Path[]::new));
    }

    /** The source and resource roots to scan; empty when the module has none. */
    protected List<Path> sourceRoots() {
        List<String> main = new ArrayList<>(project.getCompileSourceRoots());
        project.getResources().stream().map(Resource::getDirectory).forEach(main::add);
        List<String> test = new ArrayList<>(project.getTestCompileSourceRoots());
        project.getTestResources().stream().map(Resource::getDirectory).forEach(test::add);
        return new SourceRoots(Path.of(project.getBuild().getDirectory()), includeTests, includeGenerated)
                .select(main, test);
    }

    /**
     * Another module's roots as its pom declares them. Not the live lists of its project: under {@code -T}
     * its own build may be adding roots (generated sources) at this moment, and a module left out by
     * {@code -pl} never gets them; the declared folders are the same whenever they are read.
     */
    private List<Path> declaredRoots(MavenProject module) {
        org.apache.maven.model.Build build = module.getBuild();
        List<String> main = new ArrayList<>();
        main.add(build.getSourceDirectory());
        build.getResources().forEach(r -> main.add(r.getDirectory()));
        List<String> test = new ArrayList<>();
        test.add(build.getTestSourceDirectory());
        build.getTestResources().forEach(r -> test.add(r.getDirectory()));
        return new SourceRoots(Path.of(build.getDirectory()), includeTests, includeGenerated).select(main, test);
    }

    /**
     * The request for this module, or empty when there is nothing to lint: no source roots and no
     * config of its own (an aggregator whose config, if any, lives above it).
     */
    protected Optional<LintRequest> request(Optional<Path> config, Path baseline) throws MojoExecutionException {
        List<Path> roots = sourceRoots();
        if (roots.isEmpty()) {
            // A module without sources still checks the token definitions of its own config; an
            // inherited config is checked by the modules that have code.
            if (config.isEmpty() || !basedir().equals(config.get().getParent())) {
                return Optional.empty();
            }
            roots = List.of(config.get());
        }
        return Optional.of(new LintRequest(basedir(), config.orElse(null), roots, day(), baseline, false, List.of()));
    }

    /**
     * The verdict this module reports, or empty when it has nothing to lint: the findings at its own
     * sources, and, when it is the module that reports its config's verdicts, the findings about the
     * config judged over every module that shares it (see {@link SharedConfig}).
     */
    protected Optional<ModuleVerdict> lintModule(Optional<Path> config, Path baseline)
            throws MojoExecutionException, MojoFailureException {
        Optional<LintRequest> own = request(config, baseline);
        if (config.isEmpty()) {
            return own.isEmpty() ? Optional.empty() : Optional.of(ModuleVerdict.of(lint(own.get()), basedir()));
        }
        SharedConfig shared = SharedConfig.of(config.get(), session.getAllProjects(), session.getProjects(),
                executionRoot(), this::configOf, this::reportsHere);
        if (shared.onlyUser(project)) {
            return own.isEmpty() ? Optional.empty() : Optional.of(ModuleVerdict.of(lint(own.get()), basedir()));
        }
        boolean onlyConfig = own.isPresent() && own.get().sourcePaths().equals(List.of(config.get()));
        Optional<LintResult> mine = own.isEmpty() || onlyConfig ? Optional.empty()
                : Optional.of(atOwnFiles(lint(own.get()), config.get()));
        String where = relative(config.get());
        if (!shared.reportsIn(project)) {
            getLog().info("tokenlint: " + where + " is shared by " + FindingLines.plural(shared.users().size(), "module")
                    + "; its tokens are judged over all of them" + shared.reporter()
                    .map(r -> " and reported by " + r.getArtifactId()).orElse(""));
            return mine.map(m -> ModuleVerdict.of(m, basedir()));
        }
        if (!shared.complete()) {
            getLog().info("tokenlint: " + where + " lies above the folder this build started in, so modules beside"
                    + " this one may use its tokens; the findings about it (unused-scope, ...) are not judged here:"
                    + " build from " + relative(config.get().getParent()) + " for them");
            return mine.map(m -> ModuleVerdict.of(m, basedir()));
        }
        LintResult whole = judgedOver(config.get(), shared.users(), baseline);
        // The report is the config's whole view, every path from the config's folder; the log names files
        // from this module like every other module's log.
        Path folder = config.get().getParent();
        List<Finding> logged = new ArrayList<>(whole.findings().stream()
                .map(f -> ModuleVerdict.renamed(f, file -> relative(folder.resolve(file)))).toList());
        mine.ifPresent(m -> logged.addAll(m.findings()));
        logged.sort(Finding.ORDER);
        LintResult report = withFindingsOf(whole, folder, mine.map(m -> Map.of(basedir(), m)).orElse(Map.of()));
        return Optional.of(new ModuleVerdict(report, folder, logged));
    }

    /**
     * The findings about {@code config} judged over the calls of every module in {@code users}: what
     * {@link LintEngine#runShared} concludes, with paths from the config's folder. Logs which modules
     * it read.
     */
    protected LintResult judgedOver(Path config, List<MavenProject> users, Path baseline)
            throws MojoExecutionException, MojoFailureException {
        List<LintRequest> modules = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (MavenProject user : users) {
            Optional<LintRequest> request = sourcesOf(user, config);
            if (request.isPresent()) {
                modules.add(request.get());
                names.add(user.getArtifactId());
            }
        }
        LintResult whole;
        try {
            whole = new LintEngine(getClass().getClassLoader()).runShared(
                    new LintRequest(config.getParent(), config, List.of(), day(), baseline, false, List.of()),
                    modules);
        } catch (InvalidInputException e) {
            throw new MojoFailureException("tokenlint: " + e.describe());
        }
        getLog().info("tokenlint: the tokens of " + relative(config) + " judged over the calls of "
                + FindingLines.plural(names.size(), "module") + ": " + String.join(", ", names));
        return whole;
    }

    /**
     * {@code whole} (a config's verdicts, paths from {@code folder}) with the findings at the calls of the
     * modules in {@code own} added, each module's paths moved below the config's folder.
     */
    protected static LintResult withFindingsOf(LintResult whole, Path folder, Map<Path, LintResult> own) {
        List<Finding> reported = new ArrayList<>(whole.findings());
        own.forEach((dir, result) -> {
            String here = folder.relativize(dir.toAbsolutePath().normalize()).toString().replace('\\', '/');
            result.findings().forEach(f -> reported.add(here.isEmpty() ? f
                    : ModuleVerdict.renamed(f, file -> here + "/" + file)));
        });
        reported.sort(Finding.ORDER);
        return new LintResult(whole.catalog(), whole.tokens(), whole.facts(), whole.bindings(),
                whole.leastPrivilege(), reported, whole.rules(), whole.asOf(), whole.noIgnores());
    }

    /** Whether {@code module} runs this goal and reports there (this module: it does, it is running). */
    private boolean reportsHere(MavenProject module) {
        if (module.equals(project)) {
            return true;
        }
        PluginUse use = PluginUse.of(module, session, plugin.getPluginLookupKey(), goal());
        return use.runs() && !use.skipped();
    }

    /**
     * The request that scans {@code module}'s sources with {@code config} (null: none), from the module's
     * folder; empty when it has no source folder. This module's roots as the build has them, another's as
     * its pom declares them.
     */
    protected Optional<LintRequest> sourcesOf(MavenProject module, Path config) throws MojoExecutionException {
        List<Path> roots = module.equals(project) ? sourceRoots() : declaredRoots(module);
        return roots.isEmpty() ? Optional.empty()
                : Optional.of(new LintRequest(module.getBasedir().toPath(), config, roots, day(), null, false, List.of()));
    }

    /** {@code result} with only the findings at this module's own files, not those about the shared config. */
    private LintResult atOwnFiles(LintResult result, Path config) {
        return atOwnFiles(result, config, basedir());
    }

    /**
     * {@code result}, a scan of the module in {@code dir}, with only the findings at the module's own files,
     * not those about the shared config (named as the engine names files: relative below the module,
     * absolute above it).
     */
    protected static LintResult atOwnFiles(LintResult result, Path config, Path dir) {
        Set<String> configFiles = new HashSet<>();
        configFiles.add(shown(config, dir));
        result.tokens().forEach(t -> configFiles.add(t.location().file()));
        List<Finding> own = result.findings().stream().filter(f -> !configFiles.contains(f.location().file())).toList();
        return new LintResult(result.catalog(), result.tokens(), result.facts(), result.bindings(),
                result.leastPrivilege(), own, result.rules(), result.asOf(), result.noIgnores());
    }

    /** The folder the build was started in. */
    protected Path executionRoot() {
        String dir = session.getExecutionRootDirectory();
        return dir == null ? buildTop() : Path.of(dir);
    }

    /** {@code path} as seen from this module's folder, for messages ({@code ../tokenlint.yaml}). */
    protected String relative(Path path) {
        String rel = basedir().relativize(path.toAbsolutePath().normalize()).toString().replace('\\', '/');
        return rel.isEmpty() ? "." : rel;
    }

    /** {@code path} relative to the module when below it, as the engine names files. */
    protected String shown(Path path) {
        return shown(path, basedir());
    }

    private static String shown(Path path, Path dir) {
        Path base = dir.toAbsolutePath().normalize();
        Path abs = path.toAbsolutePath().normalize();
        return abs.startsWith(base) ? base.relativize(abs).toString().replace('\\', '/') : abs.toString();
    }

    /** Runs the engine with the rules and catalog on this plugin's class path. */
    protected LintResult lint(LintRequest request) throws MojoFailureException {
        try {
            return new LintEngine(getClass().getClassLoader()).run(request);
        } catch (InvalidInputException e) {
            throw new MojoFailureException("tokenlint: " + e.describe());
        }
    }

    protected String version() {
        return pluginVersion == null ? "dev" : pluginVersion;
    }

    protected LocalDate day() throws MojoExecutionException {
        if (asOf == null || asOf.isBlank()) {
            return LocalDate.now();
        }
        try {
            return LocalDate.parse(asOf.trim());
        } catch (DateTimeParseException e) {
            throw new MojoExecutionException("tokenlint.asOf must be a date as YYYY-MM-DD, not '" + asOf + "'");
        }
    }
}
