package org.hermit.analysis.history;

import org.hermit.io.observed.Frequency;
import org.hermit.io.observed.Observation;
import org.hermit.model.output.Aggregation;
import org.hermit.model.output.SeriesBuffer;
import org.hermit.model.output.Variable;
import org.hermit.model.time.Months;

/**
 * One observation the model can be held to: an observed series' value in a month or a year, and the output
 * variable that simulates it.
 */
public record Target(Variable variable, Observation observation) {

    /** True when the run [startMonth, startMonth + months) covers the observation's whole period. */
    public boolean coveredBy(int startMonth, int months) {
        return observation.firstMonth() >= startMonth && observation.lastMonth() < startMonth + months;
    }

    /**
     * True when the variable has a meaning at the observation's period in a run starting at startMonth of the given
     * length ({@link Variable#definedAt}, {@link Variable#definedInYear}): gdp_growth_pct, undefined in a run's first
     * 23 months, cannot be held to the growth observed in the run's first year.
     */
    public boolean definedIn(int startMonth, int months) {
        int period = observation.period();
        return observation.frequency() == Frequency.MONTHLY
                ? period >= startMonth && variable.definedAt(period - startMonth)
                : variable.definedInYear(startMonth, months, period);
    }

    /** The simulated value at the observation's period: the month's value, or the year's per the variable. */
    public double simulated(SeriesBuffer run, int startMonth) {
        return valueAt(run, startMonth, variable, observation.frequency(), observation.period());
    }

    /** A variable's value for a month (Months encoding) or a year, aggregated per its annual rule. */
    public static double valueAt(SeriesBuffer run, int startMonth, Variable variable, Frequency frequency, int period) {
        int v = variable.index();
        if (frequency == Frequency.MONTHLY) {
            return run.get(v, period - startMonth);
        }
        int first = Months.of(period, 1) - startMonth;
        double sum = 0;
        double max = Double.NEGATIVE_INFINITY;
        for (int m = 0; m < 12; m++) {
            double x = run.get(v, first + m);
            sum += x;
            max = Math.max(max, x);
        }
        Aggregation a = variable.annual();
        return switch (a) {
            case SUM -> sum;
            case MEAN -> sum / 12.0;
            case LAST -> run.get(v, first + 11);
            case MAX -> max;
        };
    }
}
