package dev.tokenlint.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLocatorTest {

    @TempDir
    Path dir;

    @Test
    void aModulesOwnConfigWinsOverTheParents() throws IOException {
        Path module = Files.createDirectories(dir.resolve("root/module"));
        Files.writeString(dir.resolve("root/tokenlint.yaml"), "tokens: []\n");
        Files.writeString(module.resolve("tokenlint.yaml"), "tokens: []\n");

        assertThat(new ConfigLocator(dir.resolve("root")).locate(module)).contains(module.resolve("tokenlint.yaml"));
    }

    @Test
    void aModuleWithoutConfigUsesTheNearestParentOne() throws IOException {
        Path module = Files.createDirectories(dir.resolve("root/group/module"));
        Files.writeString(dir.resolve("root/tokenlint.yaml"), "tokens: []\n");

        assertThat(new ConfigLocator(dir.resolve("root")).locate(module))
                .contains(dir.resolve("root/tokenlint.yaml").toAbsolutePath().normalize());
    }

    @Test
    void neverLooksAboveTheTopOfTheBuild() throws IOException {
        Path module = Files.createDirectories(dir.resolve("root/module"));
        Files.writeString(dir.resolve("tokenlint.yaml"), "tokens: []\n");

        assertThat(new ConfigLocator(dir.resolve("root")).locate(module)).isEmpty();
    }

    @Test
    void theTopIsTheHighestCandidateThatContainsTheModule() {
        Path module = dir.resolve("root/module");

        assertThat(ConfigLocator.topOf(module, dir.resolve("root"), dir.resolve("elsewhere"), null))
                .isEqualTo(dir.resolve("root").toAbsolutePath().normalize());
        assertThat(ConfigLocator.topOf(module, dir.resolve("elsewhere")))
                .isEqualTo(module.toAbsolutePath().normalize());
    }
}
