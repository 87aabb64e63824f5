package dev.tokenlint.core.scan;

import dev.tokenlint.core.input.Location;

/**
 * A URL in code that passes an access token as a query parameter ({@code ?Api-Token=} or
 * {@code ?api-token=}), whatever the token's value.
 *
 * @param location  where the URL text is
 * @param parameter the parameter name as written
 */
public record TokenInUrl(Location location, String parameter) {
}
