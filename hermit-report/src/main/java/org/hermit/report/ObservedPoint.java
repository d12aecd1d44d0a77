package org.hermit.report;

import org.hermit.model.time.Months;

/**
 * One observed value drawn over the simulation.
 *
 * @param annual true when the value covers a calendar year, false for one month
 * @param period the year when annual, else a month index of {@link Months}
 * @param low    the lowest value sources gave for the period (whisker), at most value
 * @param high   the highest value sources gave for the period (whisker), at least value
 * @param source who reported it
 */
public record ObservedPoint(boolean annual, int period, double value, double low, double high, String source) {
    public ObservedPoint {
        if (!(low <= value && value <= high)) {
            throw new IllegalArgumentException("expected low <= value <= high, got " + low + ", " + value + ", " + high);
        }
        source = source == null ? "" : source;
    }

    public static ObservedPoint monthly(int month, double value, double low, double high, String source) {
        return new ObservedPoint(false, month, value, low, high, source);
    }

    public static ObservedPoint annual(int year, double value, double low, double high, String source) {
        return new ObservedPoint(true, year, value, low, high, source);
    }

    public int year() {
        return annual ? period : Months.year(period);
    }
}
