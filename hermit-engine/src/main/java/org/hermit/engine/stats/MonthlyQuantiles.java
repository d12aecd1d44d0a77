package org.hermit.engine.stats;

import org.hermit.model.output.Variable;

/**
 * One variable's ensemble quantiles month by month: index t is month {@code startMonth + t}. The arrays are
 * the record's own; do not modify them.
 */
public record MonthlyQuantiles(Variable variable, int startMonth, double[] p5, double[] p25, double[] p50,
                               double[] p75, double[] p95) {
    /** The levels reported per month, in column order. */
    public static final double[] LEVELS = {0.05, 0.25, 0.50, 0.75, 0.95};

    public MonthlyQuantiles {
        int n = p50.length;
        if (p5.length != n || p25.length != n || p75.length != n || p95.length != n) {
            throw new IllegalArgumentException("quantile arrays of different lengths");
        }
    }

    public int months() {
        return p50.length;
    }
}
