package dev.tokenlint.core.catalog;

/**
 * How much harm a scope can do, cheapest first. The order is the cost order the
 * least-privilege solver minimises: a token that only reads is preferred over one that
 * ingests, writes or administers.
 */
public enum RiskClass {
    /** Reads data or configuration. */
    READ,
    /** Sends data in (metrics, logs, events) without changing configuration. */
    INGEST,
    /** Changes configuration or monitored state. */
    WRITE,
    /** Manages tokens, security, data privacy or the environment itself. */
    ADMIN;

    /** The id used in catalog files and reports ({@code read}, {@code ingest}, ...). */
    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** Parses {@link #id()}. */
    public static RiskClass fromId(String id) {
        return valueOf(id.toUpperCase(java.util.Locale.ROOT));
    }
}
