package org.hermit.engine.stats;

import java.util.ArrayList;
import java.util.List;
import org.hermit.model.output.SeriesBuffer;
import org.hermit.model.output.Variables;

/**
 * Streams an ensemble's runs, in run order, into monthly and annual quantiles without keeping the runs (see
 * {@link StreamingQuantiles} for exactness and memory). Feeding the same runs in the same order always gives the
 * same quantiles, which is what lets a resumed sweep replay its stored runs and end where an uninterrupted one
 * would. Not thread-safe: feed it from the sink's thread.
 *
 * <p>Periods in which a variable is undefined ({@link org.hermit.model.output.Variable#undefinedMonths()}) have NaN
 * quantiles, monthly and annual, whatever number the runs hold there; so do their paired differences.
 */
public final class EnsembleStatistics {
    private final AnnualAggregation aggregation;
    private final StreamingQuantiles monthly;
    private final StreamingQuantiles annual;
    private final double[] annualScratch;
    private final double[] otherAnnualScratch;
    private final double[] differenceScratch;

    public EnsembleStatistics(int startMonth, int months, int exactLimit, double compression) {
        this.aggregation = new AnnualAggregation(startMonth, months);
        this.monthly = new StreamingQuantiles(Variables.COUNT * months, exactLimit, compression);
        this.annual = new StreamingQuantiles(aggregation.cells(), exactLimit, compression);
        this.annualScratch = new double[aggregation.cells()];
        this.otherAnnualScratch = new double[aggregation.cells()];
        this.differenceScratch = new double[Variables.COUNT * months];
    }

    public EnsembleStatistics(int startMonth, int months) {
        this(startMonth, months, StreamingQuantiles.DEFAULT_EXACT_LIMIT, StreamingQuantiles.DEFAULT_COMPRESSION);
    }

    public AnnualAggregation aggregation() {
        return aggregation;
    }

    public long runs() {
        return monthly.count();
    }

    /** Adds one run's output. */
    public void add(SeriesBuffer run) {
        add(run.raw());
    }

    /** Adds one run's monthly values laid out [variable * months + t]. */
    public void add(double[] monthlyValues) {
        aggregation.aggregate(monthlyValues, annualScratch);
        monthly.add(monthlyValues);
        annual.add(annualScratch);
    }

    /**
     * Adds the paired difference b - a of one run of two scenarios over the same months: monthly values
     * subtract month by month, annual values are annual(b) - annual(a).
     */
    public void addDifference(SeriesBuffer a, SeriesBuffer b) {
        double[] x = a.raw();
        double[] y = b.raw();
        if (x.length != differenceScratch.length || y.length != differenceScratch.length) {
            throw new IllegalArgumentException("both runs must cover the statistics' months");
        }
        for (int i = 0; i < x.length; i++) {
            differenceScratch[i] = y[i] - x[i];
        }
        aggregation.aggregate(x, otherAnnualScratch);
        aggregation.aggregate(y, annualScratch);
        for (int i = 0; i < annualScratch.length; i++) {
            annualScratch[i] -= otherAnnualScratch[i];
        }
        monthly.add(differenceScratch);
        annual.add(annualScratch);
    }

    /** The quantiles of the runs added so far. Read it once the stream has ended (it merges the digests). */
    public EnsembleSummary summary() {
        int months = aggregation.months();
        int years = aggregation.years();
        List<MonthlyQuantiles> m = new ArrayList<>(Variables.COUNT);
        List<AnnualQuantiles> a = new ArrayList<>(Variables.COUNT);
        for (int v = 0; v < Variables.COUNT; v++) {
            double[][] q = new double[MonthlyQuantiles.LEVELS.length][months];
            for (int t = 0; t < months; t++) {
                if (!Variables.get(v).definedAt(t)) {
                    for (double[] level : q) {
                        level[t] = Double.NaN;
                    }
                    continue;
                }
                double[] levels = monthly.quantiles(v * months + t, MonthlyQuantiles.LEVELS);
                for (int k = 0; k < levels.length; k++) {
                    q[k][t] = levels[k];
                }
            }
            m.add(new MonthlyQuantiles(Variables.get(v), aggregation.startMonth(), q[0], q[1], q[2], q[3], q[4]));
            double[][] yq = new double[AnnualQuantiles.LEVELS.length][years];
            for (int y = 0; y < years; y++) {
                double[] levels = annual.quantiles(v * years + y, AnnualQuantiles.LEVELS);
                for (int k = 0; k < levels.length; k++) {
                    yq[k][y] = levels[k];
                }
            }
            a.add(new AnnualQuantiles(Variables.get(v), aggregation.firstYear(), yq[0], yq[1], yq[2]));
        }
        return new EnsembleSummary(aggregation.startMonth(), months, aggregation.firstYear(), years, runs(),
                monthly.isExact() && annual.isExact(), m, a);
    }
}
