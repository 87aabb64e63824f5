package dev.tokenlint.maven;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import org.apache.maven.project.MavenProject;

/**
 * The modules of a build that share one {@code tokenlint.yaml}, and the one of them that reports the
 * config's verdicts. Least privilege is a property of everything that uses a token, so the findings
 * about the config (unused-scope, duplicate names, expiry, ...) are judged over the calls of every
 * module below it and reported once, by the reporter; each module reports the findings at its own
 * calls.
 *
 * <p>The users are taken from every project of the reactor, also those that {@code -pl} leaves out
 * (their sources are read from disk). The reporter is the last module in build order that uses the
 * config, runs the goal and does not skip it: no module of the build depends on it, so its failing
 * verdict never keeps another module from being built (with {@code --fail-at-end}), and since it reads
 * the other modules' sources rather than their output it waits for none of them under {@code -T}. The verdict is complete when the build started at or
 * above the config's folder; a module built on its own below a parent's config cannot see the modules
 * beside it.
 *
 * @param config   the config file
 * @param users    the projects whose config it is, in reactor order
 * @param reporter the project that reports its verdicts in this build, if any runs the goal
 * @param complete whether every module below the config's folder is known to this build
 */
record SharedConfig(Path config, List<MavenProject> users, Optional<MavenProject> reporter, boolean complete) {

    SharedConfig {
        users = List.copyOf(users);
    }

    /**
     * @param all           every project of the reactor, in build order
     * @param built         the projects this build runs (after {@code -pl}), in build order
     * @param executionRoot the folder the build was started in
     * @param configOf      the config each project uses, if any
     * @param reports       whether a project runs the goal and does not skip it
     */
    static SharedConfig of(Path config, List<MavenProject> all, List<MavenProject> built, Path executionRoot,
                           Function<MavenProject, Optional<Path>> configOf, Predicate<MavenProject> reports) {
        List<MavenProject> users = new ArrayList<>();
        for (MavenProject p : all) {
            if (configOf.apply(p).filter(config::equals).isPresent()) {
                users.add(p);
            }
        }
        Optional<MavenProject> reporter = built.stream().filter(users::contains).filter(reports)
                .reduce((first, second) -> second);
        Path folder = config.toAbsolutePath().normalize().getParent();
        boolean complete = folder != null && folder.startsWith(executionRoot.toAbsolutePath().normalize());
        return new SharedConfig(config, users, reporter, complete);
    }

    /** Whether {@code project} is the only module using the config and nothing outside the build may: the plain case. */
    boolean onlyUser(MavenProject project) {
        return complete && users.size() == 1 && users.get(0).equals(project);
    }

    /** Whether {@code project} reports the config's verdicts. */
    boolean reportsIn(MavenProject project) {
        return reporter.filter(project::equals).isPresent();
    }
}
