package dev.tokenlint.core.rules;

/**
 * One check. Implementations are registered with {@link java.util.ServiceLoader} under
 * {@code META-INF/services/dev.tokenlint.core.rules.Rule}, carry a {@link RuleInfo}
 * annotation, and have a public no-argument constructor. A rule reads only its
 * {@link RuleContext} and reports {@link Diagnostic}s; it never reads files, never decides its
 * final severity and never formats output.
 */
public interface Rule {

    /** Reports every problem this rule finds in {@code context} to {@code out}. */
    void check(RuleContext context, Diagnostics out);

    /** The rule's metadata, from its {@link RuleInfo} annotation. */
    default RuleMetadata metadata() {
        return RuleMetadata.of(getClass());
    }
}
