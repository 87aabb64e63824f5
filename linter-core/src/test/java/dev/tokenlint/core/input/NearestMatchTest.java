package dev.tokenlint.core.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NearestMatchTest {

    private static final List<String> SCOPES = List.of("DataExport", "metrics.read", "metrics.ingest", "logs.read");

    @Test
    void suggestsTyposSwapsAndCaseSlips() {
        assertThat(NearestMatch.among("metric.read", SCOPES)).contains("metrics.read");
        assertThat(NearestMatch.among("scoeps", List.of("scopes", "owner"))).contains("scopes");
        assertThat(NearestMatch.among("dataexport", SCOPES)).contains("DataExport");
        assertThat(NearestMatch.among("warn", List.of("error", "warning", "note"))).contains("warning");
    }

    @Test
    void staysSilentWhenNothingIsClose() {
        assertThat(NearestMatch.among("WriteConfig", SCOPES)).isEmpty();
        assertThat(NearestMatch.hint("zz", SCOPES)).isEmpty();
        assertThat(NearestMatch.among("", SCOPES)).isEmpty();
    }

    @Test
    void hintIsWrittenAsAQuestion() {
        assertThat(NearestMatch.hint("logs.raed", SCOPES)).isEqualTo("; did you mean 'logs.read'?");
    }

    @Test
    void quotedInputCutsTheSecret() {
        String token = "dt0c01." + "A".repeat(24) + "." + "S".repeat(64);
        String quoted = QuotedInput.quote("x " + token);
        assertThat(quoted).doesNotContain("SSS").contains("dt0c01." + "A".repeat(24)).contains("secret redacted");
        assertThat(QuotedInput.quote("x".repeat(100))).hasSizeLessThan(70);
    }
}
