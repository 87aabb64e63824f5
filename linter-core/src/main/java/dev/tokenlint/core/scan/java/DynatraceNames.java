package dev.tokenlint.core.scan.java;

import java.util.regex.Pattern;

/**
 * Whether a variable, parameter or getter name says its value points at Dynatrace:
 * {@code dynatraceUrl}, {@code dtUrl}, {@code DT_API_URL}, {@code tenantUrl}, {@code apiDtBase}.
 */
final class DynatraceNames {

    private static final Pattern NAME = Pattern.compile(
            "(?i:dynatrace|tenant)|^(?i:dt)(?=[A-Z_]|$)|_(?i:dt)(?=[A-Z_]|$)|(?<=[a-z])Dt(?=[A-Z]|$)");

    /**
     * Other monitoring products whose APIs share paths with Dynatrace's ({@code /api/v1/events} is
     * Datadog's too): a class named for one of them sends to it.
     */
    private static final Pattern OTHER_PRODUCT = Pattern.compile(
            "(?i:datadog|newrelic|new_relic|wavefront|appdynamics|splunk|signalfx|instana|honeycomb|lightstep"
                    + "|elastic|grafana|prometheus|sumologic|logicmonitor|solarwinds|opsgenie|pagerduty)");

    private DynatraceNames() {
    }

    /** Whether {@code className} names another monitoring product and not Dynatrace. */
    static boolean namesOtherProduct(String className) {
        return className != null && OTHER_PRODUCT.matcher(className).find() && !matches(className);
    }

    static boolean matches(String name) {
        return NAME.matcher(name).find();
    }
}
