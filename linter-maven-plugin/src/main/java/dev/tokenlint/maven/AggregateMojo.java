package dev.tokenlint.maven;

import dev.tokenlint.core.engine.LintRequest;
import dev.tokenlint.core.engine.LintResult;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.project.MavenProject;

/**
 * The tokenlint review of a whole multi-module build, as one page at the top of its Maven site: for each
 * {@code tokenlint.yaml} the modules use, its tokens judged over the calls of every module that uses it
 * (as the check's whole-build verdicts) with the findings at each of those modules' calls; for each module
 * without a config, its own findings. Add it to the top pom's {@code <reporting>} section with
 * {@code <inherited>false</inherited>}; below the top of the build it shows nothing.
 */
@Mojo(name = "aggregate", aggregator = true, threadSafe = true, inheritByDefault = false)
public final class AggregateMojo extends AbstractReportMojo {

    @Override
    protected String goal() {
        return "aggregate";
    }

    @Override
    protected List<ReviewSection> sections() throws MojoExecutionException, MojoFailureException {
        Map<Path, List<MavenProject>> byConfig = new LinkedHashMap<>();
        List<MavenProject> withoutConfig = new ArrayList<>();
        for (MavenProject module : session.getAllProjects()) {
            Optional<Path> config = configOf(module);
            if (config.isPresent()) {
                byConfig.computeIfAbsent(config.get(), c -> new ArrayList<>()).add(module);
            } else {
                withoutConfig.add(module);
            }
        }
        Path top = basedir();
        Path baseline = existingBaseline();
        List<ReviewSection> sections = new ArrayList<>();
        for (Map.Entry<Path, List<MavenProject>> entry : byConfig.entrySet()) {
            Path config = entry.getKey();
            LintResult whole = judgedOver(config, entry.getValue(), baseline);
            Map<Path, LintResult> own = new LinkedHashMap<>();
            for (MavenProject user : entry.getValue()) {
                Optional<LintRequest> request = sourcesOf(user, config);
                if (request.isPresent()) {
                    own.put(request.get().root(), atOwnFiles(lint(request.get()), config, request.get().root()));
                }
            }
            sections.add(new ReviewSection(top.relativize(config).toString().replace('\\', '/') + ": "
                    + String.join(", ", entry.getValue().stream().map(MavenProject::getArtifactId).toList()),
                    withFindingsOf(whole, config.getParent(), own)));
        }
        for (MavenProject module : withoutConfig) {
            Optional<LintRequest> request = sourcesOf(module, null);
            if (request.isPresent()) {
                sections.add(new ReviewSection(module.getArtifactId() + " (no tokenlint.yaml)", lint(request.get())));
            }
        }
        return sections;
    }

    @Override
    protected String title() {
        return "tokenlint security review of the build";
    }

    /** Only at the top of the build: a module below it would show a part of the same page. */
    @Override
    public boolean canGenerateReport() {
        return !skip && (session.getTopLevelProject() == null || session.getTopLevelProject().equals(project));
    }

    @Override
    public String getOutputName() {
        return "tokenlint-aggregate";
    }

    @Override
    public String getName(Locale locale) {
        return "tokenlint (all modules)";
    }

    @Override
    public String getDescription(Locale locale) {
        return "Least-privilege review of the Dynatrace API tokens of every module: each tokenlint.yaml judged over"
                + " the calls of all the modules that use it.";
    }
}
