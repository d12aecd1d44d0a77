package org.hermit.api;

import java.nio.file.Path;
import org.hermit.engine.EnsembleRunner;
import org.hermit.engine.ProgressListener;
import org.hermit.io.output.SweepOptions;

/**
 * How to run a scenario: {@code RunOptions.defaults().runs(1000).seed(7).threads(4).out(Path.of("out/x"))}.
 *
 * @param runs       ensemble size; null for the scenario's own. A single run uses central parameter values.
 * @param seed       master seed; null for the scenario's own
 * @param threads    worker threads (default: every core); results do not depend on it
 * @param out        output directory; null to keep results in memory only
 * @param resume     continue the interrupted sweep stored in out
 * @param seriesRuns how many runs' full series to keep (series.csv, series.parquet, or memory); negative for all
 * @param progress   told after each run
 */
public record RunOptions(Integer runs, Long seed, int threads, Path out, boolean resume, int seriesRuns,
                         ProgressListener progress) {
    public RunOptions {
        if (runs != null && runs < 1) {
            throw new IllegalArgumentException("runs must be at least 1, got " + runs);
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
        progress = progress == null ? ProgressListener.NONE : progress;
    }

    public static RunOptions defaults() {
        return new RunOptions(null, null, EnsembleRunner.defaultThreads(), null, false, SweepOptions.DEFAULT_SERIES_RUNS,
                ProgressListener.NONE);
    }

    public RunOptions runs(int n) {
        return new RunOptions(n, seed, threads, out, resume, seriesRuns, progress);
    }

    public RunOptions seed(long s) {
        return new RunOptions(runs, s, threads, out, resume, seriesRuns, progress);
    }

    public RunOptions threads(int n) {
        return new RunOptions(runs, seed, n, out, resume, seriesRuns, progress);
    }

    public RunOptions out(Path dir) {
        return new RunOptions(runs, seed, threads, dir, resume, seriesRuns, progress);
    }

    public RunOptions resume(boolean r) {
        return new RunOptions(runs, seed, threads, out, r, seriesRuns, progress);
    }

    public RunOptions seriesRuns(int n) {
        return new RunOptions(runs, seed, threads, out, resume, n, progress);
    }

    public RunOptions progress(ProgressListener p) {
        return new RunOptions(runs, seed, threads, out, resume, seriesRuns, p);
    }
}
