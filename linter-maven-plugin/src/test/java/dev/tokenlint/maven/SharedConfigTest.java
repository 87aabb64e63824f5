package dev.tokenlint.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.Test;

/** Which modules share a config, which one reports its verdicts, and when the verdict is complete. */
class SharedConfigTest {

    private static final Path TOP = Path.of("/work/acme").toAbsolutePath();
    private static final Path CONFIG = TOP.resolve("tokenlint.yaml");

    private static MavenProject project(String artifactId, Path dir) {
        MavenProject p = new MavenProject();
        p.setGroupId("com.acme");
        p.setArtifactId(artifactId);
        p.setVersion("1");
        p.setFile(dir.resolve("pom.xml").toFile());
        return p;
    }

    private final MavenProject parent = project("parent", TOP);
    private final MavenProject a = project("module-a", TOP.resolve("module-a"));
    private final MavenProject b = project("module-b", TOP.resolve("module-b"));
    private final MavenProject own = project("module-own", TOP.resolve("module-own"));
    private final List<MavenProject> all = List.of(parent, a, b, own);
    private final Map<MavenProject, Path> configs = Map.of(parent, CONFIG, a, CONFIG, b, CONFIG,
            own, TOP.resolve("module-own/tokenlint.yaml"));

    private SharedConfig of(List<MavenProject> built, Path root, List<MavenProject> reporting) {
        return SharedConfig.of(CONFIG, all, built, root, p -> Optional.ofNullable(configs.get(p)), reporting::contains);
    }

    @Test
    void theLastModuleThatUsesTheConfigAndRunsTheGoalReports() {
        SharedConfig shared = of(all, TOP, all);
        assertThat(shared.users()).containsExactly(parent, a, b);
        assertThat(shared.reporter()).contains(b);
        assertThat(shared.reportsIn(b)).isTrue();
        assertThat(shared.reportsIn(a)).isFalse();
        assertThat(shared.complete()).isTrue();
        assertThat(shared.onlyUser(b)).isFalse();
    }

    @Test
    void aModuleThatDoesNotRunTheGoalStillUsesTheConfigButDoesNotReport() {
        SharedConfig shared = of(all, TOP, List.of(parent, a));
        assertThat(shared.users()).contains(b);
        assertThat(shared.reporter()).contains(a);
    }

    @Test
    void withPlTheBuiltModuleReportsAndTheOthersStillCount() {
        SharedConfig shared = of(List.of(a), TOP, all);
        assertThat(shared.users()).containsExactly(parent, a, b);
        assertThat(shared.reporter()).contains(a);
        assertThat(shared.complete()).isTrue();
    }

    @Test
    void aModuleBuiltAloneBelowTheConfigCannotConclude() {
        SharedConfig shared = SharedConfig.of(CONFIG, List.of(a), List.of(a), TOP.resolve("module-a"),
                p -> Optional.of(CONFIG), p -> true);
        assertThat(shared.reporter()).contains(a);
        assertThat(shared.complete()).isFalse();
        assertThat(shared.onlyUser(a)).isFalse();
    }

    @Test
    void aModuleWithItsOwnConfigIsItsOnlyUser() {
        Path ownConfig = TOP.resolve("module-own/tokenlint.yaml");
        SharedConfig shared = SharedConfig.of(ownConfig, all, all, TOP, p -> Optional.ofNullable(configs.get(p)),
                p -> true);
        assertThat(shared.onlyUser(own)).isTrue();
    }
}
