package dev.tokenlint.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code tokenlint} command line: a thin shell over {@link dev.tokenlint.core.engine.LintEngine}.
 * Exit codes: 0 nothing at or above {@code --fail-on}, 1 findings at or above it, 2 bad usage or
 * unreadable or invalid input.
 */
@Command(name = "tokenlint", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Least-privilege linter and scope auditor for Dynatrace API access tokens.",
        subcommands = {ScanCommand.class, InitCommand.class, ExplainCommand.class, CatalogCommand.class,
                CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:no findings at or above --fail-on", "1:findings at or above --fail-on",
                "2:bad usage, or unreadable or invalid input"})
public final class TokenlintCommand implements Runnable {

    /** Exit code when findings reach the threshold. */
    public static final int EXIT_FINDINGS = 1;
    /** Exit code for bad usage and bad input. */
    public static final int EXIT_BAD_INPUT = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(execute(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the command line with the given streams; returns the exit code. Used by tests. */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new TokenlintCommand());
        cl.setOut(out);
        cl.setErr(err);
        cl.setExitCodeExceptionMapper(e -> EXIT_BAD_INPUT);
        cl.setExecutionExceptionHandler(new ErrorHandler());
        cl.setParameterExceptionHandler((ex, a) -> {
            ex.getCommandLine().getErr().println("tokenlint: " + ex.getMessage());
            ex.getCommandLine().getErr().println("Try '" + ex.getCommandLine().getCommandSpec().qualifiedName()
                    + " --help' for more information.");
            return EXIT_BAD_INPUT;
        });
        int code = cl.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
