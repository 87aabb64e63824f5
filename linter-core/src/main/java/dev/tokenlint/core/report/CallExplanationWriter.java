package dev.tokenlint.core.report;

import dev.tokenlint.core.scan.CallTrace;
import dev.tokenlint.core.scan.ExplainedFile;
import dev.tokenlint.core.scan.RelatedLocation;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * Writes what {@code tokenlint scan --explain-calls} found out: for each file asked about, how it was
 * read, and for each client use in it or passing through it, the URL as far as it resolved and the
 * verdict. Plain text in the compiler style ({@code file:line:col}), one block per file, in path order.
 */
public final class CallExplanationWriter {

    /** Writes the explanations of {@code files} to {@code out}. */
    public void write(List<ExplainedFile> files, Writer out) throws IOException {
        StringBuilder sb = new StringBuilder();
        for (ExplainedFile f : files) {
            sb.append(f.file()).append(": ").append(f.read()).append('\n');
            if (f.traces().isEmpty() && f.read().startsWith("parsed")) {
                sb.append("  no use of a supported HTTP client in it, and no request passing through it\n");
            }
            for (CallTrace t : f.traces()) {
                sb.append("  ").append(t.location()).append(": ")
                        .append(t.client().isEmpty() ? "" : t.client() + " request to ")
                        .append(t.url().isEmpty() ? "(no URL)" : t.url()).append('\n');
                sb.append("    ").append(t.verdict()).append('\n');
                for (RelatedLocation r : t.via()) {
                    sb.append("    via ").append(r.location()).append(": ").append(r.note()).append('\n');
                }
            }
        }
        out.write(sb.toString());
    }
}
