package org.hermit.model.channels;

import org.hermit.model.math.MinMax;
import org.hermit.model.time.Months;

/**
 * Dates held as parameters are decimal years (2013.25 is 1 April 2013, 2025.5 is 1 July 2025), so that a date can
 * sit in the registry like any other number. Calendar month m covers [m/12, (m+1)/12) in decimal years.
 */
public final class Dates {
    private Dates() {}

    /** The decimal year at the start of a calendar month (Months encoding). */
    public static double start(int month) {
        return month / 12.0;
    }

    /** The decimal year in the middle of a calendar month. */
    public static double mid(int month) {
        return (month + 0.5) / 12.0;
    }

    /**
     * Share of calendar month m that lies inside [from, to) (decimal years). Bounds within about seven hours of a
     * month's start count as that start, so that 2020.4167 means 1 June 2020 exactly.
     */
    public static double overlap(int month, double from, double to) {
        double a = MinMax.max(month, snap(from * 12.0));
        double b = MinMax.min(month + 1.0, snap(to * 12.0));
        return b > a ? b - a : 0.0;
    }

    private static double snap(double months) {
        double whole = Math.rint(months);
        return Math.abs(months - whole) < 0.01 ? whole : months;
    }

    /** Share of calendar month m on or after the decimal year from. */
    public static double after(int month, double from) {
        return overlap(month, from, Double.POSITIVE_INFINITY);
    }

    /**
     * exp(growth * (year - reference year's middle)) before the reference year, 1 from then on: a level stated for
     * the reference year, grown into at a constant rate and held afterwards.
     */
    public static double grownInto(double decimalYear, int referenceYear, double growthPerYear) {
        double dt = decimalYear - (referenceYear + 0.5);
        return dt < 0.0 ? Math.exp(growthPerYear * dt) : 1.0;
    }

    /** Days in a calendar month (Gregorian). */
    public static int daysInMonth(int month) {
        int m = Months.monthOfYear(month);
        if (m == 2) {
            int y = Months.year(month);
            boolean leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
            return leap ? 29 : 28;
        }
        return m == 4 || m == 6 || m == 9 || m == 11 ? 30 : 31;
    }

    /** Calendar year of a month. */
    public static int year(int month) {
        return Months.year(month);
    }
}
