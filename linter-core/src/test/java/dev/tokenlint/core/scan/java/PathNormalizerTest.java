package dev.tokenlint.core.scan.java;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tokenlint.core.scan.java.PathNormalizer.Host;
import dev.tokenlint.core.scan.java.PathNormalizer.Normalized;
import dev.tokenlint.core.scan.java.Resolved.Piece;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PathNormalizerTest {

    private final PathNormalizer normalizer = new PathNormalizer();

    private Optional<Normalized> normalize(Piece... pieces) {
        return normalizer.normalize(new Resolved(List.of(pieces), Set.of(), Set.of()));
    }

    private static Piece t(String text) {
        return Piece.text(text);
    }

    private static Piece h(String name) {
        return Piece.hole(name);
    }

    @Test
    void stripsSchemeHostPortEnvironmentPrefixQueryAndFragment() {
        assertThat(normalize(t("https://dt.acme.corp:9999/e/abc-123/api/v2/problems/?from=now-2h#top")))
                .contains(new Normalized("/api/v2/problems", Host.DYNATRACE));
    }

    @Test
    void unknownPartsBecomeNamedSegmentsAndPlaceholdersCountAsUnknown() {
        assertThat(normalize(h("baseUrl"), t("/api/v2/entities/"), h("entityId")))
                .contains(new Normalized("/api/v2/entities/{entityId}", Host.UNKNOWN));
        assertThat(normalize(t("${dynatrace.url}/api/v2/metrics/ingest")))
                .contains(new Normalized("/api/v2/metrics/ingest", Host.DYNATRACE));
        assertThat(normalize(t("${orders.url}/api/v1/timeseries/custom:"), h("name")))
                .contains(new Normalized("/api/v1/timeseries/custom:{name}", Host.UNKNOWN));
    }

    @Test
    void aLiteralHostThatIsNotDynatraceIsOther() {
        assertThat(normalize(t("https://api.datadoghq.com/api/v1/events")).map(Normalized::host)).contains(Host.OTHER);
        assertThat(normalize(t("http://localhost:8080/api/v2/metrics/ingest")).map(Normalized::host))
                .contains(Host.OTHER);
        assertThat(normalize(t("https://"), h("host"), t("/api/v2/slo")).map(Normalized::host)).contains(Host.UNKNOWN);
        assertThat(normalize(h("dtUrl"), t("/api/v2/slo")).map(Normalized::host)).contains(Host.DYNATRACE);
    }

    @Test
    void retrofitStylePathsWithoutLeadingSlashAreAccepted() {
        assertThat(normalize(t("api/v2/events/ingest"))).contains(new Normalized("/api/v2/events/ingest", Host.UNKNOWN));
        assertThat(normalize(h("base"), t("api/v2/events/ingest")).map(Normalized::path))
                .contains("/api/v2/events/ingest");
    }

    @Test
    void aUrlWithoutAnApiPathIsNotNormalised() {
        assertThat(normalize(t("https://abc.live.dynatrace.com/rest-api-doc/"))).isEmpty();
        assertThat(normalize(h("url"))).isEmpty();
        assertThat(normalize(t("/apiary/v2/x"))).isEmpty();
    }
}
