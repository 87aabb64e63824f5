package dev.tokenlint.core.scan;

import dev.tokenlint.core.input.Location;

/**
 * Something the scan could not read (a syntax error, a non-UTF-8 file, a symlink loop, a bad
 * token file among good ones). The rest of the scan goes on; the problem becomes a finding.
 *
 * @param location where, as exactly as known
 * @param message  what went wrong, without any secret
 * @param kind     {@code source} for Java and properties files, {@code tokens} for token files
 */
public record InputProblem(Location location, String message, String kind) {
}
