package org.hermit.model.inputs;

import java.util.Arrays;

/**
 * An exogenous annual input (a world price, a harvest, the population) by year. Before its first year it holds the
 * first value, after its last year the last value, unless the model projects it itself (harvests, population).
 *
 * @param values values[i] is the value of year firstYear + i; NaN where the data have a gap (filled by the
 *               nearest earlier year when read)
 */
public record InputSeries(String id, String unit, int firstYear, double[] values, String source) {
    public InputSeries {
        if (values.length == 0) {
            throw new IllegalArgumentException("input series " + id + " has no values");
        }
        values = values.clone();
        // Fill gaps with the nearest earlier value so that reads never see NaN.
        double last = Double.NaN;
        for (int i = 0; i < values.length; i++) {
            if (Double.isNaN(values[i])) {
                values[i] = last;
            } else {
                last = values[i];
            }
        }
        if (Double.isNaN(values[0])) {
            throw new IllegalArgumentException("input series " + id + " must start with a value");
        }
    }

    public int lastYear() {
        return firstYear + values.length - 1;
    }

    public boolean covers(int year) {
        return year >= firstYear && year <= lastYear();
    }

    /** The value of a year, held flat before the first and after the last year of data. */
    public double at(int year) {
        int i = Math.max(0, Math.min(values.length - 1, year - firstYear));
        return values[i];
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof InputSeries s && s.id.equals(id) && s.firstYear == firstYear && Arrays.equals(s.values, values);
    }

    @Override
    public int hashCode() {
        return id.hashCode() * 31 + Arrays.hashCode(values);
    }
}
