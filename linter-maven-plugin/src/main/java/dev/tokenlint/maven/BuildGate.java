package dev.tokenlint.maven;

import dev.tokenlint.core.engine.LintResult;
import dev.tokenlint.core.rules.Severity;
import java.util.Optional;
import org.apache.maven.plugin.MojoExecutionException;

/**
 * When a module's findings fail the build: the lowest severity that counts ({@code failOn}) and how
 * many open findings at or above it are still tolerated ({@code maxAllowedViolations}, as the
 * Checkstyle and PMD plugins call it). The build fails when more findings than that reach the
 * severity; {@code never} never fails it.
 *
 * @param threshold   the lowest severity that counts, or empty for {@code never}
 * @param maxAllowed  how many counted findings pass; the build fails from {@code maxAllowed + 1}
 */
record BuildGate(Optional<Severity> threshold, int maxAllowed) {

    /** The gate the {@code failOn} and {@code maxAllowedViolations} parameters describe. */
    static BuildGate of(String failOn, int maxAllowedViolations) throws MojoExecutionException {
        Optional<Severity> threshold;
        try {
            threshold = Severity.parseThreshold(failOn);
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("tokenlint: failOn " + e.getMessage());
        }
        if (maxAllowedViolations < 0) {
            throw new MojoExecutionException("tokenlint: maxAllowedViolations must be 0 or more, not "
                    + maxAllowedViolations);
        }
        return new BuildGate(threshold, maxAllowedViolations);
    }

    /** The open findings at or above the threshold; 0 for {@code never}. */
    long counted(LintResult result) {
        return threshold.map(t -> result.openFindings().stream().filter(f -> f.severity().atLeast(t)).count())
                .orElse(0L);
    }

    /** Whether {@code result} fails the build. */
    boolean fails(LintResult result) {
        return threshold.isPresent() && counted(result) > maxAllowed;
    }

    /** Why the build fails: {@code "4 findings at or above failOn=error, more than maxAllowedViolations=3"}. */
    String failure(long counted) {
        return FindingLines.plural(counted, "finding") + " at or above " + failOn()
                + (maxAllowed > 0 ? ", more than maxAllowedViolations=" + maxAllowed : "");
    }

    /** Why findings did not fail the build: {@code "2 findings at or above failOn=error, within maxAllowedViolations=3"}. */
    String tolerated(long counted) {
        return FindingLines.plural(counted, "finding") + " at or above " + failOn() + ", within maxAllowedViolations="
                + maxAllowed;
    }

    private String failOn() {
        return "failOn=" + threshold.map(Severity::id).orElse("never");
    }
}
