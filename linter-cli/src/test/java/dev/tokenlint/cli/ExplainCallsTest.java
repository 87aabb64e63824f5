package dev.tokenlint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code scan --explain-calls}: a user whose call is missed sees, per file, how it was read and what became of
 * each client use, without reading tokenlint's source.
 */
class ExplainCallsTest {

    @TempDir
    Path dir;

    @BeforeEach
    void sources() throws IOException {
        Path pkg = Files.createDirectories(dir.resolve("src/main/java/acme"));
        // a wrapper whose URL is a parameter, a caller that hands it a path, and a request to another host
        Files.writeString(pkg.resolve("DtClient.java"), """
                package acme;

                import java.net.URI;
                import java.net.http.HttpRequest;

                class DtClient {
                    private final String base = System.getenv("DT_URL");

                    HttpRequest get(String path) {
                        return HttpRequest.newBuilder(URI.create(base + path)).GET().build();
                    }

                    HttpRequest weather() {
                        return HttpRequest.newBuilder(URI.create("https://weather.example.org/today")).GET().build();
                    }
                }
                """);
        Files.writeString(pkg.resolve("Problems.java"), """
                package acme;

                class Problems {
                    private final DtClient client = new DtClient();

                    Object open() {
                        return client.get("/api/v2/problems");
                    }
                }
                """);
        Files.writeString(pkg.resolve("Plain.java"), """
                package acme;

                class Plain {
                    int answer() {
                        return 42;
                    }
                }
                """);
    }

    @Test
    void explainsAWrapperItsCallerAndARequestToAnotherHost() {
        CliRun run = CliRun.of("scan", dir.toString(), "--no-cache", "--explain-calls",
                dir.resolve("src/main/java/acme/DtClient.java").toString());

        assertThat(run.exitCode()).isEqualTo(0);
        String out = run.out();
        assertThat(out).startsWith("src/main/java/acme/DtClient.java: parsed; 2 client use(s) recognised\n");
        // the wrapper's client use is followed to its caller, and the call is reported there, with the way it came
        assertThat(out).contains("src/main/java/acme/DtClient.java:10:28: java.net.http request to {getenv}{path}\n"
                + "    the URL takes parameter(s) [path] of DtClient.get: decided at its 1 caller(s): "
                + "src/main/java/acme/Problems.java:7:23\n");
        assertThat(out).contains("src/main/java/acme/Problems.java:7:23: java.net.http request to "
                + "{getenv}/api/v2/problems\n"
                + "    a call GET /api/v2/problems, matched to the catalog operation GET /api/v2/problems "
                + "[problems.read]\n"
                + "    via src/main/java/acme/DtClient.java:10:28: the request is sent here (java.net.http), in "
                + "DtClient.get\n");
        assertThat(out).contains("https://weather.example.org/today\n"
                + "    not a Dynatrace call: the URL is fully known and holds no Dynatrace API path (/api/...)\n");
        // the normal report is not printed
        assertThat(out).doesNotContain("finding");
    }

    @Test
    void saysWhyAFileWasNotParsedAndWhenItWasNotScanned() {
        CliRun run = CliRun.of("scan", dir.toString(), "--no-cache", "--explain-calls",
                dir.resolve("src/main/java/acme/Plain.java").toString(), dir.resolve("Missing.java").toString());

        assertThat(run.exitCode()).isEqualTo(0);
        assertThat(run.out()).contains("Missing.java: not among the files scanned");
        assertThat(run.out()).contains("src/main/java/acme/Plain.java: holds no HTTP client, Dynatrace API path,"
                + " token, Dynatrace name or run-time read: not parsed");
    }

    @Test
    void aFileOutsideTheProjectIsBadUsage() throws IOException {
        Path outside = Files.createTempFile("outside", ".java");
        try {
            CliRun run = CliRun.of("scan", dir.toString(), "--explain-calls", outside.toString());
            assertThat(run.exitCode()).isEqualTo(2);
            assertThat(run.err()).contains("--explain-calls").contains("is not under the project folder");
        } finally {
            Files.delete(outside);
        }
    }
}
