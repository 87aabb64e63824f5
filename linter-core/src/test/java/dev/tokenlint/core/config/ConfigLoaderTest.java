package dev.tokenlint.core.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tokenlint.core.input.InvalidInputException;
import dev.tokenlint.core.input.Location;
import dev.tokenlint.core.rules.Severity;
import dev.tokenlint.core.tokens.TokenDefinition;
import dev.tokenlint.core.tokens.TokenOrigin;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {

    private static final Map<String, List<String>> RULES = Map.of(
            "token-naming", List.of("pattern"),
            "scope-sprawl", List.of("max"),
            "unused-scope", List.of(),
            "deprecated-endpoint", List.of());

    @TempDir
    Path dir;

    private TokenlintConfig load(String yaml) throws IOException {
        Path file = dir.resolve("tokenlint.yaml");
        Files.writeString(file, yaml);
        return new ConfigLoader().load(file, "tokenlint.yaml", RULES);
    }

    private InvalidInputException failure(String yaml) {
        Throwable t = org.assertj.core.api.Assertions.catchThrowable(() -> load(yaml));
        assertThat(t).isInstanceOf(InvalidInputException.class);
        return (InvalidInputException) t;
    }

    @Test
    void readsTheDesignExample() throws IOException {
        TokenlintConfig config = load("""
                tokens:
                  - name: acme-metrics-exporter-prod
                    scopes: [metrics.ingest, metrics.read]
                    owner: team-observability
                    expires: 2027-03-01
                    usedBy: ["src/main/java/com/acme/metrics/**"]
                    env: DT_METRICS_TOKEN
                    justify: { metrics.read: "backfill job reads its own series" }
                  - name: acme-ci
                    scopes:
                      - DataExport
                    expiresIn: 90d
                  - from: tokens/ci-token.json
                sources: { include: ["src/main/java/**"], exclude: ["**/generated/**"] }
                catalog: { openapi: [specs/env-v2.json], yaml: [overrides.yaml] }
                rules:
                  token-naming: { pattern: "^[a-z0-9]+(-[a-z0-9]+)+$" }
                  scope-sprawl: { max: 6 }
                  deprecated-endpoint: { severity: note }
                  unused-scope: off
                suppress:
                  - { rule: unused-scope, token: legacy-importer, scope: DataExport, reason: "until 2027-Q1" }
                baseline: tokenlint-baseline.json
                """);

        assertThat(config.file()).isEqualTo("tokenlint.yaml");
        assertThat(config.tokens()).hasSize(2);
        TokenDefinition first = config.tokens().get(0);
        assertThat(first.name()).isEqualTo("acme-metrics-exporter-prod");
        assertThat(first.origin()).isEqualTo(TokenOrigin.CONFIG);
        assertThat(first.location()).isEqualTo(new Location("tokenlint.yaml", 2, 5));
        assertThat(first.scopeIds()).containsExactly("metrics.ingest", "metrics.read");
        assertThat(first.locationOf("metrics.read")).isEqualTo(new Location("tokenlint.yaml", 3, 30));
        assertThat(first.owner()).isEqualTo("team-observability");
        assertThat(first.expires()).isEqualTo(LocalDate.of(2027, 3, 1));
        assertThat(first.usedBy()).containsExactly("src/main/java/com/acme/metrics/**");
        assertThat(first.env()).isEqualTo("DT_METRICS_TOKEN");
        assertThat(first.justify()).containsEntry("metrics.read", "backfill job reads its own series");
        TokenDefinition second = config.tokens().get(1);
        assertThat(second.expiresIn()).isEqualTo(Period.ofDays(90));
        assertThat(second.locationOf("DataExport").line()).isEqualTo(11);

        assertThat(config.tokenFiles()).extracting(TokenlintConfig.ConfigPath::path).containsExactly("tokens/ci-token.json");
        assertThat(config.tokenFiles().get(0).location().line()).isEqualTo(13);
        assertThat(config.sources().include()).containsExactly("src/main/java/**");
        assertThat(config.sources().exclude()).containsExactly("**/generated/**");
        assertThat(config.openapi()).extracting(TokenlintConfig.ConfigPath::path).containsExactly("specs/env-v2.json");
        assertThat(config.catalogYaml()).extracting(TokenlintConfig.ConfigPath::path).containsExactly("overrides.yaml");

        RuleSettings naming = config.rules().get("token-naming");
        assertThat(naming.enabled()).isTrue();
        assertThat(naming.severity()).isNull();
        assertThat(naming.options().get("pattern")).isPresent();
        assertThat(config.rules().get("scope-sprawl").options().get("max").orElseThrow().asText("max")).isEqualTo("6");
        assertThat(config.rules().get("deprecated-endpoint").severity()).isEqualTo(Severity.NOTE);
        assertThat(config.rules().get("deprecated-endpoint").options()).isNull();
        assertThat(config.rules().get("unused-scope").enabled()).isFalse();

        assertThat(config.suppressions()).singleElement().satisfies(s -> {
            assertThat(s.rule()).isEqualTo("unused-scope");
            assertThat(s.token()).isEqualTo("legacy-importer");
            assertThat(s.scope()).isEqualTo("DataExport");
            assertThat(s.endpoint()).isNull();
            assertThat(s.reason()).isEqualTo("until 2027-Q1");
        });
        assertThat(config.baseline().path()).isEqualTo("tokenlint-baseline.json");
    }

    @Test
    void ruleSeverityAndOnOffShorthands() throws IOException {
        TokenlintConfig config = load("""
                rules:
                  token-naming: error
                  scope-sprawl: { enabled: false }
                  unused-scope: on
                """);
        assertThat(config.rules().get("token-naming").severity()).isEqualTo(Severity.ERROR);
        assertThat(config.rules().get("scope-sprawl").enabled()).isFalse();
        assertThat(config.rules().get("unused-scope").enabled()).isTrue();
        assertThat(config.rules().get("unused-scope").severity()).isNull();
    }

    @Test
    void unknownTopLevelKeyIsNamedWithTheNearestValidKey() {
        InvalidInputException e = failure("tokens: []\nsuppres: []\n");
        assertThat(e.location()).isEqualTo(new Location("tokenlint.yaml", 2, 1));
        assertThat(e.getMessage()).contains("unknown key 'suppres'").contains("did you mean 'suppress'?");
        assertThat(e.describe()).startsWith("tokenlint.yaml:2:1: ");
    }

    @Test
    void unknownTokenKeySuggestsScopes() {
        InvalidInputException e = failure("""
                tokens:
                  - name: acme-ci
                    scoeps: [DataExport]
                """);
        assertThat(e.location()).isEqualTo(new Location("tokenlint.yaml", 3, 5));
        assertThat(e.getMessage()).contains("'scoeps'").contains("did you mean 'scopes'?");
    }

    @Test
    void unknownRuleIdAndUnknownRuleOption() {
        InvalidInputException rule = failure("rules:\n  token-namming: off\n");
        assertThat(rule.location()).isEqualTo(new Location("tokenlint.yaml", 2, 3));
        assertThat(rule.getMessage()).contains("unknown rule 'token-namming'").contains("did you mean 'token-naming'?");

        InvalidInputException option = failure("rules:\n  scope-sprawl: { maxx: 3 }\n");
        assertThat(option.location().line()).isEqualTo(2);
        assertThat(option.getMessage()).contains("'maxx'").contains("rules.scope-sprawl").contains("did you mean 'max'?");
    }

    @Test
    void unknownSuppressKeyAndRuleAndMissingReason() {
        assertThat(failure("suppress:\n  - { rule: unused-scope, tokn: x, reason: r }\n").getMessage())
                .contains("did you mean 'token'?");
        InvalidInputException unknownRule = failure("suppress:\n  - { rule: unused-scopes, reason: r }\n");
        assertThat(unknownRule.getMessage()).contains("did you mean 'unused-scope'?");
        assertThat(unknownRule.location().column()).isGreaterThan(1);
        assertThat(failure("suppress:\n  - { rule: unused-scope }\n").getMessage()).contains("'reason'");
    }

    @Test
    void scopesAsAStringIsALocatedTypeError() {
        InvalidInputException e = failure("""
                tokens:
                  - name: acme-ci
                    scopes: DataExport
                """);
        assertThat(e.location()).isEqualTo(new Location("tokenlint.yaml", 3, 13));
        assertThat(e.getMessage()).contains("scopes of token 'acme-ci' must be a list, found a string");
    }

    @Test
    void badDateBadLifetimeBadSeverity() {
        InvalidInputException date = failure("tokens:\n  - { name: a-b, scopes: [], expires: 2027-13-01 }\n");
        assertThat(date.getMessage()).contains("expires of token 'a-b' must be a date written as YYYY-MM-DD");
        assertThat(date.location().line()).isEqualTo(2);

        assertThat(failure("tokens:\n  - { name: a-b, scopes: [], expiresIn: soon }\n").getMessage())
                .contains("expiresIn of token 'a-b' must be a lifetime");
        assertThat(failure("tokens:\n  - { name: a-b, scopes: [], expires: 2027-01-01, expiresIn: 9d }\n")
                .getMessage()).contains("both expires and expiresIn");

        InvalidInputException severity = failure("rules:\n  token-naming: { severity: warn }\n");
        assertThat(severity.getMessage()).contains("must be error, warning or note").contains("did you mean 'warning'?");
        assertThat(failure("rules:\n  token-naming: loud\n").getMessage()).contains("must be off, on, error");
    }

    @Test
    void missingNameIsAnError() {
        assertThat(failure("tokens:\n  - scopes: [DataExport]\n").getMessage()).contains("needs the key 'name'");
    }

    @Test
    void malformedYamlIsLocatedAndDoesNotEchoInput() {
        String secret = "dt0c01." + "A".repeat(24) + "." + "S".repeat(64);
        InvalidInputException e = failure("tokens:\n  - name: [" + secret + "\n  scopes: {\n");
        assertThat(e.getMessage()).startsWith("malformed YAML");
        assertThat(e.location().line()).isPositive();
        assertThat(e.getMessage()).doesNotContain("S".repeat(64));
        assertThat(e.getStackTrace()).isNotNull();
    }

    @Test
    void secretInABadValueIsRedacted() {
        String secret = "dt0c01." + "A".repeat(24) + "." + "S".repeat(64);
        InvalidInputException e = failure("tokens:\n  - { name: a-b, scopes: [], expires: " + secret + " }\n");
        assertThat(e.getMessage()).doesNotContain("SSSS").contains("secret redacted");
    }

    @Test
    void emptyFileAndCommentOnlyFileAreErrors() {
        assertThat(failure("").getMessage()).isEqualTo("file is empty");
        InvalidInputException comments = failure("# nothing here\n");
        assertThat(comments.getMessage()).isEqualTo("file is empty");
        assertThat(comments.location()).isEqualTo(new Location("tokenlint.yaml", 1, 1));
    }

    @Test
    void topLevelListIsATypeError() {
        assertThat(failure("- a\n- b\n").getMessage()).isEqualTo("the config file must be a map, found a list");
    }

    @Test
    void unreadableFileNamesTheFile() {
        assertThatThrownBy(() -> new ConfigLoader().load(dir.resolve("missing.yaml"), "missing.yaml", RULES))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.location()).isEqualTo(Location.ofFile("missing.yaml"));
                    assertThat(e.getMessage()).isEqualTo("cannot read file: no such file");
                });
    }

    @Test
    void fromEntriesTakeNoOtherKeys() {
        assertThat(failure("tokens:\n  - { from: a.json, name: x }\n").getMessage()).contains("unknown key 'name'");
    }
}
