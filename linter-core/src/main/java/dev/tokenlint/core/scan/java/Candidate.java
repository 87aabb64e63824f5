package dev.tokenlint.core.scan.java;

import dev.tokenlint.core.scan.RelatedLocation;
import dev.tokenlint.core.scan.java.FileFacts.CallSite;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A call site for the link phase to decide on: where, what, and in which file its expression is
 * read. Each pass makes new candidates from old ones (one per method assigning a field, one per
 * caller of a wrapper) until {@link CallDecision} decides them.
 *
 * @param site           the site, its URL, method and guards as far as the passes have rewritten them
 * @param url            the URL expression to resolve
 * @param file           the file the expression is read in (a wrapper's caller, once followed)
 * @param params         parameter values already bound
 * @param evidenceFiles  further files whose Dynatrace marker counts for this call (the wrapper's, the base's)
 * @param passedIn       what callers passed into the wrapper's URL parameters, for the resolution kind
 * @param wrapperClass   the class of the first wrapper followed, empty when none
 * @param verbHint       the HTTP method a wrapper's name gives ({@code doPost}), else null
 * @param fieldsExpanded the fields the site reads were already replaced by their writes
 * @param anchored       the call stays at the site (an interface's annotation) while its base's callers are followed
 * @param via            the wrappers and bases passed, as related locations
 * @param calls          the wrapper the caller calls, {@link MethodKey#NONE} at the site itself
 */
record Candidate(CallSite site, StrExpr url, FileFacts file, Map<String, Resolved> params,
                 Set<String> evidenceFiles, List<StrExpr> passedIn, String wrapperClass, String verbHint,
                 boolean fieldsExpanded, boolean anchored, List<RelatedLocation> via, MethodKey calls) {

    /** A site as the file states it, with the files that add evidence. */
    Candidate(CallSite site, StrExpr url, FileFacts file, Map<String, Resolved> params, Set<String> evidenceFiles) {
        this(site, url, file, params, evidenceFiles, List.of(), "", null, false, false, List.of(), MethodKey.NONE);
    }
}
