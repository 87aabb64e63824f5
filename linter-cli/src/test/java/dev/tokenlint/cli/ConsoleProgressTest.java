package dev.tokenlint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ConsoleProgressTest {

    private final StringWriter err = new StringWriter();
    private final AtomicLong now = new AtomicLong();
    private final ConsoleProgress progress = new ConsoleProgress(new PrintWriter(err), now::get);

    @Test
    void aScanUnderASecondShowsNothing() {
        progress.started(3);
        now.set(TimeUnit.MILLISECONDS.toNanos(900));
        progress.fileDone();
        progress.fileDone();
        progress.fileDone();
        progress.finished();

        assertThat(err.toString()).isEmpty();
    }

    @Test
    void aLongerScanShowsDoneAndTotalAndErasesTheLineAtTheEnd() {
        progress.started(10);
        progress.fileDone();
        now.set(TimeUnit.MILLISECONDS.toNanos(1500));
        progress.fileDone();
        assertThat(err.toString()).isEqualTo("\rtokenlint: scanning 2/10 files");

        now.addAndGet(TimeUnit.MILLISECONDS.toNanos(10));
        progress.fileDone();
        assertThat(err.toString()).as("redrawn at most ten times a second").doesNotContain("3/10");

        now.addAndGet(TimeUnit.MILLISECONDS.toNanos(200));
        progress.fileDone();
        assertThat(err.toString()).contains("4/10");

        progress.finished();
        assertThat(err.toString()).endsWith("\r" + " ".repeat("tokenlint: scanning 4/10 files".length()) + "\r");
    }

    @Test
    void theLastFileIsAlwaysShown() {
        progress.started(2);
        now.set(TimeUnit.SECONDS.toNanos(2));
        progress.fileDone();
        progress.fileDone();
        assertThat(err.toString()).contains("2/2");
    }
}
