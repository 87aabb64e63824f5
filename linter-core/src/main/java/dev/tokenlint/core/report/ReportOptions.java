package dev.tokenlint.core.report;

/**
 * How to present a report.
 *
 * @param toolVersion tokenlint's version, for SARIF and HTML
 * @param colour      whether the text format may use ANSI colours (only on a TTY)
 * @param width       terminal width the text format wraps messages to, or 0 for one line per finding
 */
public record ReportOptions(String toolVersion, boolean colour, int width) {

    /** Plain output for files and CI logs: no colour, one line per finding. */
    public static ReportOptions plain(String toolVersion) {
        return new ReportOptions(toolVersion, false, 0);
    }
}
