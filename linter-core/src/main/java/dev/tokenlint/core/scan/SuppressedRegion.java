package dev.tokenlint.core.scan;

import java.util.Set;

/**
 * Lines of a file covered by {@code @SuppressWarnings("tokenlint:<rule-id>")} on a class or
 * method; {@code rules} holds the rule ids (or {@code all} for {@code "tokenlint"} alone).
 */
public record SuppressedRegion(String file, int startLine, int endLine, Set<String> rules) {
    public SuppressedRegion {
        rules = Set.copyOf(rules);
    }

    /** Whether a finding of {@code ruleId} at {@code line} of {@code file} is silenced. */
    public boolean covers(String ruleId, String atFile, int line) {
        return file.equals(atFile) && line >= startLine && line <= endLine
                && (rules.contains(ruleId) || rules.contains("all"));
    }
}
