package dev.tokenlint.rules;

import java.util.Arrays;
import java.util.stream.Collectors;

/** Words for a catalog entry's replacement, which may name several scopes ("apiTokens.read, apiTokens.write"). */
final class Replacements {

    private Replacements() {
    }

    /** {@code "; use 'a' or 'b' instead"}, or {@code otherwise} when there is no replacement. */
    static String advice(String replacement, String otherwise) {
        if (replacement == null || replacement.isBlank()) {
            return otherwise;
        }
        String quoted = Arrays.stream(replacement.split(","))
                .map(String::strip).filter(s -> !s.isEmpty()).map(s -> "'" + s + "'")
                .collect(Collectors.joining(" or "));
        return "; use " + quoted + " instead";
    }
}
