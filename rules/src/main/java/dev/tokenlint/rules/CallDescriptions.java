package dev.tokenlint.rules;

import dev.tokenlint.core.scan.ApiCall;
import dev.tokenlint.core.scan.Resolution;
import java.util.regex.Pattern;

/**
 * How the call rules name a call in a message: the catalog endpoint when the call matched one,
 * otherwise what the scanner resolved. Unresolved expression text is shortened and any
 * token-shaped text in it is cut to its public identifier, so a message can never leak a secret.
 */
final class CallDescriptions {

    /** A Dynatrace token: the public identifier is group 1; the rest is the secret portion. */
    private static final Pattern TOKEN =
            Pattern.compile("(dt0[a-zA-Z][0-9]{2}\\.[A-Z0-9]{24})\\.[A-Z0-9]{64}");

    private static final int MAX_EXPRESSION = 80;

    private CallDescriptions() {
    }

    /** {@code METHOD path} of the matched operation, else of the call; "this CLIENT call" when unresolved. */
    static String endpoint(ApiCall call) {
        if (call.operation() != null) {
            return call.operation().endpoint();
        }
        if (call.resolution() == Resolution.UNRESOLVED) {
            return call.client().isEmpty() ? "this call" : "this " + call.client() + " call";
        }
        return safe(call.endpoint());
    }

    /** The endpoint for a diagnostic's {@code endpoint} field, or null when unresolved. */
    static String endpointField(ApiCall call) {
        if (call.operation() != null) {
            return call.operation().endpoint();
        }
        return call.resolution() == Resolution.UNRESOLVED ? null : safe(call.endpoint());
    }

    /** {@code text} with token secrets removed and cut to a readable length. */
    static String safe(String text) {
        String s = TOKEN.matcher(text).replaceAll("$1.***").replaceAll("\\s+", " ").strip();
        return s.length() <= MAX_EXPRESSION ? s : s.substring(0, MAX_EXPRESSION - 3) + "...";
    }
}
