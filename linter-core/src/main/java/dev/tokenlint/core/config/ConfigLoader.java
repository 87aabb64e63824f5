package dev.tokenlint.core.config;

import java.nio.file.Path;

/** Reads and validates {@code tokenlint.yaml}. */
public final class ConfigLoader {

    /**
     * Reads the config at {@code file}, naming it {@code displayName} in locations.
     *
     * @param knownRules rule ids and their option keys, for validating {@code rules:} and {@code suppress:}
     * @throws dev.tokenlint.core.input.InvalidInputException on any problem, with its location
     */
    public TokenlintConfig load(Path file, String displayName, java.util.Map<String, java.util.List<String>> knownRules) {
        throw new UnsupportedOperationException("not yet implemented");
    }
}
