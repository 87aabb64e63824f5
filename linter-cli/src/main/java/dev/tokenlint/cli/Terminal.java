package dev.tokenlint.cli;

/** What the console can show: colour only on a real terminal, never when redirected or in CI. */
final class Terminal {

    private Terminal() {
    }

    static boolean isInteractive() {
        return System.console() != null && System.getenv("CI") == null;
    }

    static boolean colour() {
        String term = System.getenv("TERM");
        return isInteractive() && System.getenv("NO_COLOR") == null && term != null && !term.equals("dumb");
    }

    /** The width to wrap messages to on a terminal; 0 (no wrapping) when output goes to a file or pipe. */
    static int width() {
        if (!isInteractive()) {
            return 0;
        }
        String cols = System.getenv("COLUMNS");
        if (cols != null) {
            try {
                return Math.max(40, Integer.parseInt(cols.trim()));
            } catch (NumberFormatException e) {
                return 80;
            }
        }
        return 80;
    }
}
