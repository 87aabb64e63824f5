package dev.tokenlint.core.tokens;

import dev.tokenlint.core.input.Location;
import java.util.Objects;

/** A scope granted to a token, with the place it is written so findings can point at it. */
public record GrantedScope(String id, Location location) {
    public GrantedScope {
        Objects.requireNonNull(id, "id");
        id = dev.tokenlint.core.input.QuotedInput.redact(id);
        Objects.requireNonNull(location, "location");
    }
}
