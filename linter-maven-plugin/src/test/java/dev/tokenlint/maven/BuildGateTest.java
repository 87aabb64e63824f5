package dev.tokenlint.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tokenlint.core.engine.LintResult;
import dev.tokenlint.core.input.Location;
import dev.tokenlint.core.rules.Finding;
import dev.tokenlint.core.rules.FindingStatus;
import dev.tokenlint.core.rules.Severity;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.Test;

class BuildGateTest {

    private static final LintResult TWO_ERRORS_ONE_WARNING = result(
            finding(Severity.ERROR, FindingStatus.OPEN, 3),
            finding(Severity.ERROR, FindingStatus.OPEN, 5),
            finding(Severity.WARNING, FindingStatus.OPEN, 7),
            finding(Severity.ERROR, FindingStatus.BASELINED, 9));

    @Test
    void byDefaultOneOpenFindingAtTheSeverityFails() throws MojoExecutionException {
        BuildGate gate = BuildGate.of("error", 0);

        assertThat(gate.counted(TWO_ERRORS_ONE_WARNING)).isEqualTo(2);
        assertThat(gate.fails(TWO_ERRORS_ONE_WARNING)).isTrue();
        assertThat(gate.failure(2)).isEqualTo("2 findings at or above failOn=error");
    }

    @Test
    void maxAllowedViolationsToleratesThatManyAndFailsFromOneMore() throws MojoExecutionException {
        assertThat(BuildGate.of("error", 2).fails(TWO_ERRORS_ONE_WARNING)).isFalse();
        assertThat(BuildGate.of("error", 2).tolerated(2))
                .isEqualTo("2 findings at or above failOn=error, within maxAllowedViolations=2");
        BuildGate warnings = BuildGate.of("warning", 2);
        assertThat(warnings.counted(TWO_ERRORS_ONE_WARNING)).isEqualTo(3);
        assertThat(warnings.fails(TWO_ERRORS_ONE_WARNING)).isTrue();
        assertThat(warnings.failure(3)).isEqualTo("3 findings at or above failOn=warning, more than maxAllowedViolations=2");
    }

    @Test
    void neverCountsNothing() throws MojoExecutionException {
        BuildGate never = BuildGate.of("never", 0);

        assertThat(never.counted(TWO_ERRORS_ONE_WARNING)).isZero();
        assertThat(never.fails(TWO_ERRORS_ONE_WARNING)).isFalse();
    }

    @Test
    void badValuesNameTheirParameter() {
        assertThatThrownBy(() -> BuildGate.of("errors", 0)).isInstanceOf(MojoExecutionException.class)
                .hasMessage("tokenlint: failOn must be error, warning, note or never, not 'errors'");
        assertThatThrownBy(() -> BuildGate.of("error", -1)).isInstanceOf(MojoExecutionException.class)
                .hasMessage("tokenlint: maxAllowedViolations must be 0 or more, not -1");
    }

    private static Finding finding(Severity severity, FindingStatus status, int line) {
        return new Finding("missing-scope", severity, "message", new Location("src/A.java", line, 1), null, null,
                null, "fp" + line, status, null);
    }

    private static LintResult result(Finding... findings) {
        return new LintResult(null, List.of(), null, null, Map.of(), List.of(findings), List.of(),
                LocalDate.of(2026, 12, 1), false);
    }
}
