package dev.tokenlint.core.scan;

import dev.tokenlint.core.input.Location;

/**
 * An {@code Authorization} header value built in code next to Dynatrace calls.
 *
 * @param location where the header value is set
 * @param realm    the scheme written before the token ({@code Api-Token}, {@code Bearer}, ...)
 * @param className the enclosing top-level class
 */
public record AuthHeader(Location location, String realm, String className) {
}
