package dev.tokenlint.core.rules;

/** Where a {@link Rule} reports what it finds. */
@FunctionalInterface
public interface Diagnostics {
    void report(Diagnostic diagnostic);
}
