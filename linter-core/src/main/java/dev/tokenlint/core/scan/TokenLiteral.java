package dev.tokenlint.core.scan;

import dev.tokenlint.core.input.Location;
import java.util.Objects;

/**
 * A Dynatrace token written into a source or config file. Only the public identifier
 * (prefix and public portion) is kept: the secret portion is never stored, so no report can
 * leak it.
 *
 * @param location where the token starts
 * @param publicId prefix and public portion, e.g. {@code dt0c01.ABCDEFGHIJKLMNOPQRSTUVWX}
 * @param inUrl    true when the token is passed as a URL query parameter ({@code ?Api-Token=...})
 */
public record TokenLiteral(Location location, String publicId, boolean inUrl) {
    public TokenLiteral {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(publicId, "publicId");
    }
}
