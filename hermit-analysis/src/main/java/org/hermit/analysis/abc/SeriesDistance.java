package org.hermit.analysis.abc;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A distance between simulated and observed series in which no series dominates: each series' errors are
 * divided by the series' scale, squared and averaged over its observed points, and the distance is the
 * square root of the mean of these over series,
 * d = sqrt( (1/S) sum_s (1/n_s) sum_t ((x_st - y_st) / scale_s)^2 ).
 * A series thus weighs the same whether it has 3 annual points or 120 monthly ones, and whatever its unit.
 * Observed values of NaN are gaps and are skipped; a simulated value that is not finite where an
 * observation exists makes the distance infinite (the proposal is rejected). Immutable and thread-safe.
 */
public final class SeriesDistance {

    /**
     * One observed series.
     *
     * @param observed values at the points the simulation reports, NaN for a gap
     * @param scale    the size of an error that counts as 1 (positive)
     */
    public record Series(String id, double[] observed, double scale) {
        public Series {
            observed = observed.clone();
            if (observedPoints(observed) == 0) {
                throw new IllegalArgumentException("series " + id + " has no observed value");
            }
            if (!(scale > 0) || Double.isInfinite(scale)) {
                throw new IllegalArgumentException("series " + id + ": scale must be positive and finite, got " + scale);
            }
        }

        @Override
        public double[] observed() {
            return observed.clone();
        }
    }

    private final List<Series> series;
    private final double[][] observed;

    public SeriesDistance(List<Series> series) {
        this.series = List.copyOf(series);
        if (this.series.isEmpty()) {
            throw new IllegalArgumentException("a distance needs at least one observed series");
        }
        Set<String> seen = new HashSet<>();
        this.observed = new double[this.series.size()][];
        for (int s = 0; s < this.series.size(); s++) {
            if (!seen.add(this.series.get(s).id())) {
                throw new IllegalArgumentException("duplicate series " + this.series.get(s).id());
            }
            this.observed[s] = this.series.get(s).observed();
        }
    }

    /**
     * Scales each series by the mean absolute value of its observations, so errors are relative (0.1 means
     * about 10% off) and series in KPW, USD and tonnes compare.
     *
     * @param ids      series ids, in the order simulated values will be given
     * @param observed observed values per series (NaN for gaps)
     */
    public static SeriesDistance relative(List<String> ids, List<double[]> observed) {
        if (ids.size() != observed.size()) {
            throw new IllegalArgumentException(ids.size() + " ids but " + observed.size() + " observed series");
        }
        List<Series> series = new ArrayList<>(ids.size());
        for (int s = 0; s < ids.size(); s++) {
            double sum = 0;
            int n = 0;
            for (double y : observed.get(s)) {
                if (!Double.isNaN(y)) {
                    sum += Math.abs(y);
                    n++;
                }
            }
            double scale = n == 0 ? Double.NaN : sum / n;
            if (n > 0 && !(scale > 0)) {
                throw new IllegalArgumentException("series " + ids.get(s) + " is observed as 0 throughout;"
                        + " give it an explicit scale");
            }
            series.add(new Series(ids.get(s), observed.get(s), scale));
        }
        return new SeriesDistance(series);
    }

    public List<String> ids() {
        return series.stream().map(Series::id).toList();
    }

    /** The distance of simulated series given in the order of {@link #ids()}, each as long as its observed one. */
    public double distance(double[][] simulated) {
        double[] perSeries = meanSquaredScaledErrors(simulated);
        double sum = 0;
        for (double e : perSeries) {
            sum += e;
        }
        return Math.sqrt(sum / perSeries.length);
    }

    /**
     * The fit of each series alone: the root mean square of its scaled errors (for "fit per series" reports).
     */
    public double[] perSeries(double[][] simulated) {
        double[] out = meanSquaredScaledErrors(simulated);
        for (int s = 0; s < out.length; s++) {
            out[s] = Math.sqrt(out[s]);
        }
        return out;
    }

    private double[] meanSquaredScaledErrors(double[][] simulated) {
        if (simulated.length != observed.length) {
            throw new IllegalArgumentException("expected " + observed.length + " simulated series, got "
                    + simulated.length);
        }
        double[] out = new double[observed.length];
        for (int s = 0; s < observed.length; s++) {
            double[] y = observed[s];
            double[] x = simulated[s];
            if (x.length != y.length) {
                throw new IllegalArgumentException("series " + series.get(s).id() + ": expected " + y.length
                        + " simulated values, got " + x.length);
            }
            double scale = series.get(s).scale();
            double sum = 0;
            int n = 0;
            for (int t = 0; t < y.length; t++) {
                if (Double.isNaN(y[t])) {
                    continue;
                }
                if (!Double.isFinite(x[t])) {
                    out[s] = Double.POSITIVE_INFINITY;
                    break;
                }
                double e = (x[t] - y[t]) / scale;
                sum += e * e;
                n++;
            }
            if (out[s] != Double.POSITIVE_INFINITY) {
                out[s] = sum / n;
            }
        }
        return out;
    }

    private static int observedPoints(double[] observed) {
        int n = 0;
        for (double y : observed) {
            if (!Double.isNaN(y)) {
                n++;
            }
        }
        return n;
    }
}
