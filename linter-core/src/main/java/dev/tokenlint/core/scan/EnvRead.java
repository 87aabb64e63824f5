package dev.tokenlint.core.scan;

import dev.tokenlint.core.input.Location;

/**
 * Code that reads an environment variable or system property ({@code System.getenv("X")},
 * {@code System.getProperty("x")}, {@code @Value("${x}")}), so calls in its class can be bound
 * to the token declared with {@code env: X}.
 */
public record EnvRead(String name, String className, Location location) {
}
