package dev.tokenlint.core.report;

/**
 * How to present a report.
 *
 * @param toolVersion tokenlint's version, for SARIF and HTML
 * @param colour      whether the text format may use ANSI colours (only on a TTY)
 * @param width       terminal width the text format wraps messages to, or 0 for one line per finding
 * @param sourceRoot  where the scanned root lies below the folder SARIF's {@code %SRCROOT%} stands for
 *                    (the top of the build or repository), with {@code /}; empty when they are the same.
 *                    Code scanning resolves paths against the repository root, so a module of a
 *                    multi-module build names its folder here.
 */
public record ReportOptions(String toolVersion, boolean colour, int width, String sourceRoot) {

    public ReportOptions {
        sourceRoot = sourceRoot == null ? "" : sourceRoot;
        if (sourceRoot.startsWith("/") || sourceRoot.contains("\\") || sourceRoot.endsWith("/")) {
            throw new IllegalArgumentException("sourceRoot must be a relative folder with '/', without a trailing '/': "
                    + sourceRoot);
        }
    }

    /** Options for a report whose paths are relative to the folder SARIF's {@code %SRCROOT%} stands for. */
    public ReportOptions(String toolVersion, boolean colour, int width) {
        this(toolVersion, colour, width, "");
    }

    /** Plain output for files and CI logs: no colour, one line per finding. */
    public static ReportOptions plain(String toolVersion) {
        return new ReportOptions(toolVersion, false, 0);
    }

    /** These options for a report file: no colour, one line per finding, the same paths. */
    public ReportOptions forFile() {
        return new ReportOptions(toolVersion, false, 0, sourceRoot);
    }

    /** These options with the scanned root at {@code folder} below {@code %SRCROOT%}. */
    public ReportOptions withSourceRoot(String folder) {
        return new ReportOptions(toolVersion, colour, width, folder);
    }
}
