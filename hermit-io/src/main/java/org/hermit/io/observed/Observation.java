package org.hermit.io.observed;

import org.hermit.model.time.Months;

/**
 * One observed value of a series in one period.
 *
 * @param frequency MONTHLY or ANNUAL
 * @param period    a month index from {@link Months} (year*12+month-1) when MONTHLY, the plain year when ANNUAL
 * @param value     the value in the series' unit (the mean of the chosen source's raw values)
 * @param low       the lowest raw value of the period, over all sources and range ends
 * @param high      the highest raw value of the period, so disagreement between sources stays visible
 * @param count     how many raw values were averaged into value
 * @param source    who reported the averaged values, and where to find the rows
 */
public record Observation(Frequency frequency, int period, double value, double low, double high, int count,
                          String source) {
    public Observation {
        if (frequency == null) {
            throw new IllegalArgumentException("an observation needs a frequency");
        }
        if (!Double.isFinite(value) || !Double.isFinite(low) || !Double.isFinite(high)) {
            throw new IllegalArgumentException("observation values must be finite: " + value + " [" + low + ", " + high + "]");
        }
        if (low > value || value > high) {
            throw new IllegalArgumentException("expected low <= value <= high, got " + low + " <= " + value + " <= " + high);
        }
        if (count < 1) {
            throw new IllegalArgumentException("an observation averages at least one value, got count " + count);
        }
        source = source == null ? "" : source;
    }

    /** The first month the observation covers. */
    public int firstMonth() {
        return frequency == Frequency.MONTHLY ? period : Months.of(period, 1);
    }

    /** The last month the observation covers. */
    public int lastMonth() {
        return frequency == Frequency.MONTHLY ? period : Months.of(period, 12);
    }

    /** "2017" for an annual observation, "2017-03" for a monthly one. */
    public String label() {
        return frequency == Frequency.MONTHLY ? Months.format(period) : Integer.toString(period);
    }
}
