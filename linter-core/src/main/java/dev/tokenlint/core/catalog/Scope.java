package dev.tokenlint.core.catalog;

import java.util.Objects;

/**
 * One access-token scope as Dynatrace defines it.
 *
 * @param id          the scope id as written in the Tokens API ({@code DataExport}, {@code metrics.read})
 * @param title       the one-line title Dynatrace gives it
 * @param description a longer description, may be empty
 * @param family      classic or v2 naming
 * @param status      active, deprecated or removed
 * @param risk        risk class, the cost the least-privilege solver minimises
 * @param paas        part of a PaaS token (InstallerDownload, SupportAlert)
 * @param apiOnly     can only be granted through the API, not in the web UI
 * @param replacement the scope to use instead when deprecated or removed, or null
 * @param source      where the entry comes from (spec file, or the page a hand-kept entry cites)
 */
public record Scope(String id, String title, String description, ScopeFamily family, ScopeStatus status,
                    RiskClass risk, boolean paas, boolean apiOnly, String replacement, String source) {

    public Scope {
        Objects.requireNonNull(id, "id");
        title = title == null ? "" : title;
        description = description == null ? "" : description;
        Objects.requireNonNull(family, "family");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(risk, "risk");
        source = source == null ? "" : source;
    }

    /**
     * The cost the least-privilege solver minimises: the risk class first, and within a class
     * a granular v2 scope is cheaper than a broad classic one.
     */
    public int cost() {
        return risk.ordinal() * 10 + (family == ScopeFamily.CLASSIC ? 5 : 0) + 1;
    }
}
