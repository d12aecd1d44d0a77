package org.hermit.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.LongSupplier;
import org.hermit.engine.ProgressListener;

/**
 * Progress of an ensemble on stderr. On a terminal, a bar that appears once the work has taken two seconds
 * (shorter work stays silent) and redraws at most ten times a second: runs done of total, rate, time left.
 * Elsewhere (a log, a pipe) no bar, only one line at the end. Quiet: nothing at all.
 */
final class ProgressBar implements ProgressListener {
    static final long SHOW_AFTER_NANOS = 2_000_000_000L;
    private static final long REDRAW_NANOS = 100_000_000L;
    private static final int BAR_WIDTH = 30;

    private final PrintWriter err;
    private final boolean terminal;
    private final boolean quiet;
    private final LongSupplier clock;
    private final String what;
    private final long start;
    private long lastDraw;
    private boolean drawn;
    private long done;
    private long total;
    // Runs done before this process started (a resumed sweep): the first report comes after this process's first run.
    private long resumed = -1;

    ProgressBar(PrintWriter err, boolean terminal, boolean quiet, LongSupplier clock, String what) {
        this.err = err;
        this.terminal = terminal;
        this.quiet = quiet;
        this.clock = clock;
        this.what = what;
        this.start = clock.getAsLong();
    }

    /**
     * Counts from zero: the first report is not taken as the end of a resumed sweep (for work that reports in batches,
     * such as the simulations of a calibration).
     */
    ProgressBar nothingResumed() {
        resumed = 0;
        return this;
    }

    /** Whether stderr is an interactive terminal (the JVM can only tell for the console as a whole). */
    static boolean stderrIsTerminal() {
        return System.console() != null;
    }

    @Override
    public void progress(long doneNow, long totalNow) {
        if (resumed < 0) {
            resumed = doneNow - 1;
        }
        this.done = doneNow;
        this.total = totalNow;
        if (quiet || !terminal) {
            return;
        }
        long now = clock.getAsLong();
        if (now - start >= SHOW_AFTER_NANOS && (now - lastDraw >= REDRAW_NANOS || doneNow == totalNow)) {
            err.print("\r" + bar(now));
            err.flush();
            lastDraw = now;
            drawn = true;
        }
    }

    /** Ends the bar's line, or prints the one closing line when stderr is not a terminal. */
    void finish() {
        if (quiet) {
            return;
        }
        long now = clock.getAsLong();
        if (terminal) {
            if (drawn) {
                err.println("\r" + bar(now));
            }
        } else {
            double seconds = (now - start) / 1e9;
            err.println(String.format(Locale.ROOT, "hermit: %d/%d %s in %s (%s%s)", done, total, what,
                    duration(seconds), rate(done - resumedRuns(), seconds),
                    resumedRuns() > 0 ? "; " + resumedRuns() + " resumed from the stored sweep" : ""));
        }
        err.flush();
    }

    String bar(long now) {
        double seconds = (now - start) / 1e9;
        double share = total == 0 ? 1 : (double) done / total;
        int filled = (int) Math.round(share * BAR_WIDTH);
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < BAR_WIDTH; i++) {
            sb.append(i < filled ? '=' : (i == filled ? '>' : ' '));
        }
        long fresh = done - resumedRuns();
        sb.append("] ").append(done).append('/').append(total).append(' ').append(what).append("  ").append(rate(fresh, seconds));
        if (fresh > 0 && done < total) {
            sb.append("  ETA ").append(duration(seconds * (total - done) / fresh));
        } else if (done == total) {
            sb.append("  in ").append(duration(seconds));
        }
        return sb.append("   ").toString();
    }

    private long resumedRuns() {
        return Math.max(0, resumed);
    }

    private String rate(long n, double seconds) {
        return seconds <= 0 ? "-" : String.format(Locale.ROOT, "%.1f %s/s", n / seconds, what);
    }

    static String duration(double seconds) {
        long s = Math.round(seconds);
        if (s < 60) {
            return seconds < 10 ? String.format(Locale.ROOT, "%.1f s", seconds) : s + " s";
        }
        if (s < 3600) {
            return String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
        }
        return String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, (s / 60) % 60, s % 60);
    }
}
