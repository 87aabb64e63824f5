package dev.tokenlint.maven;

import dev.tokenlint.core.input.Location;
import dev.tokenlint.core.rules.Finding;
import dev.tokenlint.core.rules.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Renders findings for the Maven log the way compiler errors read there:
 * {@code src/main/java/Foo.java:[12,9] missing-scope: message}.
 */
final class FindingLines {

    private FindingLines() {
    }

    /** One finding as a log line (the log level carries its severity). */
    static String line(Finding f) {
        return where(f.location()) + " " + f.ruleId() + ": " + f.message();
    }

    /** {@code file:[line,col]}, {@code file:[line]} or just the file when no position is known. */
    static String where(Location l) {
        if (l.line() == 0) {
            return l.file();
        }
        return l.column() == 0 ? l.file() + ":[" + l.line() + "]" : l.file() + ":[" + l.line() + "," + l.column() + "]";
    }

    /** {@code "2 errors, 1 warning, 0 notes"}, from most to least serious. */
    static String counts(Function<Severity, Long> count) {
        List<String> parts = new ArrayList<>();
        for (Severity s : List.of(Severity.ERROR, Severity.WARNING, Severity.NOTE)) {
            parts.add(plural(count.apply(s), s.id()));
        }
        return String.join(", ", parts);
    }

    /** {@code "1 error"}, {@code "2 warnings"}. */
    static String plural(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
