package dev.tokenlint.core.input;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/**
 * Finds the valid word a misspelt one was probably meant to be, for "did you mean ...?" hints
 * on unknown config keys, rule ids and scopes. Uses the optimal-string-alignment edit distance
 * (insertions, deletions, substitutions and swaps of neighbours), ignoring case, so
 * {@code scoeps} suggests {@code scopes} and {@code dataexport} suggests {@code DataExport}.
 */
public final class NearestMatch {

    private NearestMatch() {
    }

    /**
     * The candidate closest to {@code word}, if one is close enough to be a plausible typo: at
     * most a third of the word's length away (at least 2 edits are always allowed), or one that
     * starts with the word or begins it ({@code warn} for {@code warning}). Ties go to
     * the alphabetically first candidate so hints are stable.
     */
    public static Optional<String> among(String word, Collection<String> candidates) {
        if (word == null || word.isEmpty()) {
            return Optional.empty();
        }
        String w = word.toLowerCase(Locale.ROOT);
        int limit = Math.max(2, w.length() / 3);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            String c = candidate.toLowerCase(Locale.ROOT);
            int d = distance(w, c);
            boolean close = d <= limit || Math.min(w.length(), c.length()) >= 3 && (c.startsWith(w) || w.startsWith(c));
            if (close && (d < bestDistance || d == bestDistance && candidate.compareTo(best) < 0)) {
                best = candidate;
                bestDistance = d;
            }
        }
        return Optional.ofNullable(best);
    }

    /** {@code "; did you mean 'x'?"}, or the empty string when nothing is close. */
    public static String hint(String word, Collection<String> candidates) {
        return among(word, candidates).map(s -> "; did you mean '" + s + "'?").orElse("");
    }

    /** Optimal string alignment distance between {@code a} and {@code b}. */
    static int distance(String a, String b) {
        int n = a.length();
        int m = b.length();
        int[][] d = new int[n + 1][m + 1];
        for (int i = 0; i <= n; i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= m; j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= n; i++) {
            for (int j = 1; j <= m; j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int v = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    v = Math.min(v, d[i - 2][j - 2] + 1);
                }
                d[i][j] = v;
            }
        }
        return d[n][m];
    }
}
