package org.hermit.analysis.score;

import java.util.ArrayList;
import java.util.List;

/**
 * Scores ensemble forecasts against what was observed after the cut-off, per series and per horizon band.
 *
 * <p>For the observations y_t of a band, with median forecast m_t, interval [p5_t, p95_t] and c the last
 * observation at or before the cut-off:
 * <ul>
 *   <li>n: the number of observations;</li>
 *   <li>MAPE = 100 * mean(|m_t - y_t| / |y_t|) over the observations with y_t != 0 (a zero observation has
 *       no percentage error); NaN when every observation is 0;</li>
 *   <li>MASE = mean(|m_t - y_t|) / mean(|c - y_t|), both means over the same observations: the error of the
 *       median relative to the error of the no-change (random walk) forecast from the cut-off. Below 1 the
 *       model beats no change. This scales by the out-of-sample error of no change, not by Hyndman and
 *       Koehler's in-sample one-step error. When the denominator is 0 (every observation equals c) the
 *       ratio is undefined and MASE is NaN, even for a perfect forecast;</li>
 *   <li>coverage90 = share of observations with p5_t &lt;= y_t &lt;= p95_t;</li>
 *   <li>directionHit = share, among the observations with y_t != c, of those where sign(m_t - c) equals
 *       sign(y_t - c); a median equal to c predicts no change and so misses. NaN when every observation
 *       equals c.</li>
 * </ul>
 * When the series has no observation at or before the cut-off (c is NaN), MASE and directionHit are NaN.
 */
public final class ForecastScorer {
    private ForecastScorer() {}

    /**
     * The scores of one series: one per band among 1-12, 13-24 and 25+ that holds observations, in that
     * order, then the band {@code all}. A series with no observation after the cut-off gets no rows.
     */
    public static List<Score> score(SeriesForecast forecast) {
        List<Score> scores = new ArrayList<>(4);
        if (forecast.points().isEmpty()) {
            return scores;
        }
        for (HorizonBand band : HorizonBand.values()) {
            List<ForecastPoint> inBand = forecast.points().stream()
                    .filter(p -> band.contains(p.horizonMonths()))
                    .toList();
            if (!inBand.isEmpty()) {
                scores.add(score(forecast.series(), band, forecast.lastObservedAtCutoff(), inBand));
            }
        }
        return scores;
    }

    /** The scores of several series, series by series in the given order. */
    public static List<Score> scoreAll(List<SeriesForecast> forecasts) {
        List<Score> scores = new ArrayList<>();
        for (SeriesForecast f : forecasts) {
            scores.addAll(score(f));
        }
        return scores;
    }

    /** The scores of the given points, taken as one band. */
    public static Score score(String series, HorizonBand band, double lastObservedAtCutoff,
                              List<ForecastPoint> points) {
        int n = points.size();
        double absPctSum = 0;
        int pctCount = 0;
        double absErrorSum = 0;
        double absNoChangeErrorSum = 0;
        int covered = 0;
        int directional = 0;
        int directionHits = 0;
        for (ForecastPoint p : points) {
            double y = p.observed();
            double median = p.forecast().p50();
            double absError = Math.abs(median - y);
            if (y != 0) {
                absPctSum += absError / Math.abs(y);
                pctCount++;
            }
            absErrorSum += absError;
            absNoChangeErrorSum += Math.abs(lastObservedAtCutoff - y);
            if (p.forecast().covers(y)) {
                covered++;
            }
            double observedChange = Math.signum(y - lastObservedAtCutoff);
            if (observedChange != 0) {
                directional++;
                if (Math.signum(median - lastObservedAtCutoff) == observedChange) {
                    directionHits++;
                }
            }
        }
        double mape = pctCount == 0 ? Double.NaN : 100.0 * absPctSum / pctCount;
        boolean noChange = !Double.isNaN(lastObservedAtCutoff);
        double mase = !noChange || absNoChangeErrorSum == 0 ? Double.NaN : absErrorSum / absNoChangeErrorSum;
        double coverage = n == 0 ? Double.NaN : (double) covered / n;
        double direction = !noChange || directional == 0 ? Double.NaN : (double) directionHits / directional;
        return new Score(series, band, n, mape, mase, coverage, direction);
    }
}
