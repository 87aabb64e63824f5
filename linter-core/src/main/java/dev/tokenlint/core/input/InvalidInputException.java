package dev.tokenlint.core.input;

import java.util.Objects;

/**
 * Input that tokenlint cannot use: malformed YAML or JSON, an unknown config key, a wrong
 * type, an unreadable file. Carries the location of the problem so every front end can print
 * it as {@code file:line:col: error: message} and exit with code 2. Messages never contain the
 * secret portion of a token: callers pass only redacted text.
 */
public final class InvalidInputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Location location;

    public InvalidInputException(Location location, String message) {
        super(message);
        this.location = Objects.requireNonNull(location, "location");
    }

    public InvalidInputException(Location location, String message, Throwable cause) {
        super(message, cause);
        this.location = Objects.requireNonNull(location, "location");
    }

    public Location location() {
        return location;
    }

    /** One line: {@code file:line:col: message}. */
    public String describe() {
        return location + ": " + getMessage();
    }
}
