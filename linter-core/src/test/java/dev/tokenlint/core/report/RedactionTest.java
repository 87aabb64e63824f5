package dev.tokenlint.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tokenlint.core.engine.LintResult;
import dev.tokenlint.core.rules.Finding;
import dev.tokenlint.core.rules.FindingStatus;
import dev.tokenlint.core.rules.Severity;
import dev.tokenlint.core.scan.TokenLiteral;
import dev.tokenlint.core.scan.TokenPatternScanner;
import dev.tokenlint.core.tokens.TokenDefinition;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The format side of redaction: a token found in source reaches the reports only as its public
 * identifier. The fake token is built here, never written in a fixture.
 */
class RedactionTest {

    private static final String PUBLIC_PART = "ABCDEFGHIJKLMNOPQRSTUVWX";
    private static final String SECRET_PART = "S3CR3T".repeat(10) + "QXYZ";
    private static final String TOKEN = "dt0c01." + PUBLIC_PART + "." + SECRET_PART;

    @TempDir
    Path tmp;

    @Test
    void noFormatEverShowsTheSecretPortion() throws IOException {
        LintResult result = resultWithLiteralsFoundIn(
                "class Exporter {\n  static final String T = \"" + TOKEN + "\";\n"
                        + "  String url = \"https://x.live.dynatrace.com/api/v2/metrics?Api-Token=" + TOKEN + "\";\n}\n");
        List<String> outputs = new ArrayList<>();
        for (Reporter reporter : new Reporters().all()) {
            outputs.add(Render.of(reporter, result));
            outputs.add(Render.of(reporter, result, new ReportOptions("0.1.0-test", true, 80)));
        }
        new ReportDirectory(new Reporters()).write(tmp, new Reporters().formats(), result,
                ReportOptions.plain("0.1.0-test"));
        try (var files = Files.list(tmp)) {
            for (Path f : files.toList()) {
                outputs.add(Files.readString(f, StandardCharsets.UTF_8));
            }
        }

        assertThat(outputs).hasSize(15);
        for (String out : outputs) {
            // A failure must not print the secret either, so only its presence is reported.
            assertThat(out.contains(SECRET_PART)).as("secret portion present in a report").isFalse();
            assertThat(out.contains(SECRET_PART.substring(0, 12))).as("part of the secret present").isFalse();
            assertThat(out).contains("dt0c01." + PUBLIC_PART);
        }
    }

    private static LintResult resultWithLiteralsFoundIn(String source) {
        List<TokenLiteral> literals = new TokenPatternScanner().findTokens(source, "src/main/java/Exporter.java");
        assertThat(literals).hasSize(2);
        LintResult base = SampleResults.typical();
        List<Finding> findings = new ArrayList<>(base.findings());
        for (TokenLiteral literal : literals) {
            String rule = literal.inUrl() ? "token-in-url" : "hardcoded-token";
            findings.add(new Finding(rule, Severity.ERROR, "access token " + literal.publicId()
                    + " is written in source", literal.location(), null, null, null, "f" + findings.size(),
                    FindingStatus.OPEN, null));
        }
        findings.sort(Finding.ORDER);
        TokenDefinition exported = new TokenDefinition("exported", base.tokens().get(0).location(),
                dev.tokenlint.core.tokens.TokenOrigin.TOKENS_API_V2_LIST, List.of(), "someone", null, null, List.of(),
                null, null, literals.get(0).publicId(), null, null, true);
        List<TokenDefinition> tokens = new ArrayList<>(base.tokens());
        tokens.add(exported);
        return new LintResult(base.catalog(), tokens, base.facts(), base.bindings(), base.leastPrivilege(), findings,
                base.rules(), base.asOf(), true);
    }
}
