package dev.tokenlint.rules;

import dev.tokenlint.core.rules.Diagnostic;
import dev.tokenlint.core.rules.Diagnostics;
import dev.tokenlint.core.rules.Rule;
import dev.tokenlint.core.rules.RuleContext;
import dev.tokenlint.core.rules.RuleInfo;
import dev.tokenlint.core.rules.Severity;
import dev.tokenlint.core.scan.ApiCall;
import dev.tokenlint.core.scan.AuthHeader;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An {@code Authorization} header with a scheme other than {@code Api-Token} in a class that
 * calls the classic Environment or Configuration API ({@code /api/v1}, {@code /api/v2},
 * {@code /api/config/v1}), which expect {@code Api-Token <token>}.
 *
 * <p>{@code Bearer} is right for platform tokens and OAuth clients, so a header is only flagged
 * when its class makes classic-API calls, and not when the same class also sets an
 * {@code Api-Token} header: then the other header serves another API.
 */
@RuleInfo(id = "auth-header-realm", severity = Severity.ERROR,
        summary = "An access token sent with a realm other than Api-Token to /api/v1, /api/v2, /api/config/v1")
public final class AuthHeaderRealmRule implements Rule {

    private static final String REALM = "Api-Token";
    private static final List<String> CLASSIC_BASES = List.of("/api/v1/", "/api/v2/", "/api/config/v1/");

    @Override
    public void check(RuleContext context, Diagnostics out) {
        Map<String, ApiCall> firstClassicCall = new HashMap<>();
        for (ApiCall call : context.facts().calls()) {
            if (!call.className().isEmpty() && isClassic(call)) {
                firstClassicCall.merge(call.className(), call, (a, b) -> a.location().compareTo(b.location()) <= 0 ? a : b);
            }
        }
        Set<String> classesWithApiToken = new HashSet<>();
        for (AuthHeader header : context.facts().authHeaders()) {
            if (isApiToken(header)) {
                classesWithApiToken.add(header.className());
            }
        }
        for (AuthHeader header : context.facts().authHeaders()) {
            ApiCall call = header.className() == null ? null : firstClassicCall.get(header.className());
            if (call == null || isApiToken(header) || classesWithApiToken.contains(header.className())) {
                continue;
            }
            String endpoint = CallDescriptions.endpoint(call);
            String realm = header.realm() == null ? "" : header.realm().strip();
            String sent = realm.isEmpty() ? "sends the token without a scheme" : "uses the '" + realm + "' scheme";
            String message = "Authorization header " + sent + ", but this class calls " + endpoint
                    + ", which expects \"Api-Token <token>\" (401 otherwise)";
            out.report(Diagnostic.at(header.location(), message).endpoint(CallDescriptions.endpointField(call)));
        }
    }

    private static boolean isApiToken(AuthHeader header) {
        // HTTP auth schemes are case-insensitive (RFC 9110, section 11.1).
        return header.realm() != null && header.realm().strip().equalsIgnoreCase(REALM);
    }

    /**
     * Whether {@code call} is one of the catalog's classic operations. A path under {@code /api/v1}
     * that the catalog lacks is no known Dynatrace endpoint: AppMon's REST API lives there too and
     * takes {@code Basic} (Dynatrace's own easyTravel fetches AppMon's agent init code so).
     */
    private static boolean isClassic(ApiCall call) {
        if (call.operation() == null) {
            return false;
        }
        String path = call.operation().path();
        for (String base : CLASSIC_BASES) {
            if (path.startsWith(base)) {
                return true;
            }
        }
        return false;
    }
}
