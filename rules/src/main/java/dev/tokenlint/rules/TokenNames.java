package dev.tokenlint.rules;

import java.util.Locale;

/** How token names are compared: Dynatrace shows names as typed, people read them folded. */
final class TokenNames {

    private TokenNames() {
    }

    /** Lower case, surrounding whitespace trimmed, inner runs of whitespace made one space. */
    static String fold(String name) {
        return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
