package dev.tokenlint.core.scan.java;

import java.util.regex.Pattern;

/**
 * Whether a variable, parameter or getter name says its value points at Dynatrace:
 * {@code dynatraceUrl}, {@code dtUrl}, {@code DT_API_URL}, {@code tenantUrl}, {@code apiDtBase}.
 */
final class DynatraceNames {

    private static final Pattern NAME = Pattern.compile(
            "(?i:dynatrace|tenant)|^(?i:dt)(?=[A-Z_]|$)|_(?i:dt)(?=[A-Z_]|$)|(?<=[a-z])Dt(?=[A-Z]|$)");

    private DynatraceNames() {
    }

    static boolean matches(String name) {
        return NAME.matcher(name).find();
    }
}
