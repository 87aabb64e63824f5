package dev.tokenlint.core.scan;

import java.nio.charset.StandardCharsets;
import java.util.Collection;

/**
 * A small Bloom filter of the type-like words of one source file: every identifier that starts
 * with an ASCII capital letter, in code, strings and comments alike. Taken while the prefilter
 * reads a file it skips, it lets a later round ask "may this file name {@code DtClient}?" without
 * reading the file again: "no" is certain, "maybe" is checked on the text. The scanner keeps one
 * per skipped file (256 bytes), so a wrapper round re-reads the few files that may name a wrapper
 * instead of every skipped file.
 */
public final class TypeNameSignature {

    private static final int BITS = 2048;
    private static final int MASK = BITS - 1;

    private final long[] bits;

    private TypeNameSignature(long[] bits) {
        this.bits = bits;
    }

    /** The signature of the UTF-8 text {@code utf8}. */
    public static TypeNameSignature of(byte[] utf8) {
        long[] bits = new long[BITS / 64];
        int n = utf8.length;
        int i = 0;
        while (i < n) {
            byte b = utf8[i];
            if (!PART[b & 0xFF]) {
                i++;
                continue;
            }
            int start = i;
            if (b >= 'A' && b <= 'Z') {
                long h = FNV_OFFSET;
                while (i < n && PART[utf8[i] & 0xFF]) {
                    h = (h ^ utf8[i]) * FNV_PRIME;
                    i++;
                }
                if (i - start > 1) {
                    set(bits, h);
                }
            } else {
                // most words start in lower case (keywords, variables, methods): skipped without hashing
                while (i < n && PART[utf8[i] & 0xFF]) {
                    i++;
                }
            }
        }
        return new TypeNameSignature(bits);
    }

    /**
     * Whether the file may contain {@code name} as a whole word: false only when it certainly does
     * not. Names this signature cannot judge (not starting with an ASCII capital, or shorter than two
     * characters) are always "maybe".
     */
    public boolean mayContain(String name) {
        if (!judges(name)) {
            return true;
        }
        long h = FNV_OFFSET;
        for (byte c : name.getBytes(StandardCharsets.US_ASCII)) {
            h = (h ^ c) * FNV_PRIME;
        }
        return isSet(h);
    }

    /** Whether the file may contain any of {@code names} as a whole word. */
    public boolean mayContainAny(Collection<String> names) {
        for (String n : names) {
            if (mayContain(n)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code name} is a word the signature records: an identifier starting with an ASCII capital. */
    static boolean judges(String name) {
        if (name.length() < 2 || name.charAt(0) < 'A' || name.charAt(0) > 'Z') {
            return false;
        }
        for (int k = 0; k < name.length(); k++) {
            char c = name.charAt(k);
            if (!isIdentifierPart(c)) {
                return false;
            }
        }
        return true;
    }

    /**
     * ASCII letters, digits, {@code _} and {@code $}. Everything else separates words, non-ASCII
     * letters included: a word is then sometimes cut shorter than Java would cut it, which can only
     * add a "maybe", while every character that ends a Java identifier ends a word here too, so a
     * whole-word mention is never lost.
     */
    private static boolean isIdentifierPart(int b) {
        return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9' || b == '_' || b == '$';
    }

    /** {@link #isIdentifierPart} for every byte value, one load per byte in the scan. */
    private static final boolean[] PART = new boolean[256];

    static {
        for (int b = 0; b < 256; b++) {
            PART[b] = isIdentifierPart(b);
        }
    }

    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;

    /** Three bit positions from one 64-bit hash (its low, middle and high bits). */
    private static void set(long[] bits, long h) {
        for (int k = 0; k < 3; k++) {
            int bit = (int) (h >>> (21 * k)) & MASK;
            bits[bit >>> 6] |= 1L << (bit & 63);
        }
    }

    private boolean isSet(long h) {
        for (int k = 0; k < 3; k++) {
            int bit = (int) (h >>> (21 * k)) & MASK;
            if ((bits[bit >>> 6] & (1L << (bit & 63))) == 0) {
                return false;
            }
        }
        return true;
    }
}
