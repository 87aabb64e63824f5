package dev.tokenlint.core.scan;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Finds whether a text, as UTF-8 bytes, contains any of a set of ASCII markers, in one pass.
 * Gives the same answer as calling {@link String#contains} once per marker (and on the
 * lower-cased text for the markers that ignore case), but reads the text once instead of once per
 * marker: each position is first tested against a table of the markers' first two bytes, and only
 * on a hit are the markers with that start compared. This is the cheap text
 * pass that every source file goes through, so its cost is the scan's floor.
 */
public final class TextMarkers {

    private final String[] markers;
    private final boolean[] ignoreCase;
    /** For each first ASCII char: indexes of the markers that may start with it. */
    private final int[][] byFirst = new int[128][];
    /** Markers that cannot use the tables (shorter than two characters or not ASCII at the start). */
    private final int[] slow;
    /** Whether a marker may start with (first byte, second byte), at index first &lt;&lt; 8 | second; both cases where case is ignored. */
    private final boolean[] bytePairs = new boolean[1 << 16];
    /** Whether every marker is ASCII, which the search on UTF-8 bytes needs. */
    private final boolean asciiOnly;

    /**
     * @param exact      markers matched as written
     * @param ignoreCase markers matched ignoring ASCII case
     */
    public TextMarkers(List<String> exact, List<String> ignoreCase) {
        int n = exact.size() + ignoreCase.size();
        this.markers = new String[n];
        this.ignoreCase = new boolean[n];
        List<List<Integer>> first = new ArrayList<>();
        for (int c = 0; c < 128; c++) {
            first.add(new ArrayList<>());
        }
        List<Integer> slowList = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            boolean fold = i >= exact.size();
            String m = fold ? ignoreCase.get(i - exact.size()).toLowerCase(Locale.ROOT) : exact.get(i);
            markers[i] = m;
            this.ignoreCase[i] = fold;
            if (m.length() < 2 || m.charAt(0) >= 128 || m.charAt(1) >= 128) {
                slowList.add(i);
                continue;
            }
            for (char a : variants(m.charAt(0), fold)) {
                for (char b : variants(m.charAt(1), fold)) {
                    bytePairs[a << 8 | b] = true;
                }
                if (!first.get(a).contains(i)) {
                    first.get(a).add(i);
                }
            }
        }
        for (int c = 0; c < 128; c++) {
            byFirst[c] = first.get(c).stream().mapToInt(Integer::intValue).toArray();
        }
        this.slow = slowList.stream().mapToInt(Integer::intValue).toArray();
        boolean ascii = true;
        for (String m : markers) {
            ascii &= m.chars().allMatch(ch -> ch < 128);
        }
        this.asciiOnly = ascii;
    }

    private static char[] variants(char c, boolean fold) {
        if (!fold || Character.toUpperCase(c) == c || Character.toUpperCase(c) >= 128) {
            return new char[] {c};
        }
        return new char[] {c, Character.toUpperCase(c)};
    }

    /**
     * True when a marker starts at an index in {@code [from, to)} of the UTF-8 {@code bytes}, read
     * without decoding them. Markers are ASCII (checked on construction for this use), and no byte
     * of a multi-byte UTF-8 sequence is ASCII, so this gives the answer {@link String#contains} per
     * marker gives on the decoded text, with case ignored for ASCII letters only.
     *
     * @throws IllegalStateException when a marker is not ASCII
     */
    public boolean anyIn(byte[] bytes, int from, int to) {
        if (!asciiOnly) {
            throw new IllegalStateException("byte search needs ASCII markers");
        }
        for (int i : slow) {
            for (int at = from; at < to; at++) {
                if (matchesBytes(bytes, at, i)) {
                    return true;
                }
            }
        }
        if (to - from < 1) {
            return false;
        }
        int prev = bytes[from] & 0xFF;
        int end = Math.min(to, bytes.length - 1);
        for (int i = from + 1; i <= end; i++) {
            int c = bytes[i] & 0xFF;
            // one table load per byte; bytes of multi-byte sequences (>= 0x80) have no entry
            if (bytePairs[prev << 8 | c] && matchesBytesAt(bytes, i - 1, prev)) {
                return true;
            }
            prev = c;
        }
        return false;
    }

    private boolean matchesBytesAt(byte[] bytes, int at, int first) {
        for (int m : byFirst[first]) {
            if (matchesBytes(bytes, at, m)) {
                return true;
            }
        }
        return false;
    }

    private boolean matchesBytes(byte[] bytes, int at, int m) {
        String marker = markers[m];
        int len = marker.length();
        if (at + len > bytes.length) {
            return false;
        }
        for (int k = 0; k < len; k++) {
            int b = bytes[at + k];
            char c = marker.charAt(k);
            if (b != c && !(ignoreCase[m] && b >= 'A' && b <= 'Z' && b + ('a' - 'A') == c)) {
                return false;
            }
        }
        return true;
    }
}
