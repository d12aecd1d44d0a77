package org.hermit.io.params;

import java.math.BigDecimal;

/** Numbers as people write them in messages and tables: 22000000, 0.75, 1.5E-7, -inf. */
public final class NumberText {
    private NumberText() {}

    public static String format(double v) {
        if (Double.isNaN(v)) {
            return "NaN";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "inf" : "-inf";
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        double abs = Math.abs(v);
        if (abs >= 1e-4 && abs < 1e15) {
            return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
        }
        return Double.toString(v);
    }

    /** "[0, 40000000]". */
    public static String range(double min, double max) {
        return "[" + format(min) + ", " + format(max) + "]";
    }
}
