package dev.tokenlint.core.catalog;

/** Whether Dynatrace still issues a scope. */
public enum ScopeStatus {
    ACTIVE, DEPRECATED, REMOVED;

    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static ScopeStatus fromId(String id) {
        return valueOf(id.toUpperCase(java.util.Locale.ROOT));
    }
}
