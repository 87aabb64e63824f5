package dev.tokenlint.core.scan;

import dev.tokenlint.core.catalog.Operation;
import dev.tokenlint.core.input.Location;
import java.util.List;
import java.util.Objects;

/**
 * A place in source where a Dynatrace endpoint is requested.
 *
 * @param method     HTTP method in upper case, or null when the client call does not say
 * @param path       the resolved path template starting at {@code /api/}, or the unresolved
 *                   expression's text when {@code resolution} is {@link Resolution#UNRESOLVED}
 * @param operation  the matched catalog operation, or null when none matches
 * @param resolution how the path was resolved
 * @param location   where the URL or path meets the client (builder, constructor, method call or mapping annotation)
 * @param className  the fully qualified name of the enclosing top-level class, for binding by {@code env}
 * @param client     the client library recognised, e.g. {@code java.net.http}, {@code okhttp}, {@code feign}
 * @param related    other places the request passes: for a call through a wrapper, the client use inside it and
 *                   the wrappers between, innermost first; empty for a direct client use
 */
public record ApiCall(String method, String path, Operation operation, Resolution resolution, Location location,
                      String className, String client, List<RelatedLocation> related) {

    /** A call with no related locations. */
    public ApiCall(String method, String path, Operation operation, Resolution resolution, Location location,
                   String className, String client) {
        this(method, path, operation, resolution, location, className, client, List.of());
    }

    public ApiCall {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(resolution, "resolution");
        Objects.requireNonNull(location, "location");
        className = className == null ? "" : className;
        client = client == null ? "" : client;
        related = related == null ? List.of() : List.copyOf(related);
    }

    /** {@code METHOD path} as written in findings, with {@code ?} for an unknown method. */
    public String endpoint() {
        return (method == null ? "?" : method) + " " + path;
    }

    /** The same call matched against another catalog operation. */
    public ApiCall withOperation(Operation op) {
        return new ApiCall(method, path, op, resolution, location, className, client, related);
    }
}
