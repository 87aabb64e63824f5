package dev.tokenlint.core.input;

import java.util.Comparator;
import java.util.Objects;

/**
 * A place in an input file: path relative to the scanned root, written with {@code /}, and a
 * 1-based line and column. Line and column are 0 when the whole file is meant.
 */
public record Location(String file, int line, int column) implements Comparable<Location> {

    private static final Comparator<Location> ORDER = Comparator.comparing(Location::file)
            .thenComparingInt(Location::line)
            .thenComparingInt(Location::column);

    public Location {
        Objects.requireNonNull(file, "file");
        file = file.replace('\\', '/');
        if (line < 0 || column < 0) {
            throw new IllegalArgumentException("line and column must not be negative");
        }
    }

    /** The location of a whole file, for problems that have no better position. */
    public static Location ofFile(String file) {
        return new Location(file, 0, 0);
    }

    /** Compiler-style rendering: {@code file:line:col}, or just the file when no line is known. */
    @Override
    public String toString() {
        if (line == 0) {
            return file;
        }
        return column == 0 ? file + ":" + line : file + ":" + line + ":" + column;
    }

    @Override
    public int compareTo(Location other) {
        return ORDER.compare(this, other);
    }
}
