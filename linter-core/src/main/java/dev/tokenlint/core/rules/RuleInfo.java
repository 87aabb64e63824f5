package dev.tokenlint.core.rules;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The identity of a {@link Rule}, declared on its class so the rule, {@code tokenlint explain},
 * the SARIF rule table and the docs can never disagree. The rule's documentation page is the
 * resource {@code META-INF/tokenlint/rules/<id>.md} next to the rule class.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface RuleInfo {

    /** Kebab-case id ({@code unused-scope}) used in config, suppressions and reports. */
    String id();

    /** Severity when the config does not re-grade the rule. */
    Severity severity();

    /** One line saying what the rule finds. */
    String summary();

    /** Option keys the rule reads from {@code rules.<id>} in the config (besides {@code severity} and {@code enabled}). */
    String[] options() default {};
}
