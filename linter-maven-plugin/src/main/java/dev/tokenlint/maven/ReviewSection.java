package dev.tokenlint.maven;

import dev.tokenlint.core.engine.LintResult;

/**
 * One part of a site report page: a result shown as tokenlint's review (summary, token x scope matrix,
 * tokens, findings) under a title.
 *
 * @param title  what the part is about, for its heading when a page has several ({@code tokenlint.yaml: module-a, module-b})
 * @param result what is shown
 */
record ReviewSection(String title, LintResult result) {
}
