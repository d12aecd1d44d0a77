package org.hermit.io.scenario;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hermit.model.time.Months;

/** Dates in scenario files: YYYY-MM, or YYYY-MM-DD whose day is checked and then dropped. */
final class MonthText {
    private static final Pattern SHAPE = Pattern.compile("(\\d{4})-(\\d{2})(?:-(\\d{2}))?");

    private MonthText() {}

    /** The month (as {@link Months} counts them), or a reason the text is not a real month or date. */
    static Result parse(String text) {
        Matcher m = SHAPE.matcher(text);
        if (!m.matches()) {
            return new Result(0, "expected a month as YYYY-MM or a date as YYYY-MM-DD, got '" + text + "'");
        }
        int year = Integer.parseInt(m.group(1));
        int month = Integer.parseInt(m.group(2));
        if (month < 1 || month > 12) {
            return new Result(0, "'" + text + "' is not a real month: the month must be 01..12");
        }
        if (m.group(3) != null) {
            try {
                LocalDate.of(year, month, Integer.parseInt(m.group(3)));
            } catch (DateTimeException e) {
                return new Result(0, "'" + text + "' is not a real date");
            }
        }
        return new Result(Months.of(year, month), null);
    }

    /** A parsed month, or the problem (error non-null). */
    record Result(int month, String error) {
        boolean ok() {
            return error == null;
        }
    }
}
