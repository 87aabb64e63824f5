package dev.tokenlint.cli;

import dev.tokenlint.core.input.InvalidInputException;
import picocli.CommandLine;

/**
 * Turns exceptions into one-line messages and exit code 2. Bad input prints
 * {@code file:line:col: error: message}; anything else is an internal error reported without a
 * stack trace unless {@code TOKENLINT_DEBUG} is set.
 */
final class ErrorHandler implements CommandLine.IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception ex, CommandLine cl, CommandLine.ParseResult parseResult) {
        if (ex instanceof InvalidInputException bad) {
            cl.getErr().println(bad.location() + ": error: " + bad.getMessage());
        } else if (ex instanceof UsageException usage) {
            cl.getErr().println("tokenlint: " + usage.getMessage());
        } else {
            cl.getErr().println("tokenlint: internal error: " + ex.getClass().getSimpleName()
                    + (ex.getMessage() == null ? "" : ": " + ex.getMessage()));
            if (System.getenv("TOKENLINT_DEBUG") != null) {
                ex.printStackTrace(new java.io.PrintWriter(cl.getErr(), true));
            }
        }
        cl.getErr().flush();
        return TokenlintCommand.EXIT_BAD_INPUT;
    }
}
