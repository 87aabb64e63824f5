package dev.tokenlint.core.tokens;

import java.nio.file.Path;
import java.util.List;

/**
 * Reads token definitions from Tokens API request bodies and token exports, recognised by
 * their shape.
 */
public final class TokenFileReader {

    /**
     * @throws dev.tokenlint.core.input.InvalidInputException when the file is unreadable, malformed or of no known shape
     */
    public List<TokenDefinition> read(Path file, String displayName) {
        throw new UnsupportedOperationException("not yet implemented");
    }
}
