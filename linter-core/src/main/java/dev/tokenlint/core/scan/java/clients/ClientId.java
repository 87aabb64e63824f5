package dev.tokenlint.core.scan.java.clients;

import java.util.Objects;

/**
 * The name of what makes a request, as reports print it ({@code okhttp}, {@code java.net.http},
 * {@code feign}): each {@link HttpClientLibrary} has one, and so have the few sources of calls
 * that are no client library. The string form is what {@code ApiCall.client}, the reports and
 * the cache carry, so it never changes for a library once released.
 *
 * @param id the printed name, never blank
 */
public record ClientId(String id) {

    /** A method of some other type whose name carries an HTTP verb ({@code doPost(path)}). */
    public static final ClientId VERB_NAMED = new ClientId("verb-named");

    /** Spring's reactive {@code WebClient}. */
    public static final ClientId SPRING_WEBCLIENT = new ClientId("spring-webclient");

    /** A Micrometer Dynatrace registry, configured in code or in Spring Boot properties. */
    public static final ClientId MICROMETER_DYNATRACE = new ClientId("micrometer-dynatrace");

    public ClientId {
        Objects.requireNonNull(id, "id");
        if (id.isBlank()) {
            throw new IllegalArgumentException("a client id is never blank");
        }
    }

    @Override
    public String toString() {
        return id;
    }
}
