package dev.tokenlint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tokenlint.core.input.Location;
import dev.tokenlint.core.rules.Diagnostic;
import dev.tokenlint.core.rules.Severity;
import dev.tokenlint.core.scan.CodeFacts;
import dev.tokenlint.core.scan.InputProblem;
import dev.tokenlint.core.scan.TokenLiteral;
import java.util.List;
import org.junit.jupiter.api.Test;

/** hardcoded-token, invalid-token-file and unreadable-source: one finding per fact the readers recorded. */
class InputRulesTest {

    private static final String PUBLIC_ID = "dt0c01." + "ABCDEFGHIJKLMNOPQRSTUVWX";

    private static CodeFacts facts(List<TokenLiteral> literals, List<InputProblem> problems) {
        return new CodeFacts(List.of(), literals, List.of(), List.of(), List.of(), List.of(), problems, 1, 1);
    }

    @Test
    void hardcodedTokenShowsOnlyThePublicIdentifierAndReportsUrlTokensToo() {
        Location at = new Location("src/main/resources/application.properties", 3, 17);
        List<Diagnostic> found = new RuleHarness().facts(facts(List.of(new TokenLiteral(at, PUBLIC_ID, false),
                new TokenLiteral(new Location("src/A.java", 9, 30), PUBLIC_ID, true)), List.of()))
                .run(new HardcodedTokenRule());
        assertThat(found).hasSize(2);
        assertThat(found.get(0).location()).isEqualTo(at);
        assertThat(found.get(0).message()).startsWith("access token " + PUBLIC_ID + "... (secret redacted) is written")
                .doesNotContainPattern("\\.[A-Z0-9]{64}");
        assertThat(new HardcodedTokenRule().metadata().defaultSeverity()).isEqualTo(Severity.ERROR);
    }

    @Test
    void noLiteralsNoFindings() {
        assertThat(new RuleHarness().run(new HardcodedTokenRule())).isEmpty();
        assertThat(new RuleHarness().run(new InvalidTokenFileRule())).isEmpty();
        assertThat(new RuleHarness().run(new UnreadableSourceRule())).isEmpty();
    }

    @Test
    void eachBadTokenFileIsAFindingAtItsLocation() {
        Location at = new Location("tokens/broken.json", 2, 7);
        assertThat(new RuleHarness().tokenProblems(new InputProblem(at, "malformed JSON: unexpected end", "tokens"))
                .run(new InvalidTokenFileRule())).singleElement().satisfies(d -> {
                    assertThat(d.location()).isEqualTo(at);
                    assertThat(d.message()).isEqualTo("token file not checked: malformed JSON: unexpected end");
                });
    }

    @Test
    void eachUnreadableSourceIsANote() {
        Location at = new Location("src/Broken.java", 4, 1);
        assertThat(new RuleHarness().facts(facts(List.of(), List.of(new InputProblem(at, "syntax error", "source"))))
                .run(new UnreadableSourceRule())).singleElement()
                .satisfies(d -> assertThat(d.message()).isEqualTo("source not checked: syntax error"));
        assertThat(new UnreadableSourceRule().metadata().defaultSeverity()).isEqualTo(Severity.NOTE);
    }
}
