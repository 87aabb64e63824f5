package dev.tokenlint.core.scan;

import dev.tokenlint.core.input.Location;
import java.util.List;
import java.util.Objects;

/**
 * What the scanner concluded about one use of an HTTP client, or about one way a request reaches
 * it through a wrapper, for {@code tokenlint scan --explain-calls}: the URL as read, how far it
 * resolved, and why it is a call, an unresolved call, followed to its callers, or no Dynatrace call.
 * Recorded only for the files asked for, so a normal scan pays nothing.
 *
 * @param location where the URL meets the request, or the caller that hands it on
 * @param client   the client library recognised ({@code okhttp}, {@code java.net.http}, ...)
 * @param url      the URL as far as it resolved, with unknown parts in braces and token secrets masked
 * @param verdict  the conclusion in words
 * @param call     the call reported from here, or null when none is
 * @param via      the client use and the wrappers this request passed on its way here, innermost first
 */
public record CallTrace(Location location, String client, String url, String verdict, ApiCall call,
                        List<RelatedLocation> via) {

    public CallTrace {
        Objects.requireNonNull(location, "location");
        client = client == null ? "" : client;
        url = url == null ? "" : url;
        Objects.requireNonNull(verdict, "verdict");
        via = List.copyOf(via);
    }

    /** Whether this trace is about {@code file}: reported there, or passing through it. */
    public boolean concerns(String file) {
        return location.file().equals(file) || via.stream().anyMatch(r -> r.location().file().equals(file));
    }
}
