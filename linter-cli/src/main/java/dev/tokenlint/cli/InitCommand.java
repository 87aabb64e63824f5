package dev.tokenlint.cli;

import dev.tokenlint.core.engine.LintEngine;
import dev.tokenlint.core.engine.LintRequest;
import dev.tokenlint.core.engine.LintResult;
import dev.tokenlint.core.init.StarterConfig;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code tokenlint init}: write a least-privilege tokenlint.yaml computed from the code. */
@Command(name = "init", mixinStandardHelpOptions = true,
        description = "Write a starter tokenlint.yaml: one token per source area that calls the Dynatrace API, "
                + "each with the least-privilege scopes its calls need.")
final class InitCommand implements Callable<Integer> {

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "PATH", arity = "0..1", description = "Project folder. Default: the current folder.")
    Path path;

    @Option(names = "--stdout", description = "Print the config instead of writing PATH/tokenlint.yaml.")
    boolean stdout;

    @Option(names = "--force", description = "Overwrite an existing tokenlint.yaml.")
    boolean force;

    @Override
    public Integer call() throws IOException {
        Path root = (path == null ? Path.of("") : path).toAbsolutePath().normalize();
        if (!Files.isDirectory(root)) {
            throw new UsageException("not a folder: " + root);
        }
        Path target = root.resolve("tokenlint.yaml");
        if (!stdout && Files.exists(target) && !force) {
            throw new UsageException(target + " already exists; use --force to overwrite it or --stdout to print");
        }
        // Scan with no config at all: the starter config must come from the code alone.
        LintRequest request = new LintRequest(root, null, List.of(), LocalDate.now(), null, false, List.of());
        LintEngine engine = LintEngine.standard();
        LintResult result = engine.run(request);
        String projectName = root.getFileName() == null ? "project" : root.getFileName().toString();
        String yaml = new StarterConfig().render(result.facts().calls(), result.catalog(), projectName);
        PrintWriter out = spec.commandLine().getOut();
        if (stdout) {
            out.print(yaml);
        } else {
            Files.writeString(target, yaml, StandardCharsets.UTF_8);
            out.println("tokenlint: wrote " + target + " (" + result.facts().calls().size()
                    + " Dynatrace call(s) found); review it, then run 'tokenlint scan'");
        }
        out.flush();
        return 0;
    }
}
