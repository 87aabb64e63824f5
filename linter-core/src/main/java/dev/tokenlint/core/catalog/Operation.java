package dev.tokenlint.core.catalog;

import java.util.List;
import java.util.Objects;

/**
 * One REST operation and the scopes that authorise it.
 *
 * @param method      HTTP method in upper case
 * @param path        full path template including its base, e.g. {@code /api/v2/metrics/{metricSelector}}
 * @param base        the API base the path starts with: {@code /api/v1}, {@code /api/v2} or {@code /api/config/v1}
 * @param scopes      accepted scopes: any one of them authorises the call (alternatives, not a conjunction)
 * @param anyScope    true when any token scope authorises the call ("Any Api-Token scope")
 * @param deprecated  whether the spec marks the operation deprecated
 * @param operationId the spec's operationId, may be empty
 * @param summary     the spec's summary, may be empty
 * @param replacement what to call instead when deprecated (e.g. {@code /api/v2/apiTokens}), or null
 * @param source      the spec file or documentation page the entry comes from
 */
public record Operation(String method, String path, String base, List<String> scopes, boolean anyScope,
                        boolean deprecated, String operationId, String summary, String replacement,
                        String source) {

    public Operation {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        method = method.toUpperCase(java.util.Locale.ROOT);
        base = base == null ? "" : base;
        scopes = List.copyOf(scopes);
        operationId = operationId == null ? "" : operationId;
        summary = summary == null ? "" : summary;
        source = source == null ? "" : source;
    }

    /** {@code METHOD path}, the way findings and reports name an endpoint. */
    public String endpoint() {
        return method + " " + path;
    }

    /** True when the call needs no scope at all (for example {@code GET /api/v1/time}). */
    public boolean needsNoScope() {
        return scopes.isEmpty() && !anyScope;
    }
}
