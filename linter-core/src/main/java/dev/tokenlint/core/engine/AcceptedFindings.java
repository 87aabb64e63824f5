package dev.tokenlint.core.engine;

import dev.tokenlint.core.config.Glob;
import dev.tokenlint.core.config.Suppression;
import dev.tokenlint.core.rules.Finding;
import dev.tokenlint.core.rules.FindingStatus;
import dev.tokenlint.core.scan.SuppressedRegion;
import java.util.ArrayList;
import java.util.List;

/**
 * What the team has accepted: the config's {@code suppress} list, {@code @SuppressWarnings}
 * regions in code, and the baseline. Accepted findings are kept and marked, never dropped, so
 * an auditor's run can still show them.
 */
final class AcceptedFindings {

    private final List<Suppression> suppressions;
    private final List<SuppressedRegion> regions;
    private final Baseline baseline;

    AcceptedFindings(List<Suppression> suppressions, List<SuppressedRegion> regions, Baseline baseline) {
        this.suppressions = suppressions;
        this.regions = regions;
        this.baseline = baseline;
    }

    /** {@code findings} with each accepted one marked suppressed or baselined; the order is kept. */
    List<Finding> mark(List<Finding> findings) {
        List<Finding> out = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            Suppression s = matchingSuppression(f);
            if (s != null) {
                out.add(f.withStatus(FindingStatus.SUPPRESSED, s.reason()));
            } else if (suppressedInCode(f)) {
                out.add(f.withStatus(FindingStatus.SUPPRESSED, "@SuppressWarnings(\"tokenlint:" + f.ruleId() + "\")"));
            } else if (baseline.contains(f.fingerprint())) {
                out.add(f.withStatus(FindingStatus.BASELINED, "in baseline"));
            } else {
                out.add(f);
            }
        }
        return out;
    }

    /** The first suppress entry whose rule (or {@code *}) and every given narrowing field match. */
    private Suppression matchingSuppression(Finding f) {
        for (Suppression s : suppressions) {
            boolean matches = (s.rule().equals(f.ruleId()) || s.rule().equals("*"))
                    && (s.token() == null || s.token().equals(f.token()))
                    && (s.scope() == null || s.scope().equals(f.scope()))
                    && (s.endpoint() == null || s.endpoint().equals(f.endpoint()))
                    && (s.file() == null || Glob.of(s.file()).matches(f.location().file()));
            if (matches) {
                return s;
            }
        }
        return null;
    }

    private boolean suppressedInCode(Finding f) {
        return regions.stream().anyMatch(r -> r.covers(f.ruleId(), f.location().file(), f.location().line()));
    }
}
