package dev.tokenlint.maven;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * The module's tokenlint review as a page of the Maven site: what {@code check} writes as
 * {@code tokenlint.html}, the same verdicts (a shared config's whole-build findings in the module that
 * reports them), in the site's skin. Add it to the pom's {@code <reporting>} section.
 */
@Mojo(name = "report", threadSafe = true)
public final class ReportMojo extends AbstractReportMojo {

    @Override
    protected String goal() {
        return "report";
    }

    @Override
    protected List<ReviewSection> sections() throws MojoExecutionException, MojoFailureException {
        Optional<Path> config = config();
        Path baseline = existingBaseline();
        return lintModule(config, baseline).map(v -> List.of(new ReviewSection(project.getArtifactId(), v.report())))
                .orElse(List.of());
    }

    @Override
    protected String title() {
        return "tokenlint security review";
    }

    @Override
    public boolean canGenerateReport() {
        return !skip;
    }

    @Override
    public String getOutputName() {
        return "tokenlint";
    }

    @Override
    public String getName(Locale locale) {
        return "tokenlint";
    }

    @Override
    public String getDescription(Locale locale) {
        return "Least-privilege review of the module's Dynatrace API tokens: granted, needed and recommended scopes,"
                + " the calls that need them, and every finding.";
    }
}
