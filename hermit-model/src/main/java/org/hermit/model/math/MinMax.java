package org.hermit.model.math;

/**
 * {@link Math#min} and {@link Math#max} of doubles, bit for bit (NaN if either argument is NaN, -0.0 below +0.0),
 * written as comparisons. HotSpot's intrinsic for the double versions (JDK 17, x86) is a sequence of blends whose
 * latency sits on the household kernel's critical path; comparisons that almost always go the same way cost less.
 * The model's hot loops use these; the results are the same numbers.
 */
public final class MinMax {
    private MinMax() {}

    /** Math.max(0.0, x): x when it is positive (or NaN), else +0.0. */
    public static double atLeastZero(double x) {
        return !(x <= 0.0) ? x : 0.0;
    }

    /** Exactly {@link Math#max(double, double)}. */
    public static double max(double a, double b) {
        if (a > b) {
            return a;
        }
        if (b > a) {
            return b;
        }
        if (a != a) {
            return a;
        }
        if (b != b) {
            return b;
        }
        // Equal: only +0.0 and -0.0 differ, and the larger is +0.0.
        return Double.doubleToRawLongBits(a) < 0 ? b : a;
    }

    /** Exactly {@link Math#min(double, double)}. */
    public static double min(double a, double b) {
        if (a < b) {
            return a;
        }
        if (b < a) {
            return b;
        }
        if (a != a) {
            return a;
        }
        if (b != b) {
            return b;
        }
        // Equal: only +0.0 and -0.0 differ, and the smaller is -0.0.
        return Double.doubleToRawLongBits(a) < 0 ? a : b;
    }

    public static int max(int a, int b) {
        return Math.max(a, b);
    }

    public static int min(int a, int b) {
        return Math.min(a, b);
    }

    public static long max(long a, long b) {
        return Math.max(a, b);
    }

    public static long min(long a, long b) {
        return Math.min(a, b);
    }
}
