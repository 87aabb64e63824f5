package dev.tokenlint.core.catalog;

/**
 * Supplies the bundled permission catalog. The rule pack registers one with
 * {@link java.util.ServiceLoader} ({@code META-INF/services/dev.tokenlint.core.catalog.CatalogProvider});
 * core itself ships no Dynatrace knowledge.
 */
public interface CatalogProvider {

    /** The bundled catalog. */
    PermissionCatalog load();
}
