package dev.tokenlint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tokenlint.core.engine.RuleRegistry;
import dev.tokenlint.core.rules.RuleMetadata;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The README's rules table lists exactly the registered rules with their default severities. */
class ReadmeRulesTableTest {

    private static final Pattern ROW = Pattern.compile("^\\| ([a-z]+(?:-[a-z]+)+) \\| (error|warning|note) \\|", Pattern.MULTILINE);

    @Test
    void rulesTableMatchesRegistry() throws Exception {
        String readme = Files.readString(Path.of("..", "README.md"));
        String section = readme.substring(readme.indexOf("## Rules reference"));
        section = section.substring(0, section.indexOf("\n## ", 3));
        Map<String, String> documented = new TreeMap<>();
        Matcher m = ROW.matcher(section);
        while (m.find()) {
            documented.put(m.group(1), m.group(2));
        }
        Map<String, String> registered = new TreeMap<>();
        for (var rule : RuleRegistry.load(getClass().getClassLoader()).rules()) {
            RuleMetadata meta = rule.metadata();
            registered.put(meta.id(), meta.defaultSeverity().id());
        }
        assertThat(documented).isEqualTo(registered);
    }
}
