package dev.tokenlint.core.scan.java.clients;

/** How the paths of a library's interfaces meet the base URL given where an interface is created. */
public enum BaseJoin {
    /** The library's interfaces are not created with a base URL, or it has none. */
    NONE,
    /** The path is resolved against the base as a relative URL is ({@code HttpUrl.resolve}: Retrofit). */
    RESOLVE,
    /** The path is appended to the base after a slash (Feign's {@code target(Api.class, url)}). */
    APPEND
}
