package dev.tokenlint.maven;

import dev.tokenlint.core.engine.LintResult;
import dev.tokenlint.core.report.ReportOptions;
import dev.tokenlint.core.report.ReportDirectory;
import dev.tokenlint.core.report.Reporters;
import dev.tokenlint.core.rules.Finding;
import dev.tokenlint.core.rules.FindingStatus;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Checks the module's token definitions and the code that calls the Dynatrace API, lists every
 * open finding in the build log like a compiler error, writes the reports, and fails the build
 * when a finding reaches {@code failOn}.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public final class CheckMojo extends AbstractTokenlintMojo {

    /** The lowest severity that fails the build: {@code error}, {@code warning}, {@code note} or {@code never}. */
    @Parameter(property = "tokenlint.failOn", defaultValue = "error")
    private String failOn;

    /**
     * How many open findings at or above {@code failOn} the build tolerates: it fails only when more
     * than this many are found (the Checkstyle and PMD plugins' parameter of the same name). For
     * adopting tokenlint on old code a baseline is usually the better tool: it accepts today's findings
     * by name, so a new one still fails the build.
     */
    @Parameter(property = "tokenlint.maxAllowedViolations", defaultValue = "0")
    private int maxAllowedViolations;

    /**
     * Report formats written to {@code outputDirectory} as {@code tokenlint.<ext>}: any of
     * {@code text}, {@code json}, {@code sarif}, {@code html}, {@code markdown}; comma-separated on
     * the command line.
     */
    @Parameter(property = "tokenlint.formats", defaultValue = "text,sarif")
    private List<String> formats;

    /** Where the reports are written. */
    @Parameter(property = "tokenlint.outputDirectory", defaultValue = "${project.build.directory}/tokenlint")
    private File outputDirectory;

    @Override
    protected String goal() {
        return "check";
    }

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("tokenlint: skipped (tokenlint.skip)");
            return;
        }
        BuildGate gate = BuildGate.of(failOn, maxAllowedViolations);
        ReportDirectory reports = new ReportDirectory(new Reporters());
        List<String> ids = ReportFormats.ids(formats, reports);

        Optional<Path> config = config();
        Path baseline = existingBaseline();
        Optional<ModuleVerdict> verdict = lintModule(config, baseline);
        if (verdict.isEmpty()) {
            getLog().info("tokenlint: no sources in this module, nothing to check");
            return;
        }
        LintResult result = verdict.get().report();

        logFindings(verdict.get().logged());
        if (config.isEmpty() && !result.facts().calls().isEmpty()) {
            getLog().info("tokenlint: no tokenlint.yaml in " + basedir() + " or its parent folders; "
                    + "`tokenlint init` writes one with the least-privilege scopes these calls need");
        }
        List<Path> written = writeReports(result, verdict.get().reportRoot(), reports, ids);
        getLog().info("tokenlint: " + summary(result));
        if (!written.isEmpty()) {
            getLog().info("tokenlint: reports written to "
                    + String.join(", ", written.stream().map(this::shown).toList()));
        }

        long counted = gate.counted(result);
        if (gate.fails(result)) {
            throw new MojoFailureException("tokenlint found " + gate.failure(counted) + " (" + counts(result) + "); "
                    + "see the list above" + (written.isEmpty() ? "" : " and the reports in " + shown(outputDir())));
        }
        if (counted > 0) {
            getLog().warn("tokenlint: " + gate.tolerated(counted));
        }
    }

    private void logFindings(List<Finding> findings) {
        for (Finding f : findings.stream().filter(Finding::isOpen).toList()) {
            String line = FindingLines.line(f);
            switch (f.severity()) {
                case ERROR -> getLog().error(line);
                case WARNING -> getLog().warn(line);
                case NOTE -> getLog().info(line);
            }
        }
    }

    private Path outputDir() {
        return outputDirectory.toPath().toAbsolutePath().normalize();
    }

    /** Writes one file per format; returns the files written. */
    private List<Path> writeReports(LintResult result, Path root, ReportDirectory reports, List<String> ids)
            throws MojoExecutionException {
        if (ids.isEmpty()) {
            return List.of();
        }
        try {
            // SARIF paths are read against the repository root by code scanning: name the report's folder
            String module = buildTop().relativize(root.toAbsolutePath().normalize()).toString().replace('\\', '/');
            return reports.write(outputDir(), ids, result, ReportOptions.plain(version()).withSourceRoot(module));
        } catch (IOException e) {
            throw new MojoExecutionException("tokenlint: cannot write reports to " + outputDir() + ": " + e.getMessage(), e);
        }
    }

    private static String counts(LintResult result) {
        return FindingLines.counts(result::count);
    }

    private static String summary(LintResult result) {
        String s = counts(result);
        long suppressed = result.count(FindingStatus.SUPPRESSED);
        long baselined = result.count(FindingStatus.BASELINED);
        if (suppressed > 0 || baselined > 0) {
            s += " (" + suppressed + " suppressed, " + baselined + " baselined)";
        }
        return s;
    }

}
