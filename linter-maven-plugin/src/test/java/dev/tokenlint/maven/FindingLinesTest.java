package dev.tokenlint.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tokenlint.core.input.Location;
import dev.tokenlint.core.rules.Finding;
import dev.tokenlint.core.rules.FindingStatus;
import dev.tokenlint.core.rules.Severity;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FindingLinesTest {

    @Test
    void aFindingReadsLikeACompilerError() {
        Finding f = new Finding("missing-scope", Severity.ERROR, "token 'exporter' lacks metrics.ingest",
                new Location("src/main/java/com/acme/Exporter.java", 12, 9), "exporter", "metrics.ingest",
                "POST /api/v2/metrics/ingest", "abc", FindingStatus.OPEN, null);

        assertThat(FindingLines.line(f))
                .isEqualTo("src/main/java/com/acme/Exporter.java:[12,9] missing-scope: token 'exporter' lacks metrics.ingest");
    }

    @Test
    void positionsWithoutColumnOrLineAreLeftOut() {
        assertThat(FindingLines.where(new Location("tokenlint.yaml", 3, 0))).isEqualTo("tokenlint.yaml:[3]");
        assertThat(FindingLines.where(Location.ofFile("tokenlint.yaml"))).isEqualTo("tokenlint.yaml");
    }

    @Test
    void countsNameEverySeverityMostSeriousFirst() {
        Map<Severity, Long> counts = Map.of(Severity.ERROR, 1L, Severity.WARNING, 2L);

        assertThat(FindingLines.counts(s -> counts.getOrDefault(s, 0L))).isEqualTo("1 error, 2 warnings, 0 notes");
    }

    }
