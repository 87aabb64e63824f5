package dev.tokenlint.core.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SeverityTest {

    @Test
    void thresholdAcceptsSeveritiesInAnyCaseAndNever() {
        assertThat(Severity.parseThreshold("warning")).contains(Severity.WARNING);
        assertThat(Severity.parseThreshold(" ERROR ")).contains(Severity.ERROR);
        assertThat(Severity.parseThreshold("never")).isEmpty();
        assertThatThrownBy(() -> Severity.parseThreshold("warn")).hasMessage(
                "must be error, warning, note or never, not 'warn'");
    }

    @Test
    void orderIsNoteWarningError() {
        assertThat(Severity.ERROR.atLeast(Severity.WARNING)).isTrue();
        assertThat(Severity.NOTE.atLeast(Severity.WARNING)).isFalse();
        assertThat(Severity.WARNING.atLeast(Severity.WARNING)).isTrue();
    }
}
