package dev.tokenlint.core.tokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.tokenlint.core.input.InvalidInputException;
import dev.tokenlint.core.input.Location;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TokenFileReaderTest {

    /** A public identifier of the right shape; the secret portion is never built here. */
    private static final String PUBLIC_ID = "dt0c01.ST2EY72KQINMH574WMNVI7YN";

    @TempDir
    Path dir;

    private List<TokenDefinition> read(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        return new TokenFileReader().read(file, "tokens/" + name);
    }

    private InvalidInputException failure(String name, String text) {
        Throwable t = catchThrowable(() -> read(name, text));
        assertThat(t).isInstanceOf(InvalidInputException.class);
        return (InvalidInputException) t;
    }

    @Test
    void v1CreateBodyWithDuration() throws IOException {
        List<TokenDefinition> tokens = read("v1.json", """
                {
                  "name": "ci-deployer",
                  "scopes": ["DataExport", "ReadConfig"],
                  "expiresIn": { "value": 30, "unit": "DAYS" }
                }
                """);
        TokenDefinition t = tokens.get(0);
        assertThat(t.origin()).isEqualTo(TokenOrigin.TOKENS_API_V1_REQUEST);
        assertThat(t.name()).isEqualTo("ci-deployer");
        assertThat(t.location()).isEqualTo(new Location("tokens/v1.json", 2, 11));
        assertThat(t.scopeIds()).containsExactly("DataExport", "ReadConfig");
        assertThat(t.locationOf("ReadConfig")).isEqualTo(new Location("tokens/v1.json", 3, 28));
        assertThat(t.expiresIn()).isEqualTo(Period.ofDays(30));
        assertThat(t.expires()).isNull();
    }

    @Test
    void v1DurationDefaultsToMillisAndRoundsUpToDays() throws IOException {
        TokenDefinition t = read("v1.json", """
                {"name": "a-b", "scopes": ["DataExport"], "expiresIn": {"value": 90000000}}
                """).get(0);
        assertThat(t.expiresIn()).isEqualTo(Period.ofDays(2));
    }

    @Test
    void v2CreateBodyWithAbsoluteRelativeAndMillisExpiry() throws IOException {
        TokenDefinition absolute = read("v2.json", """
                {"name": "exporter", "scopes": ["metrics.ingest"], "expirationDate": "2027-01-25T05:57:01.123+01:00",
                 "personalAccessToken": false}
                """).get(0);
        assertThat(absolute.origin()).isEqualTo(TokenOrigin.TOKENS_API_V2_REQUEST);
        assertThat(absolute.expires()).isEqualTo(LocalDate.of(2027, 1, 25));

        TokenDefinition relative = read("v2r.yaml", """
                name: exporter
                scopes: [metrics.ingest]
                expirationDate: now+14d
                """).get(0);
        assertThat(relative.expiresIn()).isEqualTo(Period.ofDays(14));
        assertThat(relative.location()).isEqualTo(new Location("tokens/v2r.yaml", 1, 7));

        TokenDefinition millis = read("v2m.json", """
                {"name": "exporter", "scopes": [], "expirationDate": 1800000000000}
                """).get(0);
        assertThat(millis.expires()).isEqualTo(LocalDate.of(2027, 1, 15));

        TokenDefinition none = read("v2n.json", "{\"name\": \"x\", \"scopes\": [\"logs.read\"]}").get(0);
        assertThat(none.hasExpiry()).isFalse();
    }

    @Test
    void v2ListExportKeepsAuditDates() throws IOException {
        List<TokenDefinition> tokens = read("export.json", """
                {
                  "totalCount": 2,
                  "pageSize": 100,
                  "nextPageKey": null,
                  "apiTokens": [
                    {
                      "id": "%s",
                      "name": "otel-collector",
                      "enabled": true,
                      "personalAccessToken": false,
                      "owner": "jane.doe",
                      "creationDate": "2025-11-05T08:15:30.144Z",
                      "expirationDate": "2026-11-12T08:15:30.144Z",
                      "lastUsedDate": "2026-01-12T08:15:30.144Z",
                      "lastUsedIpAddress": "34.197.2.44",
                      "modifiedDate": "2025-11-12T08:15:30.144Z",
                      "scopes": ["openTelemetryTrace.ingest", "metrics.ingest"]
                    },
                    { "id": "dt0c01.OTHER", "name": "old", "enabled": false }
                  ]
                }
                """.formatted(PUBLIC_ID));
        assertThat(tokens).hasSize(2);
        TokenDefinition t = tokens.get(0);
        assertThat(t.origin()).isEqualTo(TokenOrigin.TOKENS_API_V2_LIST);
        assertThat(t.origin().isInventory()).isTrue();
        assertThat(t.publicId()).isEqualTo(PUBLIC_ID);
        assertThat(t.owner()).isEqualTo("jane.doe");
        assertThat(t.created()).isEqualTo(Instant.parse("2025-11-05T08:15:30.144Z"));
        assertThat(t.lastUsed()).isEqualTo(Instant.parse("2026-01-12T08:15:30.144Z"));
        assertThat(t.expires()).isEqualTo(LocalDate.of(2026, 11, 12));
        assertThat(t.enabled()).isTrue();
        assertThat(t.locationOf("metrics.ingest").line()).isEqualTo(17);
        assertThat(tokens.get(1).enabled()).isFalse();
        assertThat(tokens.get(1).scopes()).isEmpty();
    }

    @Test
    void v1MetadataAloneInAListAndWrapped() throws IOException {
        String one = """
                {"id": "%s", "name": "legacy", "userId": "bob", "revoked": false, "created": 1700000000000,
                 "expires": 1800000000000, "lastUse": 1750000000000, "scopes": ["DataExport"], "personalAccessToken": false}
                """.formatted(PUBLIC_ID);
        TokenDefinition t = read("meta.json", one).get(0);
        assertThat(t.origin()).isEqualTo(TokenOrigin.TOKENS_API_V1_METADATA);
        assertThat(t.owner()).isEqualTo("bob");
        assertThat(t.created()).isEqualTo(Instant.ofEpochMilli(1700000000000L));
        assertThat(t.lastUsed()).isEqualTo(Instant.ofEpochMilli(1750000000000L));
        assertThat(t.expires()).isEqualTo(LocalDate.of(2027, 1, 15));
        assertThat(t.enabled()).isTrue();

        assertThat(read("list.json", "[" + one + ", {\"name\": \"r\", \"revoked\": true, \"scopes\": []}]"))
                .extracting(TokenDefinition::name, TokenDefinition::enabled)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("legacy", true),
                        org.assertj.core.groups.Tuple.tuple("r", false));
        assertThat(read("values.json", "{\"values\": [" + one + "]}")).singleElement()
                .extracting(TokenDefinition::origin).isEqualTo(TokenOrigin.TOKENS_API_V1_METADATA);
    }

    @Test
    void unknownShapeIsALocatedError() {
        InvalidInputException e = failure("other.json", "{\n  \"dashboards\": []\n}\n");
        assertThat(e.location()).isEqualTo(new Location("tokens/other.json", 2, 3));
        assertThat(e.getMessage()).contains("unknown key 'dashboards'").contains("token object");

        assertThat(failure("empty-object.json", "{}").getMessage()).contains("not a token file");
        assertThat(failure("scalar.json", "42").getMessage()).contains("a token file must be a map, found a number");
    }

    @Test
    void misspeltKeyInARecognisedShapeSuggestsTheRealOne() {
        InvalidInputException e = failure("typo.json", "{\"name\": \"a\", \"scopes\": [], \"expirationDat\": \"now+1d\"}");
        assertThat(e.getMessage()).contains("did you mean 'expirationDate'?");
    }

    @Test
    void scopesMustBeAListAndDatesMustParse() {
        InvalidInputException scopes = failure("s.json", "{\"name\": \"a\",\n \"scopes\": \"DataExport\"}");
        assertThat(scopes.getMessage()).contains("scopes of token 'a' must be a list, found a string");
        assertThat(scopes.location()).isEqualTo(new Location("tokens/s.json", 2, 12));

        InvalidInputException date = failure("d.json", "{\"name\": \"a\", \"scopes\": [], \"expirationDate\": \"soon\"}");
        assertThat(date.getMessage()).contains("expirationDate of token 'a' must be an ISO 8601 date-time");

        assertThat(failure("u.json", "{\"name\": \"a\", \"scopes\": [], \"expiresIn\": {\"value\": 1, \"unit\": \"YEARS\"}}")
                .getMessage()).contains("must be DAYS, HOURS, MINUTES, SECONDS or MILLIS");
    }

    @Test
    void malformedEmptyAndUnreadableFiles() {
        InvalidInputException malformed = failure("bad.json", "{\"name\": \"a\",\n \"scopes\": [\"x\" \"y\"]}");
        assertThat(malformed.getMessage()).startsWith("malformed JSON");
        assertThat(malformed.location().line()).isEqualTo(2);
        InvalidInputException unclosed = failure("unclosed.json", "{\"name\": \"x-y\", \"scopes\": [\n");
        assertThat(unclosed.getMessage()).startsWith("malformed JSON: Unexpected end-of-input")
                .doesNotContain("Source").doesNotContain("start marker");

        assertThat(failure("empty.json", "  \n").getMessage()).isEqualTo("file is empty");

        Throwable missing = catchThrowable(() -> new TokenFileReader().read(dir.resolve("nope.json"), "tokens/nope.json"));
        assertThat(missing).isInstanceOf(InvalidInputException.class)
                .hasMessage("cannot read file: no such file");
    }

    @Test
    void aSecretPastedIntoAFieldNeverReachesTheMessage() {
        String secret = "S".repeat(64);
        InvalidInputException e = failure("leak.json",
                "{\"name\": \"a\", \"scopes\": [], \"expirationDate\": \"dt0c01." + "A".repeat(24) + "." + secret + "\"}");
        assertThat(e.getMessage()).doesNotContain(secret).contains("secret redacted");
    }
}
