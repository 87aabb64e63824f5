package dev.tokenlint.core.scan;

/**
 * Told how far the source scan is, for a progress display. Called from the scanner's worker
 * threads, so implementations must be thread-safe; they must never throw.
 */
public interface ScanProgress {

    /** The scan starts reading {@code files} files. */
    void started(int files);

    /** One more file is done (read, and parsed if it had to be). */
    void fileDone();

    /** The scan is over; a display clears itself. */
    void finished();

    /** Reports nothing. */
    static ScanProgress none() {
        return Silent.INSTANCE;
    }

    /** The progress that shows nothing. */
    enum Silent implements ScanProgress {
        INSTANCE;

        @Override
        public void started(int files) {
            // nothing shown
        }

        @Override
        public void fileDone() {
            // nothing shown
        }

        @Override
        public void finished() {
            // nothing shown
        }
    }
}
