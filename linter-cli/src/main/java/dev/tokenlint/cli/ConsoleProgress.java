package dev.tokenlint.cli;

import dev.tokenlint.core.scan.ScanProgress;
import java.io.PrintWriter;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;

/**
 * Files done and total on stderr, for scans that take longer than a second on a terminal. The
 * line is rewritten in place at most ten times a second and erased when the scan ends, so it
 * never mixes with the report. Off when output is redirected or {@code CI} is set.
 */
final class ConsoleProgress implements ScanProgress {

    private static final long SHOW_AFTER_NANOS = TimeUnit.SECONDS.toNanos(1);
    private static final long REDRAW_NANOS = TimeUnit.MILLISECONDS.toNanos(100);

    private final PrintWriter err;
    private final LongSupplier clock;
    private final AtomicInteger done = new AtomicInteger();
    private volatile int total;
    private volatile long start;
    private long lastDrawn;
    private int drawnWidth;

    ConsoleProgress(PrintWriter err, LongSupplier clock) {
        this.err = err;
        this.clock = clock;
    }

    /** Progress on {@code err} when the session is interactive, else none. */
    static ScanProgress forConsole(PrintWriter err) {
        return Terminal.isInteractive() ? new ConsoleProgress(err, System::nanoTime) : ScanProgress.none();
    }

    @Override
    public void started(int files) {
        total = files;
        done.set(0);
        start = clock.getAsLong();
    }

    @Override
    public void fileDone() {
        int n = done.incrementAndGet();
        long now = clock.getAsLong();
        if (now - start < SHOW_AFTER_NANOS) {
            return;
        }
        synchronized (this) {
            if (drawnWidth > 0 && now - lastDrawn < REDRAW_NANOS && n < total) {
                return;
            }
            lastDrawn = now;
            String line = "tokenlint: scanning " + n + "/" + total + " files";
            err.print("\r" + line + " ".repeat(Math.max(0, drawnWidth - line.length())));
            err.flush();
            drawnWidth = line.length();
        }
    }

    @Override
    public synchronized void finished() {
        if (drawnWidth > 0) {
            err.print("\r" + " ".repeat(drawnWidth) + "\r");
            err.flush();
            drawnWidth = 0;
        }
    }
}
