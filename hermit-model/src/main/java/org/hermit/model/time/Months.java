package org.hermit.model.time;

import java.time.YearMonth;

/**
 * Calendar months as plain ints so the monthly loop never allocates: {@code year * 12 + (month - 1)}.
 * 2010-01 is 24120. Years stay plain ints (2010).
 */
public final class Months {
    private Months() {}

    public static int of(int year, int month) {
        if (month < 1 || month > 12) {
            throw new IllegalArgumentException("month must be 1..12, was " + month);
        }
        return year * 12 + (month - 1);
    }

    public static int of(YearMonth ym) {
        return of(ym.getYear(), ym.getMonthValue());
    }

    public static int year(int month) {
        return Math.floorDiv(month, 12);
    }

    /** Calendar month 1..12. */
    public static int monthOfYear(int month) {
        return Math.floorMod(month, 12) + 1;
    }

    public static YearMonth toYearMonth(int month) {
        return YearMonth.of(year(month), monthOfYear(month));
    }

    /** "2010-01". */
    public static String format(int month) {
        int y = year(month);
        int m = monthOfYear(month);
        return y + (m < 10 ? "-0" : "-") + m;
    }

    /** Parses "YYYY-MM"; throws IllegalArgumentException with the offending text otherwise. */
    public static int parse(String text) {
        try {
            return of(YearMonth.parse(text.trim()));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("expected a month as YYYY-MM, got '" + text + "'");
        }
    }

    /** Number of months from start to end inclusive. */
    public static int count(int start, int end) {
        return end - start + 1;
    }
}
