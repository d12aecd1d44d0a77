package org.hermit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ProgressBarTest {
    static final long SECOND = 1_000_000_000L;
    final StringWriter err = new StringWriter();
    final AtomicLong now = new AtomicLong(0);

    ProgressBar bar(boolean terminal, boolean quiet) {
        return new ProgressBar(new PrintWriter(err, true), terminal, quiet, now::get, "runs");
    }

    @Test
    void workUnderTwoSecondsDrawsNothingOnATerminal() {
        ProgressBar b = bar(true, false);
        now.set(SECOND);
        b.progress(50, 100);
        now.set(SECOND + SECOND / 2);
        b.progress(100, 100);
        b.finish();
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void longerWorkShowsRunsRateAndTimeLeft() {
        ProgressBar b = bar(true, false);
        b.progress(1, 400);
        now.set(4 * SECOND);
        b.progress(100, 400);
        assertThat(err.toString()).startsWith("\r[").contains("100/400 runs", "25.0 runs/s", "ETA 12 s");
        now.set(16 * SECOND);
        b.progress(400, 400);
        b.finish();
        assertThat(err.toString()).contains("400/400 runs", "in 16 s").endsWith(System.lineSeparator());
    }

    @Test
    void redrawsAtMostTenTimesASecond() {
        ProgressBar b = bar(true, false);
        now.set(3 * SECOND);
        for (int i = 1; i < 1000; i++) {
            b.progress(i, 2000);
        }
        assertThat(err.toString().chars().filter(c -> c == '\r').count()).isEqualTo(1);
    }

    @Test
    void outsideATerminalOneClosingLine() {
        ProgressBar b = bar(false, false);
        b.progress(1, 10);
        now.set(5 * SECOND);
        b.progress(10, 10);
        b.finish();
        assertThat(err.toString()).isEqualTo("hermit: 10/10 runs in 5.0 s (2.0 runs/s)" + System.lineSeparator());
    }

    @Test
    void aResumedSweepCountsOnlyTheRunsDoneNowInItsRate() {
        ProgressBar b = bar(false, false);
        now.set(4 * SECOND);
        b.progress(601, 1000);
        b.progress(1000, 1000);
        b.finish();
        assertThat(err.toString()).isEqualTo("hermit: 1000/1000 runs in 4.0 s (100.0 runs/s; 600 resumed from the stored sweep)"
                + System.lineSeparator());
    }

    @Test
    void quietSaysNothing() {
        ProgressBar b = bar(true, true);
        now.set(10 * SECOND);
        b.progress(1, 2);
        b.finish();
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void durationsReadAsSecondsMinutesOrHours() {
        assertThat(ProgressBar.duration(3.25)).isEqualTo("3.3 s");
        assertThat(ProgressBar.duration(75)).isEqualTo("1:15");
        assertThat(ProgressBar.duration(3725)).isEqualTo("1:02:05");
    }
}
