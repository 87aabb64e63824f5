package dev.tokenlint.maven;

import dev.tokenlint.core.engine.Baseline;
import dev.tokenlint.core.engine.LintResult;
import dev.tokenlint.core.rules.Finding;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Accepts the module's current findings: writes every finding that is not suppressed to
 * {@code baselineFile}, so {@code check} passes until a new finding appears. Findings already in
 * the baseline stay in it while they still occur; fixed ones drop out.
 */
@Mojo(name = "baseline", threadSafe = true)
public final class BaselineMojo extends AbstractTokenlintMojo {

    @Override
    protected String goal() {
        return "baseline";
    }

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("tokenlint: skipped (tokenlint.skip)");
            return;
        }
        Optional<Path> config = config();
        Path target = baselineFile.toPath().toAbsolutePath().normalize();
        Path existing = Files.isRegularFile(target) ? target : null;
        Optional<ModuleVerdict> verdict = lintModule(config, existing);
        if (verdict.isEmpty()) {
            getLog().info("tokenlint: no sources in this module, no baseline written");
            return;
        }
        LintResult result = verdict.get().report();
        List<Finding> accepted = result.baselineCandidates();
        try {
            Baseline.write(accepted, target);
        } catch (IOException e) {
            throw new MojoExecutionException("tokenlint: cannot write baseline " + target + ": " + e.getMessage(), e);
        }
        getLog().info("tokenlint: wrote " + FindingLines.plural(accepted.size(), "accepted finding") + " to " + shown(target));
    }
}
