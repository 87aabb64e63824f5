package dev.tokenlint.maven;

import dev.tokenlint.core.engine.LintEngine;
import dev.tokenlint.core.engine.LintRequest;
import dev.tokenlint.core.engine.LintResult;
import dev.tokenlint.core.input.InvalidInputException;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.model.Resource;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
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

    /** The module's folder: findings name files relative to it. */
    protected Path basedir() {
        return project.getBasedir().toPath().toAbsolutePath().normalize();
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
        return new ConfigLocator(buildTop()).locate(basedir());
    }

    /**
     * The top of the build this module belongs to: the project Maven was started in, or the highest
     * parent {@code pom.xml} on disk above the module; the module's folder when it stands alone.
     */
    protected Path buildTop() {
        List<Path> candidates = new ArrayList<>();
        if (session.getTopLevelProject() != null) {
            candidates.add(session.getTopLevelProject().getBasedir().toPath());
        }
        // Parent poms in a folder above this module belong to the same multi-module build, even when
        // only this module is built; topOf ignores a parent that lives elsewhere (a repository).
        for (MavenProject p = project.getParent(); p != null && p.getFile() != null; p = p.getParent()) {
            candidates.add(p.getBasedir().toPath());
        }
        return ConfigLocator.topOf(basedir(), candidates.toArray(Path[]::new));
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

    private LocalDate day() throws MojoExecutionException {
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
