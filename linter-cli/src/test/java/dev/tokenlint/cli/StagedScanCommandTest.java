package dev.tokenlint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
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

    private static void git(Path dir, String... args) throws Exception {
        String[] all = new String[args.length + 1];
        all[0] = "git";
        System.arraycopy(args, 0, all, 1, args.length);
        assertThat(new ProcessBuilder(all).directory(dir.toFile()).start().waitFor()).isZero();
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
}
