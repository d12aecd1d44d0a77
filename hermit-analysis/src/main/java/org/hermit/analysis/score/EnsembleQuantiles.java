package org.hermit.analysis.score;

import org.hipparchus.stat.descriptive.rank.Percentile;

/**
 * The simulated ensemble at one period, reduced to the 5th, 50th and 95th percentiles: the median is the
 * point forecast and [p5, p95] the 90% interval.
 */
public record EnsembleQuantiles(double p5, double p50, double p95) {

    public EnsembleQuantiles {
        if (!Double.isFinite(p5) || !Double.isFinite(p50) || !Double.isFinite(p95)) {
            throw new IllegalArgumentException("quantiles must be finite, got " + p5 + ", " + p50 + ", " + p95);
        }
        if (p5 > p50 || p50 > p95) {
            throw new IllegalArgumentException("quantiles must satisfy p5 <= p50 <= p95, got "
                    + p5 + ", " + p50 + ", " + p95);
        }
    }

    /**
     * Percentiles of the run values with linear interpolation between order statistics (Hyndman and Fan's
     * type 7, the default of R and NumPy).
     */
    public static EnsembleQuantiles fromRuns(double... runs) {
        if (runs.length == 0) {
            throw new IllegalArgumentException("an ensemble needs at least one run");
        }
        for (double v : runs) {
            if (!Double.isFinite(v)) {
                throw new IllegalArgumentException("run values must be finite, got " + v);
            }
        }
        Percentile percentile = new Percentile().withEstimationType(Percentile.EstimationType.R_7);
        percentile.setData(runs);
        return new EnsembleQuantiles(percentile.evaluate(5), percentile.evaluate(50), percentile.evaluate(95));
    }

    /** True when p5 <= value <= p95. */
    public boolean covers(double value) {
        return value >= p5 && value <= p95;
    }

    /** The no-change forecast: all three quantiles at one value. */
    public static EnsembleQuantiles point(double value) {
        return new EnsembleQuantiles(value, value, value);
    }
}
