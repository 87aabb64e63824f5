package dev.tokenlint.core.scan.java;

import java.util.Locale;
import java.util.Set;

/**
 * The HTTP verb a method's name carries: {@code get}, {@code doPost}, {@code executePagedGetRequest},
 * {@code prepareGet}, {@code getAbs}, {@code sendPUT}. Only a whole camel-case word counts, so
 * {@code budget}, {@code target} and {@code getter} carry none.
 */
final class VerbNames {

    private static final Set<String> VERBS = Set.of("GET", "POST", "PUT", "DELETE", "PATCH");

    private VerbNames() {
    }

    /** The verb of {@code name} in upper case, or null when no word of it is a verb. */
    static String verbOf(String name) {
        int n = name.length();
        int start = 0;
        while (start < n) {
            int end = start + 1;
            boolean upperRun = Character.isUpperCase(name.charAt(start));
            while (end < n) {
                char c = name.charAt(end);
                if (c == '_' || c == '$' || Character.isDigit(c)) {
                    break;
                }
                if (Character.isUpperCase(c)) {
                    // "sendPUT" keeps PUT whole; "GETRequest" splits before the last capital of the run
                    if (!upperRun) {
                        break;
                    }
                    if (end + 1 < n && Character.isLowerCase(name.charAt(end + 1))) {
                        break;
                    }
                } else if (upperRun && end > start + 1) {
                    break;
                } else {
                    upperRun = false;
                }
                end++;
            }
            String word = name.substring(start, end).toUpperCase(Locale.ROOT);
            if (VERBS.contains(word)) {
                return word;
            }
            start = end;
            while (start < n && !Character.isLetter(name.charAt(start))) {
                start++;
            }
        }
        return null;
    }
}
