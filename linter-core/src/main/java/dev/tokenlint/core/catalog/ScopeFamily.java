package dev.tokenlint.core.catalog;

/**
 * The naming family of a scope: the broad classic (API v1 era) names such as
 * {@code DataExport}, or the granular v2 names such as {@code metrics.read}.
 */
public enum ScopeFamily {
    CLASSIC, V2;

    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static ScopeFamily fromId(String id) {
        return valueOf(id.toUpperCase(java.util.Locale.ROOT));
    }

    /** v2 scope ids contain a dot ({@code metrics.read}); classic ids never do. */
    public static ScopeFamily of(String scopeId) {
        return scopeId.indexOf('.') >= 0 ? V2 : CLASSIC;
    }
}
