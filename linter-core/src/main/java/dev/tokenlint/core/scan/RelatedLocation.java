package dev.tokenlint.core.scan;

import dev.tokenlint.core.input.Location;
import java.util.Objects;

/**
 * A place that contributed to a call without being where it is reported: the client use inside a
 * wrapper method, or a caller on the way to it. Reports show it beside the call (JSON
 * {@code related}, SARIF {@code relatedLocations}, the HTML page's evidence) so a reader sees
 * where the request is really sent.
 *
 * @param location where
 * @param note     what happens there, e.g. {@code the request is sent here (okhttp)}
 */
public record RelatedLocation(Location location, String note) {

    public RelatedLocation {
        Objects.requireNonNull(location, "location");
        note = note == null ? "" : note;
    }
}
