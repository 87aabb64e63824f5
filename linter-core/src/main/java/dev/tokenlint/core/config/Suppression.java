package dev.tokenlint.core.config;

import dev.tokenlint.core.input.Location;

/**
 * An entry of the config's {@code suppress} list: findings of {@code rule} (and, where given,
 * only for this token, scope, endpoint or file glob) are accepted, with a written reason.
 */
public record Suppression(String rule, String token, String scope, String endpoint, String file, String reason,
                          Location location) {
}
