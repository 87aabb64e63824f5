package dev.tokenlint.cli;

/** A command-line mistake that has no file location (unknown rule, unknown format). */
final class UsageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
        super(message);
    }
}
