package org.hermit.io.output;

import java.util.function.IntConsumer;
import org.hermit.engine.EnsembleRunner;
import org.hermit.engine.ProgressListener;
import org.hermit.engine.stats.StreamingQuantiles;

/**
 * How to run a sweep.
 *
 * @param runs       ensemble size (a single run uses central parameter values)
 * @param threads    worker threads
 * @param resume     continue the sweep stored in the output directory instead of starting afresh
 * @param seriesRuns how many runs (0 .. seriesRuns-1) series.csv and series.parquet hold; negative for all.
 *                   hermit.duckdb always holds every run.
 * @param exactLimit ensembles up to this size get exact quantiles, larger ones t-digest estimates
 * @param progress   told after each run
 * @param committed  told the number of runs stored after each commit to the database (crash-safety tests)
 */
public record SweepOptions(int runs, long seed, int threads, boolean resume, int seriesRuns, int exactLimit,
                           ProgressListener progress, IntConsumer committed) {
    /** By default the series files hold the first 100 runs: about 2 million rows, 90 MB of CSV. */
    public static final int DEFAULT_SERIES_RUNS = 100;

    public SweepOptions {
        if (runs < 1) {
            throw new IllegalArgumentException("runs must be at least 1, got " + runs);
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
        progress = progress == null ? ProgressListener.NONE : progress;
        committed = committed == null ? n -> { } : committed;
    }

    public static SweepOptions of(int runs, long seed) {
        return new SweepOptions(runs, seed, EnsembleRunner.defaultThreads(), false, DEFAULT_SERIES_RUNS,
                StreamingQuantiles.DEFAULT_EXACT_LIMIT, ProgressListener.NONE, null);
    }

    public SweepOptions withThreads(int n) {
        return new SweepOptions(runs, seed, n, resume, seriesRuns, exactLimit, progress, committed);
    }

    public SweepOptions withResume(boolean r) {
        return new SweepOptions(runs, seed, threads, r, seriesRuns, exactLimit, progress, committed);
    }

    public SweepOptions withSeriesRuns(int n) {
        return new SweepOptions(runs, seed, threads, resume, n, exactLimit, progress, committed);
    }

    public SweepOptions withExactLimit(int n) {
        return new SweepOptions(runs, seed, threads, resume, seriesRuns, n, progress, committed);
    }

    public SweepOptions withProgress(ProgressListener p) {
        return new SweepOptions(runs, seed, threads, resume, seriesRuns, exactLimit, p, committed);
    }

    public SweepOptions withCommitted(IntConsumer c) {
        return new SweepOptions(runs, seed, threads, resume, seriesRuns, exactLimit, progress, c);
    }

    /** Runs the series files hold. */
    int seriesRunsHeld() {
        return seriesRuns < 0 ? runs : Math.min(seriesRuns, runs);
    }
}
