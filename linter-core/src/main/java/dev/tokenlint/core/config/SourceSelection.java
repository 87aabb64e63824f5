package dev.tokenlint.core.config;

import java.util.List;

/**
 * Which files under the root are scanned, as globs relative to the root ({@code **} crosses
 * folders). An empty include list means every file the scanners understand.
 */
public record SourceSelection(List<String> include, List<String> exclude) {

    public SourceSelection {
        include = List.copyOf(include);
        exclude = List.copyOf(exclude);
    }

    /** Everything, except build output and VCS folders. */
    public static SourceSelection defaults() {
        return new SourceSelection(List.of(), List.of());
    }
}
