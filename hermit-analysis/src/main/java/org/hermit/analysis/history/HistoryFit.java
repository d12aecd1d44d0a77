package org.hermit.analysis.history;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hermit.analysis.abc.SeriesDistance;
import org.hermit.io.observed.Observation;
import org.hermit.io.observed.ObservedData;
import org.hermit.io.observed.ObservedSeries;
import org.hermit.model.output.SeriesBuffer;
import org.hermit.model.output.Variable;
import org.hermit.model.output.Variables;

/**
 * How far a run is from the record: every observation of every observed series the model simulates, inside the
 * run and before a cut-off, compared through {@link SeriesDistance} so that no series dominates. Quantities that
 * span orders of magnitude (prices, trade, money) are compared in logs (floored at 1% of the series' median), where
 * an error of 0.25 (about 28%) counts as one; growth rates in percentage points (3 points count as one); shares in points of share (0.1 counts as one).
 * An observation of a period in which the variable is undefined (GDP growth in a run's first year, see
 * {@link Target#definedIn}) is left out: not fitted, not scored, no row in the {@link HistoryTable}.
 */
public final class HistoryFit {
    /** How a series is compared. */
    public enum Scale {
        LOG(0.25), GROWTH_POINTS(3.0), SHARE(0.1);

        final double unit;

        Scale(double unit) {
            this.unit = unit;
        }
    }

    private final List<String> ids = new ArrayList<>();
    private final List<List<Target>> targets = new ArrayList<>();
    private final List<Scale> scales = new ArrayList<>();
    private final List<Double> floors = new ArrayList<>();
    private final List<double[]> observedTransformed = new ArrayList<>();

    /** The most a single observation can count, in scale units (a robust, Huber-like cap). */
    static final double MAX_POINT_ERROR = 4.0;
    private final SeriesDistance distance;
    private final int startMonth;

    /**
     * @param observed   the observations to fit (already cut to the months wanted)
     * @param startMonth first month of the runs to be compared
     * @param months     length of the runs
     * @param only       series ids to use, or empty for every series the model simulates
     */
    public HistoryFit(ObservedData observed, int startMonth, int months, Set<String> only) {
        this.startMonth = startMonth;
        List<SeriesDistance.Series> series = new ArrayList<>();
        for (ObservedSeries s : observed.series().values()) {
            if (!only.isEmpty() && !only.contains(s.id())) {
                continue;
            }
            Variable v = Variables.byId(s.id()).orElse(null);
            if (v == null) {
                continue;
            }
            Scale scale = scaleOf(s.id());
            List<Target> ts = new ArrayList<>();
            for (Observation o : s.observations()) {
                Target t = new Target(v, o);
                if (t.coveredBy(startMonth, months) && t.definedIn(startMonth, months)
                        && (scale != Scale.LOG || o.value() > 0)) {
                    ts.add(t);
                }
            }
            if (ts.isEmpty()) {
                continue;
            }
            double floor = scale == Scale.LOG ? LOG_FLOOR_SHARE * median(ts) : 0.0;
            double[] obs = new double[ts.size()];
            for (int i = 0; i < obs.length; i++) {
                obs[i] = transform(scale, ts.get(i).observation().value(), floor);
            }
            floors.add(floor);
            observedTransformed.add(obs);
            ids.add(s.id());
            targets.add(ts);
            scales.add(scale);
            series.add(new SeriesDistance.Series(s.id(), obs, scale.unit));
        }
        if (series.isEmpty()) {
            throw new IllegalArgumentException("no observation falls inside the run");
        }
        distance = new SeriesDistance(series);
    }

    /** How the series is compared: growth rates in points, shares in share points, everything else in logs. */
    public static Scale scaleOf(String id) {
        if (id.endsWith("_growth_pct")) {
            return Scale.GROWTH_POINTS;
        }
        if (id.endsWith("_share") || id.endsWith("_share_gdp_pct")) {
            return id.endsWith("_pct") ? Scale.GROWTH_POINTS : Scale.SHARE;
        }
        return Scale.LOG;
    }

    /**
     * Values compared in logs are first raised to at least this share of the series' median observation, so that
     * a simulated value near zero (a month the model shuts a trade the record shows open) costs a large but
     * bounded error instead of dominating the whole fit.
     */
    static final double LOG_FLOOR_SHARE = 0.01;

    private static double median(List<Target> ts) {
        double[] v = new double[ts.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = ts.get(i).observation().value();
        }
        java.util.Arrays.sort(v);
        return v[v.length / 2];
    }

    private static double transform(Scale scale, double v, double floor) {
        return scale == Scale.LOG ? Math.log(Math.max(v, floor)) : v;
    }

    public List<String> seriesIds() {
        return List.copyOf(ids);
    }

    /** The observations used for one series, in order. */
    public List<Target> targets(String id) {
        return List.copyOf(targets.get(ids.indexOf(id)));
    }

    private double[][] simulated(SeriesBuffer run) {
        double[][] out = new double[ids.size()][];
        for (int s = 0; s < ids.size(); s++) {
            List<Target> ts = targets.get(s);
            double[] x = new double[ts.size()];
            for (int i = 0; i < x.length; i++) {
                double sim = transform(scales.get(s), ts.get(i).simulated(run, startMonth), floors.get(s));
                // One wild point (a month the record shows trade the policy says was shut) costs at most
                // MAX_POINT_ERROR units, so it cannot decide the whole fit.
                double obs = observedTransformed.get(s)[i];
                double cap = MAX_POINT_ERROR * scales.get(s).unit;
                x[i] = Double.isFinite(sim) ? Math.max(obs - cap, Math.min(obs + cap, sim)) : sim;
            }
            out[s] = x;
        }
        return out;
    }

    /** The distance of a run from the record (0 = a perfect match). */
    public double distance(SeriesBuffer run) {
        return distance.distance(simulated(run));
    }

    /** Each series' root-mean-square error in its own unit of comparison (1 = one scale unit). */
    public Map<String, Double> perSeries(SeriesBuffer run) {
        double[] per = distance.perSeries(simulated(run));
        Map<String, Double> m = new LinkedHashMap<>();
        for (int s = 0; s < ids.size(); s++) {
            m.put(ids.get(s), per[s]);
        }
        return m;
    }
}
