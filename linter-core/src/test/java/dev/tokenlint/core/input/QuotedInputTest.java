package dev.tokenlint.core.input;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QuotedInputTest {

    private static final String PUBLIC_ID = "dt0c01.ABCDEFGHIJKLMNOPQRSTUVWX";

    @Test
    void redactCutsTheSecretPortionAndKeepsThePublicIdentifier() {
        String token = PUBLIC_ID + "." + "Z".repeat(64);
        assertThat(QuotedInput.redact("owner " + token + " here"))
                .isEqualTo("owner " + PUBLIC_ID + "... (secret redacted) here");
        assertThat(QuotedInput.redact(PUBLIC_ID + ".ZZZZ")).doesNotContain("ZZZZ");
    }

    @Test
    void redactLeavesPublicIdentifiersAndOrdinaryTextAlone() {
        assertThat(QuotedInput.redact(PUBLIC_ID)).isEqualTo(PUBLIC_ID);
        assertThat(QuotedInput.redact("access token " + PUBLIC_ID + " is written"))
                .isEqualTo("access token " + PUBLIC_ID + " is written");
        assertThat(QuotedInput.redact("metrics.read")).isEqualTo("metrics.read");
        assertThat(QuotedInput.redact(null)).isNull();
        // Already redacted text stays as it is (messages pass through the model twice).
        String once = QuotedInput.redact(PUBLIC_ID + "." + "Z".repeat(64));
        assertThat(QuotedInput.redact(once)).isEqualTo(once);
    }
}
