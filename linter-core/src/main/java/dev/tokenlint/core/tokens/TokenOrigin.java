package dev.tokenlint.core.tokens;

/** What kind of file a token definition was read from. */
public enum TokenOrigin {
    /** An entry of {@code tokens:} in tokenlint.yaml. */
    CONFIG,
    /** A Tokens API v1 create body {@code {name, scopes, expiresIn}}. */
    TOKENS_API_V1_REQUEST,
    /** An Access tokens API v2 create body {@code {name, scopes, expirationDate}}. */
    TOKENS_API_V2_REQUEST,
    /** An entry of a {@code GET /api/v2/apiTokens} list export. */
    TOKENS_API_V2_LIST,
    /** An entry of a Tokens API v1 metadata export. */
    TOKENS_API_V1_METADATA;

    /** Inventories carry owner, creation, last-use and expiry dates that audit rules read. */
    public boolean isInventory() {
        return this == TOKENS_API_V2_LIST || this == TOKENS_API_V1_METADATA;
    }
}
