package org.hermit.api;

import java.nio.file.Path;
import org.hermit.engine.EnsembleRunner;
import org.hermit.engine.ProgressListener;
import org.hermit.io.observed.ObservedData;

/**
 * How to backtest a scenario: {@code BacktestOptions.at(Months.of(2016, 12)).runs(200).seed(1).out(dir)}.
 *
 * @param cutoff      last month whose observations may be known (Months encoding); later ones are scored
 * @param observed    the record to fit and score; null for the bundled evidence
 * @param runs        ensemble size; null for the scenario's
 * @param seed        master seed of the fit and the ensemble; null for the scenario's
 * @param threads     worker threads; results do not depend on it
 * @param fit         fit the parameters to the record up to the cut-off first ({@link CalibrationOptions}); false to
 *                    run with the registry's priors (and the scenario's own posterior, if it has one)
 * @param calibration budget, population and parameters of the fit (its cut-off, record, seed and threads are this
 *                    backtest's)
 * @param progress    told after each run of the ensemble
 * @param out         directory for backtest.csv, the charts, backtest.html and the posterior; null writes nothing
 */
public record BacktestOptions(int cutoff, ObservedData observed, Integer runs, Long seed, int threads, boolean fit,
                              CalibrationOptions calibration, ProgressListener progress, Path out) {
    public BacktestOptions {
        if (runs != null && runs < 2) {
            throw new IllegalArgumentException("a backtest needs an ensemble of at least 2 runs for its 90% range, got " + runs);
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
        calibration = calibration == null ? CalibrationOptions.defaults() : calibration;
        progress = progress == null ? ProgressListener.NONE : progress;
    }

    /** A backtest with this cut-off: fitted, bundled evidence, the scenario's runs and seed, every core. */
    public static BacktestOptions at(int cutoff) {
        return new BacktestOptions(cutoff, null, null, null, EnsembleRunner.defaultThreads(), true,
                CalibrationOptions.defaults(), ProgressListener.NONE, null);
    }

    public BacktestOptions observed(ObservedData data) {
        return new BacktestOptions(cutoff, data, runs, seed, threads, fit, calibration, progress, out);
    }

    public BacktestOptions runs(int n) {
        return new BacktestOptions(cutoff, observed, n, seed, threads, fit, calibration, progress, out);
    }

    public BacktestOptions seed(long s) {
        return new BacktestOptions(cutoff, observed, runs, s, threads, fit, calibration, progress, out);
    }

    public BacktestOptions threads(int n) {
        return new BacktestOptions(cutoff, observed, runs, seed, n, fit, calibration, progress, out);
    }

    public BacktestOptions fit(boolean f) {
        return new BacktestOptions(cutoff, observed, runs, seed, threads, f, calibration, progress, out);
    }

    public BacktestOptions calibration(CalibrationOptions c) {
        return new BacktestOptions(cutoff, observed, runs, seed, threads, fit, c, progress, out);
    }

    public BacktestOptions progress(ProgressListener p) {
        return new BacktestOptions(cutoff, observed, runs, seed, threads, fit, calibration, p, out);
    }

    public BacktestOptions out(Path dir) {
        return new BacktestOptions(cutoff, observed, runs, seed, threads, fit, calibration, progress, dir);
    }
}
