package dev.tokenlint.core.engine;

import dev.tokenlint.core.rules.Diagnostic;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;

/**
 * Stable finding ids for baselines. A fingerprint hashes what a finding is about (rule, file,
 * token, scope, endpoint, message) and never its line or column, so edits that only move lines
 * keep it. Identical findings in one file are told apart by their order of occurrence.
 */
final class Fingerprints {

    private final Map<String, Integer> seen = new HashMap<>();

    /** The fingerprint of {@code d} reported by {@code ruleId}; call in location order. */
    String of(String ruleId, Diagnostic d) {
        String key = String.join("\u0000", ruleId, d.location().file(), nz(d.token()), nz(d.scope()),
                nz(d.endpoint()), d.message());
        String base = sha256(key).substring(0, 16);
        int n = seen.merge(base, 1, Integer::sum);
        return n == 1 ? base : base + "-" + n;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static String sha256(String s) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(h);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }
}
