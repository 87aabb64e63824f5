package dev.tokenlint.core.scan;

import java.util.List;
import java.util.Objects;

/**
 * How the scan read one file it was asked to explain, and what it concluded about each client use
 * in it or passing through it: the answer to "why is my call missing?" without reading tokenlint's
 * source.
 *
 * @param file   the file as shown in locations
 * @param read   how the file was read (or why not), in words
 * @param traces the client uses and wrapper callers concerning the file, sorted by location
 */
public record ExplainedFile(String file, String read, List<CallTrace> traces) {

    public ExplainedFile {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(read, "read");
        traces = List.copyOf(traces);
    }
}
