package dev.tokenlint.cli;

import static dev.tokenlint.cli.TestGit.git;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code scan --staged} end to end: the index is checked, paths read as in the repository. */
class StagedScanCommandTest {

    @TempDir
    Path tmp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return TokenlintCommand.execute(args, new PrintWriter(out), new PrintWriter(err));
    }

    private static String token(String name) {
        return "tokens:\n  - name: " + name + "\n    scopes: [metrics.read]\n    expires: 2027-01-01\n";
    }

    @Test
    void checksTheStagedConfigNotTheWorkingTreeOne() throws Exception {
        Path repo = tmp.resolve("repo");
        Files.createDirectories(repo);
        git(repo, "init", "-q");
        Files.writeString(repo.resolve("tokenlint.yaml"), token("test"));
        git(repo, "add", "tokenlint.yaml");
        Files.writeString(repo.resolve("tokenlint.yaml"), token("acme-metrics-reader"));

        int staged = run("scan", "--staged", "--fail-on", "warning", "--as-of", "2026-11-28", repo.toString());
        String stagedOut = out.toString();
        out.getBuffer().setLength(0);
        int working = run("scan", "--fail-on", "warning", "--as-of", "2026-11-28", repo.toString());

        assertThat(staged).isEqualTo(TokenlintCommand.EXIT_FINDINGS);
        assertThat(stagedOut).contains("tokenlint.yaml:2:5: warning token-naming")
                .doesNotContain("tokenlint-staged-").doesNotContain(tmp.toString());
        assertThat(working).isZero();
    }

    @Test
    void aSubfolderProjectKeepsItsRelativePaths() throws Exception {
        Path repo = tmp.resolve("repo");
        Files.createDirectories(repo.resolve("svc"));
        git(repo, "init", "-q");
        Files.writeString(repo.resolve("svc/tokenlint.yaml"), token("test"));
        git(repo, "add", ".");

        int code = run("scan", "--staged", "--fail-on", "warning", "--as-of", "2026-11-28", repo.resolve("svc").toString());

        assertThat(code).isEqualTo(TokenlintCommand.EXIT_FINDINGS);
        assertThat(out.toString()).startsWith("tokenlint.yaml:2:5:").doesNotContain("svc/tokenlint.yaml");
    }

    @Test
    void outsideARepositoryExitsWithTwoAndSaysWhy() {
        assertThat(run("scan", "--staged", tmp.toString())).isEqualTo(TokenlintCommand.EXIT_BAD_INPUT);
        assertThat(err.toString()).contains("--staged").contains("not a git repository")
                .doesNotContain("Exception");
    }

    @Test
    void aCleanIndexGivesTheSameReportAsAFullScan() throws Exception {
        Path repo = tmp.resolve("repo");
        Path src = repo.resolve("src/main/java/com/acme");
        Files.createDirectories(src);
        git(repo, "init", "-q");
        Files.writeString(repo.resolve("tokenlint.yaml"), "tokens:\n  - name: acme-metrics-reader\n"
                + "    scopes: [metrics.read, DataExport]\n    expires: 2027-01-01\n");
        Files.writeString(src.resolve("Paths.java"), "package com.acme;\n"
                + "public final class Paths {\n    public static final String METRICS = \"/api/v2/metrics/query\";\n}\n");
        Files.writeString(src.resolve("Exporter.java"), "package com.acme;\n"
                + "import java.net.URI;\nimport java.net.http.HttpRequest;\n"
                + "class Exporter {\n    HttpRequest r(String token) {\n"
                + "        return HttpRequest.newBuilder(URI.create(\"https://abc123.live.dynatrace.com\" + Paths.METRICS))\n"
                + "                .header(\"Authorization\", \"Api-Token \" + token).GET().build();\n    }\n}\n");
        git(repo, "add", ".");

        run("scan", "--staged", "--no-cache", "--format", "json", "--fail-on", "never", "--as-of", "2026-11-28",
                repo.toString());
        String staged = out.toString();
        out.getBuffer().setLength(0);
        run("scan", "--no-cache", "--format", "json", "--fail-on", "never", "--as-of", "2026-11-28", repo.toString());

        assertThat(staged).isEqualTo(out.toString()).contains("tokenlint.yaml");
    }

    @Test
    void anUnstagedConfigIsNamedInANote() throws Exception {
        Path repo = tmp.resolve("repo");
        Files.createDirectories(repo.resolve("src"));
        git(repo, "init", "-q");
        Files.writeString(repo.resolve("src/A.java"), "class A {}\n");
        git(repo, "add", ".");
        Files.writeString(repo.resolve("tokenlint.yaml"), token("test"));

        int code = run("scan", "--staged", "--no-cache", "--fail-on", "warning", "--as-of", "2026-11-28", repo.toString());

        assertThat(code).isZero();
        assertThat(err.toString()).contains("note: tokenlint.yaml is not staged");
    }

    @Test
    void theInstalledHookStopsACommitWithFindingsAndLetsACleanOneThrough() throws Exception {
        Path repo = tmp.resolve("repo");
        Files.createDirectories(repo);
        git(repo, "init", "-q");
        assertThat(run("install-hook", repo.toString())).isZero();
        Files.writeString(repo.resolve("tokenlint.yaml"),
                token("acme-metrics-reader").replace("metrics.read", "metrics.raed"));
        git(repo, "add", ".");

        ProcessBuilder commit = new ProcessBuilder("git", "-c", "user.name=T", "-c", "user.email=t@example.invalid",
                "commit", "-q", "-m", "x").directory(repo.toFile()).redirectErrorStream(true);
        commit.environment().remove("TOKENLINT");
        commit.environment().put("PATH", "/usr/bin:/bin");
        Process refused = commit.start();
        String refusedOut = new String(refused.getInputStream().readAllBytes());
        assertThat(refused.waitFor()).as(refusedOut).isNotZero();

        Files.writeString(repo.resolve("tokenlint.yaml"), token("acme-metrics-reader"));
        git(repo, "add", ".");
        Process accepted = commit.start();
        String acceptedOut = new String(accepted.getInputStream().readAllBytes());
        assertThat(accepted.waitFor()).as(acceptedOut).isZero();
    }

    /** A repository with a constant, a direct call, a wrapper and a caller of it whose text has no marker. */
    private Path wrapperRepository() throws Exception {
        Path repo = tmp.resolve("wrapped");
        Path src = repo.resolve("src/main/java/w");
        Files.createDirectories(src);
        git(repo, "init", "-q");
        Files.writeString(repo.resolve("tokenlint.yaml"), "tokens:\n  - name: acme-reader\n"
                + "    scopes: [metrics.read, problems.read, DataExport]\n    expires: 2027-01-01\n");
        Files.writeString(src.resolve("Gateway.java"), """
                package w;
                public class Gateway {
                    private final org.springframework.web.client.RestTemplate rest = null;
                    private final String base = System.getenv("DT_URL");
                    public Object read(String path) {
                        return rest.getForObject(base + path, Object.class);
                    }
                }
                """);
        Files.writeString(src.resolve("Names.java"),
                "package w;\nfinal class Names {\n    static final String P = \"/api/v2/problems\";\n}\n");
        Files.writeString(src.resolve("Job.java"), """
                package w;
                class Job {
                    private final Gateway gateway = new Gateway();
                    Object run() {
                        return gateway.read(Names.P);
                    }
                }
                """);
        for (int i = 0; i < 5; i++) {
            Files.writeString(src.resolve("Plain" + i + ".java"), "package w;\nclass Plain" + i + " { int n; }\n");
        }
        git(repo, "add", ".");
        return repo;
    }

    private String json(Path repo, String... extra) {
        out.getBuffer().setLength(0);
        String[] base = {"scan", "--format", "json", "--fail-on", "never", "--as-of", "2026-11-28"};
        String[] all = new String[base.length + extra.length + 1];
        System.arraycopy(base, 0, all, 0, base.length);
        System.arraycopy(extra, 0, all, base.length, extra.length);
        all[all.length - 1] = repo.toString();
        assertThat(run(all)).isZero();
        return out.toString();
    }

    /** Cold and warm staged scans (with the blob-id index) against a full scan without any cache. */
    private void assertStagedEqualsFull(Path repo, Path cache) {
        String full = json(repo, "--no-cache");
        String first = json(repo, "--staged", "--cache-dir", cache.toString());
        String warm = json(repo, "--staged", "--cache-dir", cache.toString());
        assertThat(first).isEqualTo(full);
        assertThat(warm).isEqualTo(full);
    }

    @Test
    void aWarmStagedScanWithTheBlobIndexGivesTheFullScansReport() throws Exception {
        Path repo = wrapperRepository();
        Path cache = tmp.resolve("cache");
        assertStagedEqualsFull(repo, cache);
        assertThat(cache.resolve("staged-blobs.idx")).exists();
        // the caller of the wrapper is found although its text was not read in the warm scan
        assertThat(json(repo, "--staged", "--cache-dir", cache.toString())).contains("src/main/java/w/Job.java")
                .contains("/api/v2/problems");
    }

    @Test
    void aChangedFileIsReadAgain() throws Exception {
        Path repo = wrapperRepository();
        Path cache = tmp.resolve("cache");
        assertStagedEqualsFull(repo, cache);
        String before = json(repo, "--staged", "--cache-dir", cache.toString());
        Files.writeString(repo.resolve("src/main/java/w/Names.java"),
                "package w;\nfinal class Names {\n    static final String P = \"/api/v2/metrics/query\";\n}\n");
        git(repo, "add", ".");
        String after = json(repo, "--staged", "--cache-dir", cache.toString());
        assertThat(after).isNotEqualTo(before).contains("/api/v2/metrics/query").isEqualTo(json(repo, "--no-cache"));
        assertStagedEqualsFull(repo, cache);
    }

    @Test
    void deletedAndRenamedFilesAreHandled() throws Exception {
        Path repo = wrapperRepository();
        Path cache = tmp.resolve("cache");
        assertStagedEqualsFull(repo, cache);
        git(repo, "mv", "src/main/java/w/Job.java", "src/main/java/w/Task.java");
        String renamed = json(repo, "--staged", "--cache-dir", cache.toString());
        assertThat(renamed).contains("src/main/java/w/Task.java").doesNotContain("src/main/java/w/Job.java")
                .isEqualTo(json(repo, "--no-cache"));
        git(repo, "rm", "-q", "-f", "src/main/java/w/Names.java");
        String deleted = json(repo, "--staged", "--cache-dir", cache.toString());
        assertThat(deleted).doesNotContain("/api/v2/problems").isEqualTo(json(repo, "--no-cache"));
        assertStagedEqualsFull(repo, cache);
    }

    @Test
    void filesThatOnlyUseAClientCountInAStagedScanExactlyWhenAFullScanReadsThem() throws Exception {
        Path repo = wrapperRepository();
        // the wrapper now names neither a path nor Dynatrace: it only uses a client
        Files.writeString(repo.resolve("src/main/java/w/Gateway.java"), Files.readString(
                repo.resolve("src/main/java/w/Gateway.java")).replace("DT_URL", "TENANT_URL"));
        Files.writeString(repo.resolve("src/main/java/w/Names.java"), NAMED_PATHS);
        // and one more such file, which does not parse: reported only when such files are read
        Files.writeString(repo.resolve("src/main/java/w/Broken.java"),
                "package w;\nimport java.net.http.HttpClient;\nclass Broken {");
        git(repo, "add", ".");
        Path cache = tmp.resolve("cache");
        assertStagedEqualsFull(repo, cache);
        assertThat(json(repo, "--staged", "--cache-dir", cache.toString())).contains("/api/v2/problems")
                .contains("src/main/java/w/Broken.java");

        // without the one file that names a path, nothing is a Dynatrace call, recorded facts or not
        git(repo, "rm", "-q", "--cached", "src/main/java/w/Names.java");
        Files.delete(repo.resolve("src/main/java/w/Names.java"));
        assertStagedEqualsFull(repo, cache);
        assertThat(json(repo, "--staged", "--cache-dir", cache.toString())).doesNotContain("/api/v2/problems")
                .doesNotContain("src/main/java/w/Broken.java");

        Files.writeString(repo.resolve("src/main/java/w/Names.java"), NAMED_PATHS);
        git(repo, "add", ".");
        assertStagedEqualsFull(repo, cache);
        assertThat(json(repo, "--staged", "--cache-dir", cache.toString())).contains("/api/v2/problems");
    }

    /** Paths of the Dynatrace API: the file names the vendor, which makes calls built from them Dynatrace calls. */
    private static final String NAMED_PATHS =
            "package w;\n/** Dynatrace API paths. */\nfinal class Names {\n    static final String P = \"/api/v2/problems\";\n}\n";

    @Test
    void aCorruptOrForeignIndexIsRebuilt() throws Exception {
        Path repo = wrapperRepository();
        Path cache = tmp.resolve("cache");
        assertStagedEqualsFull(repo, cache);
        Path index = cache.resolve("staged-blobs.idx");
        byte[] good = Files.readAllBytes(index);
        String full = json(repo, "--no-cache");
        byte[] truncated = java.util.Arrays.copyOf(good, good.length / 2);
        byte[] damagedFacts = good.clone();
        for (int i = good.length - 40; i < good.length; i++) {
            damagedFacts[i] = (byte) 0x7f;
        }
        byte[] foreign = new String(good, java.nio.charset.StandardCharsets.ISO_8859_1)
                .replaceFirst("tokenlint [^\n]*", "tokenlint 0.0.0; code x; catalog y")
                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        byte[] garbage = "tokenlint-staged-index/2\ngarbage\0\0S\0zz\0".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        // none is trusted: the scan gives the full scan's report and the index is written anew
        for (byte[] bad : List.of(truncated, damagedFacts, foreign, garbage)) {
            Files.write(index, bad);
            assertThat(json(repo, "--staged", "--cache-dir", cache.toString())).isEqualTo(full);
            assertThat(Files.readAllBytes(index)).isEqualTo(good);
        }
    }

    @Test
    void aSharedIndexServesScansOfDifferentRootsWithTheirOwnPaths() throws Exception {
        Path repo = wrapperRepository();
        Path cache = tmp.resolve("cache");
        Path sub = repo.resolve("src/main/java");
        Files.copy(repo.resolve("tokenlint.yaml"), sub.resolve("tokenlint.yaml"));
        Files.writeString(sub.resolve("w/Exporter.java"), """
                package w;
                import java.net.URI;
                import java.net.http.HttpRequest;
                class Exporter {
                    HttpRequest r() {
                        return HttpRequest.newBuilder(URI.create("https://abc123.live.dynatrace.com/api/v2/metrics/query"))
                                .GET().build();
                    }
                }
                """);
        git(repo, "add", ".");
        assertStagedEqualsFull(repo, cache);
        // the facts recorded for the repository's root name src/main/java/w/Job.java; here it is w/Job.java
        String full = json(sub, "--no-cache");
        assertThat(full).contains("\"w/Exporter.java\"");
        assertThat(json(sub, "--staged", "--cache-dir", cache.toString())).isEqualTo(full);
        assertThat(json(sub, "--staged", "--cache-dir", cache.toString())).isEqualTo(full);
    }
}
