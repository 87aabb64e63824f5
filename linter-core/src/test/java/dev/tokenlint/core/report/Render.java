package dev.tokenlint.core.report;

import dev.tokenlint.core.engine.LintResult;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/** Renders a result with a reporter into a string, for assertions. */
final class Render {

    static final ReportOptions PLAIN = ReportOptions.plain("0.1.0-test");

    private Render() {
    }

    static String of(Reporter reporter, LintResult result) {
        return of(reporter, result, PLAIN);
    }

    static String of(Reporter reporter, LintResult result, ReportOptions options) {
        StringWriter out = new StringWriter();
        try {
            reporter.write(result, options, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
