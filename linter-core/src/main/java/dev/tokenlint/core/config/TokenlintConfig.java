package dev.tokenlint.core.config;

import dev.tokenlint.core.input.Location;
import dev.tokenlint.core.tokens.TokenDefinition;
import java.util.List;
import java.util.Map;

/**
 * The parsed {@code tokenlint.yaml}: tokens as policy, where more tokens come from, which
 * sources to scan, catalog extensions, rule settings, suppressions and the baseline.
 *
 * @param file        the config's display path (relative to the root), or null when there is none
 * @param tokens      tokens declared inline
 * @param tokenFiles  {@code - from: FILE} entries: Tokens API bodies or token exports, files or directories
 * @param sources     include and exclude globs for source files
 * @param openapi     OpenAPI specs to import on top of the bundled catalog
 * @param catalogYaml catalog YAML files overriding single entries
 * @param rules       per-rule settings by rule id
 * @param suppressions accepted findings
 * @param baseline    the baseline file, or null
 */
public record TokenlintConfig(String file, List<TokenDefinition> tokens, List<ConfigPath> tokenFiles,
                              SourceSelection sources, List<ConfigPath> openapi, List<ConfigPath> catalogYaml,
                              Map<String, RuleSettings> rules, List<Suppression> suppressions, ConfigPath baseline) {

    public TokenlintConfig {
        tokens = List.copyOf(tokens);
        tokenFiles = List.copyOf(tokenFiles);
        openapi = List.copyOf(openapi);
        catalogYaml = List.copyOf(catalogYaml);
        rules = Map.copyOf(rules);
        suppressions = List.copyOf(suppressions);
    }

    /** The config used when the project has no tokenlint.yaml. */
    public static TokenlintConfig empty() {
        return new TokenlintConfig(null, List.of(), List.of(), SourceSelection.defaults(), List.of(), List.of(),
                Map.of(), List.of(), null);
    }

    /** A path written in the config (relative to the config's folder) and where it is written. */
    public record ConfigPath(String path, Location location) {
    }
}
