package org.hermit.io.output;

import java.math.BigDecimal;

/**
 * How numbers are written in the output CSV files: plain decimals that read back to the same double, the same
 * characters on every machine and locale. Whole numbers below 10^15 print without a decimal point
 * ({@code 22000000}); others print Java's shortest-that-round-trips digits, in plain notation from 10^-5 to 10^15
 * ({@code 0.00012}, {@code 1234567.5}) and in scientific notation outside ({@code 1.5E-7}, {@code 2.0E20}).
 */
public final class NumberText {
    private NumberText() {}

    public static String format(double v) {
        if (v == 0) {
            return "0"; // also for -0.0, which no reader needs to tell apart
        }
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return Double.toString(v);
        }
        double abs = Math.abs(v);
        if (v == Math.rint(v) && abs < 1e15) {
            return Long.toString((long) v);
        }
        String s = Double.toString(v);
        if (s.indexOf('E') < 0 || abs < 1e-5 || abs >= 1e15) {
            return s;
        }
        return new BigDecimal(s).toPlainString();
    }

    /** Appends {@link #format(double)} to a builder. */
    public static StringBuilder append(StringBuilder sb, double v) {
        return sb.append(format(v));
    }
}
