package org.hermit.model.output;

import java.util.Arrays;

/**
 * One run's output: every variable for every month, in one flat array ([variable][month]). Reused across runs
 * by the engine so a run allocates nothing for its output.
 */
public final class SeriesBuffer {
    private final int months;
    private final double[] values;

    public SeriesBuffer(int months) {
        this.months = months;
        this.values = new double[Variables.COUNT * months];
    }

    public int months() {
        return months;
    }

    public double get(int variable, int t) {
        return values[variable * months + t];
    }

    public void set(int variable, int t, double value) {
        values[variable * months + t] = value;
    }

    /** A copy of one variable's monthly values. */
    public double[] series(int variable) {
        return Arrays.copyOfRange(values, variable * months, (variable + 1) * months);
    }

    /** The raw backing array, [variable * months + t]; callers must not modify it. */
    public double[] raw() {
        return values;
    }

    public void clear() {
        Arrays.fill(values, 0.0);
    }

    public SeriesBuffer copy() {
        SeriesBuffer b = new SeriesBuffer(months);
        System.arraycopy(values, 0, b.values, 0, values.length);
        return b;
    }
}
