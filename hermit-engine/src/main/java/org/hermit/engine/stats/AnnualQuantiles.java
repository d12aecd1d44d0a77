package org.hermit.engine.stats;

import org.hermit.model.output.Variable;

/**
 * One variable's ensemble quantiles of annual values: index y is year {@code firstYear + y}. The arrays are the
 * record's own; do not modify them.
 */
public record AnnualQuantiles(Variable variable, int firstYear, double[] p5, double[] p50, double[] p95) {
    /** The levels reported per year, in column order. */
    public static final double[] LEVELS = {0.05, 0.50, 0.95};

    public AnnualQuantiles {
        if (p5.length != p50.length || p95.length != p50.length) {
            throw new IllegalArgumentException("quantile arrays of different lengths");
        }
    }

    public int years() {
        return p50.length;
    }

    public int lastYear() {
        return firstYear + p50.length - 1;
    }
}
