package org.hermit.api;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.hermit.analysis.score.Score;
import org.hermit.analysis.score.SeriesForecast;
import org.hermit.io.observed.Frequency;

/**
 * The outcome of a backtest: the scores per series and horizon band, the forecasts behind them, the fit (when one was
 * made) and the ensemble.
 *
 * @param scenario    the scenario's name
 * @param cutoff      the cut-off month
 * @param startMonth  first month of the runs
 * @param endMonth    last month of the runs (after the scenario's end when observations reach further)
 * @param runs        ensemble size
 * @param seed        master seed
 * @param calibration the fit up to the cut-off, or empty with --no-fit
 * @param series      each scored series with its forecasts, in the order of the scores
 * @param scores      per series: one row per horizon band that has observations, then the band "all"
 * @param ensemble    the ensemble's quantiles
 * @param notes       what a reader should know: series left out and why, a run extended past the scenario's end
 * @param files       files written (empty without an output directory)
 */
public record BacktestResult(String scenario, int cutoff, int startMonth, int endMonth, int runs, long seed,
                             Optional<CalibrationResult> calibration, List<ScoredSeries> series, List<Score> scores,
                             EnsembleResult ensemble, List<String> notes, List<Path> files) {

    /**
     * One scored series.
     *
     * @param label     its name in the table: the series id, with "@monthly" for the monthly observations of a series
     *                  the record also gives by year (a month's flow and a year's are on different scales)
     * @param variable  the output variable that simulates it
     * @param frequency whether its observations are months or years
     * @param forecast  the last observation at the cut-off and each later observation beside its forecast
     */
    public record ScoredSeries(String label, String variable, Frequency frequency, SeriesForecast forecast) {}

    public BacktestResult {
        series = List.copyOf(series);
        scores = List.copyOf(scores);
        notes = List.copyOf(notes);
        files = List.copyOf(files);
    }
}
