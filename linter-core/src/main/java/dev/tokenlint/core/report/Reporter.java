package dev.tokenlint.core.report;

import dev.tokenlint.core.engine.LintResult;
import java.io.IOException;
import java.io.Writer;

/**
 * Writes a {@link LintResult} in one output format. A reporter never decides severity or
 * filters findings beyond their status; it only presents them, sorted as given.
 */
public interface Reporter {

    /** The format id used with {@code --format} and the Maven {@code formats} parameter ({@code text}, {@code json}, ...). */
    String format();

    /** File extension for {@code --output DIR} ({@code tokenlint.<ext>}). */
    String fileExtension();

    /** Writes {@code result} to {@code out}. */
    void write(LintResult result, ReportOptions options, Writer out) throws IOException;
}
