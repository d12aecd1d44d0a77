package org.hermit.analysis.score;

import org.hermit.model.time.Months;

/**
 * One observation after the cut-off beside the ensemble's forecast for the same period.
 *
 * <p>The horizon is the number of months from the cut-off month to the observation. A monthly observation
 * is placed at its month; an annual observation at the middle of its year, June, because an annual figure
 * is a total or average over the year whose centre of mass is mid-year. So with a cut-off of 2016-12 the
 * year 2017 has horizon 6 and falls in the 1-12 band, and with a cut-off of 2017-03 it has horizon 3. An
 * observation counts as after the cut-off exactly when its horizon is at least 1; by the same rule the
 * year of a cut-off in July to December lies before it.
 *
 * @param period        the period as written in observed data: YYYY-MM or YYYY
 * @param horizonMonths months after the cut-off, at least 1
 * @param observed      the observed value
 * @param forecast      the ensemble at that period
 */
public record ForecastPoint(String period, int horizonMonths, double observed, EnsembleQuantiles forecast) {

    public ForecastPoint {
        if (period == null || period.isBlank()) {
            throw new IllegalArgumentException("a forecast point needs its period");
        }
        if (horizonMonths < 1) {
            throw new IllegalArgumentException("observation " + period + " is not after the cut-off (horizon "
                    + horizonMonths + " months)");
        }
        if (!Double.isFinite(observed)) {
            throw new IllegalArgumentException("observation " + period + " must be finite, got " + observed);
        }
        if (forecast == null) {
            throw new IllegalArgumentException("observation " + period + " has no forecast");
        }
    }

    /** A monthly observation; months as {@link Months} ints. */
    public static ForecastPoint monthly(int cutoffMonth, int month, double observed, EnsembleQuantiles forecast) {
        return new ForecastPoint(Months.format(month), horizonOfMonth(cutoffMonth, month), observed, forecast);
    }

    /** An annual observation, placed at June of its year. */
    public static ForecastPoint annual(int cutoffMonth, int year, double observed, EnsembleQuantiles forecast) {
        return new ForecastPoint(Integer.toString(year), horizonOfYear(cutoffMonth, year), observed, forecast);
    }

    /** Months from the cut-off to a month (may be zero or negative for months at or before it). */
    public static int horizonOfMonth(int cutoffMonth, int month) {
        return month - cutoffMonth;
    }

    /** Months from the cut-off to June of the year (may be zero or negative for years before it). */
    public static int horizonOfYear(int cutoffMonth, int year) {
        return Months.of(year, 6) - cutoffMonth;
    }
}
