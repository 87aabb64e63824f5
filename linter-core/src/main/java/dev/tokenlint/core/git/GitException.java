package dev.tokenlint.core.git;

/**
 * Git could not answer: not a repository, git not installed, or a git command failed. The
 * message is written for the user (one line, no stack trace needed); the CLI exits with 2.
 */
public final class GitException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public GitException(String message) {
        super(message);
    }

    public GitException(String message, Throwable cause) {
        super(message, cause);
    }
}
