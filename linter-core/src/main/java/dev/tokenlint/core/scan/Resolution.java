package dev.tokenlint.core.scan;

/** How the scanner worked out the path of an {@link ApiCall}. */
public enum Resolution {
    /** A string literal at the call. */
    LITERAL,
    /** A {@code static final} constant of the same file. */
    CONSTANT,
    /** A {@code static final} constant of another file of the source set. */
    CROSS_FILE_CONSTANT,
    /** String concatenation of resolvable parts. */
    CONCATENATION,
    /** {@code String.format} or {@code MessageFormat.format}. */
    FORMAT,
    /** A {@code StringBuilder} chain or a URI builder. */
    BUILDER,
    /** A mapping annotation of an interface client (Feign, Retrofit, JAX-RS, {@code @HttpExchange}). */
    ANNOTATION,
    /** Configuration such as Spring Boot properties (Micrometer's Dynatrace registry). */
    CONFIGURATION,
    /** The path could not be resolved statically. */
    UNRESOLVED;

    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
