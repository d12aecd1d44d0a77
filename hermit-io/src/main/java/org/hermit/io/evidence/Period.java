package org.hermit.io.evidence;

import java.time.DateTimeException;
import java.time.LocalDate;
import org.hermit.model.time.Months;

/**
 * The period an evidence row's figure refers to, parsed from its text: a year ({@code 2017}), a month
 * ({@code 2017-12}), a day ({@code 2010-03-13}) or a span of several months or years
 * ({@code 2017-01..2017-09}, {@code 2000..2018}, {@code 2014-01/2019-12}). firstMonth and lastMonth are
 * month indices from {@link Months}; a day belongs to its month.
 */
public record Period(String text, Resolution resolution, int firstMonth, int lastMonth) {

    public enum Resolution { DAY, MONTH, YEAR, SPAN }

    /** Parses the text or throws IllegalArgumentException naming it. */
    public static Period parse(String text) {
        String t = text.trim();
        String[] parts = t.contains("..") ? t.split("\\.\\.", -1) : t.split("/", -1);
        if (parts.length == 2) {
            Period from = parseSingle(parts[0], text);
            Period to = parseSingle(parts[1], text);
            if (to.lastMonth < from.firstMonth) {
                throw new IllegalArgumentException("span ends before it starts: '" + text + "'");
            }
            return new Period(text, Resolution.SPAN, from.firstMonth, to.lastMonth);
        }
        if (parts.length != 1) {
            throw new IllegalArgumentException("not a period: '" + text + "'");
        }
        return parseSingle(t, text);
    }

    private static Period parseSingle(String part, String whole) {
        String p = part.trim();
        try {
            if (p.matches("\\d{4}")) {
                int year = Integer.parseInt(p);
                return new Period(whole, Resolution.YEAR, Months.of(year, 1), Months.of(year, 12));
            }
            if (p.matches("\\d{4}-\\d{2}")) {
                int month = Months.parse(p);
                return new Period(whole, Resolution.MONTH, month, month);
            }
            if (p.matches("\\d{4}-\\d{2}-\\d{2}")) {
                LocalDate date = LocalDate.parse(p);
                int month = Months.of(date.getYear(), date.getMonthValue());
                return new Period(whole, Resolution.DAY, month, month);
            }
        } catch (DateTimeException | IllegalArgumentException e) {
            // falls through to the message naming the whole text
        }
        throw new IllegalArgumentException("expected YYYY, YYYY-MM, YYYY-MM-DD or a span A..B, got '" + whole + "'");
    }

    /** True when the period is exactly one calendar year, written as a year or as YYYY-01..YYYY-12. */
    public boolean isCalendarYear() {
        return Months.monthOfYear(firstMonth) == 1 && lastMonth == firstMonth + 11;
    }

    /** True for a single month or a day within it. */
    public boolean isSingleMonth() {
        return (resolution == Resolution.MONTH || resolution == Resolution.DAY);
    }

    public int year() {
        return Months.year(firstMonth);
    }
}
