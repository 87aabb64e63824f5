package dev.tokenlint.core.scan.java;

import dev.tokenlint.core.scan.java.StrExpr.Hole;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Which parameters of a method an expression read in it leaves open: the holes its callers can fill. */
final class ParamHoles {

    private ParamHoles() {
    }

    /** The parameters among {@code params} that are holes of {@code e}. */
    static Set<String> of(StrExpr e, List<String> params) {
        Set<String> out = new HashSet<>();
        collect(e, params, out);
        return out;
    }

    /** Whether the parameter {@code name} is a hole of {@code e}. */
    static boolean uses(StrExpr e, String name) {
        return !of(e, List.of(name)).isEmpty();
    }

    private static void collect(StrExpr e, List<String> params, Set<String> out) {
        if (e instanceof Hole h) {
            if (h.param() && params.contains(h.name())) {
                out.add(h.name());
            }
        } else {
            // a Scoped part is an argument of the caller: its holes are the caller's parameters
            e.children().forEach(p -> collect(p, params, out));
        }
    }
}
