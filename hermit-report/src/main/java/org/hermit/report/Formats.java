package org.hermit.report;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.Locale;
import java.util.function.DoubleFunction;

/**
 * Numbers as a reader wants them: "$1.2bn", "8,000", "10.5m", "-3.5%". Values keep three significant digits,
 * enough to read an axis or a table without pretending the model knows more.
 */
public final class Formats {
    private static final int SIGNIFICANT = 3;

    private Formats() {}

    /** US dollars with a scale word: $1.2bn, $350m, $12k, $850. */
    public static String usd(double v) {
        if (!Double.isFinite(v)) {
            return "n/a";
        }
        String sign = v < 0 ? "-" : "";
        return sign + "$" + scaled(Math.abs(v), "bn", "m", "k");
    }

    /** A model result with thousands separators, to three significant digits: 8,000; 12,300; 3.14. */
    public static String number(double v) {
        if (!Double.isFinite(v)) {
            return "n/a";
        }
        double r = round(v);
        return Math.abs(r) >= 1000 ? grouped().format(Math.round(r)) : plain(r);
    }

    /** A given number exactly as it is, with thousands separators: 22,000,000; 8,375; 0.035 (for parameters). */
    public static String exact(double v) {
        if (!Double.isFinite(v)) {
            return "n/a";
        }
        BigDecimal d = BigDecimal.valueOf(v).stripTrailingZeros();
        DecimalFormat f = grouped();
        f.setMaximumFractionDigits(Math.max(0, d.scale()));
        return f.format(d);
    }

    /** A large count in short form: 10.5m, 850k, 420. */
    public static String count(double v) {
        if (!Double.isFinite(v)) {
            return "n/a";
        }
        return (v < 0 ? "-" : "") + scaled(Math.abs(v), "bn", "m", "k");
    }

    /** A large count in words for sentences: "10.5 million", "850,000". */
    public static String countWords(double v) {
        if (!Double.isFinite(v)) {
            return "n/a";
        }
        double a = Math.abs(v);
        String sign = v < 0 ? "-" : "";
        if (a >= 1e9) {
            return sign + plain(round(a / 1e9)) + " billion";
        }
        if (a >= 1e6) {
            return sign + plain(round(a / 1e6)) + " million";
        }
        return number(v);
    }

    /** A value already in percent, to one decimal (two significant digits below 0.1): 3.5%, -1.2%, 23%. */
    public static String percent(double v) {
        if (!Double.isFinite(v)) {
            return "n/a";
        }
        double a = Math.abs(v);
        double r = a >= 0.1 || a == 0 ? Math.round(v * 10) / 10.0
                : new BigDecimal(v).round(new MathContext(2, RoundingMode.HALF_UP)).doubleValue();
        return plain(r == 0 ? 0 : r) + "%";
    }

    /** A share of one (0.42) as percent: 42%. */
    public static String share(double v) {
        return percent(100 * v);
    }

    /**
     * A distribution's text as a reader wants it: "pert(18,000,000, 22,000,000, 26,000,000)" for
     * "pert(18000000, 22000000, 26000000)", "lognormal(median 0.0002, sigma 1)" for "... 2.0E-4 ...".
     */
    public static String distribution(String text) {
        return HtmlReport.groupDigits(text);
    }

    /** A calendar year on an axis: 2030, without a thousands separator. */
    public static String year(double v) {
        return Long.toString(Math.round(v));
    }

    /** The usual format for a value in the given unit, as written in the output catalogue ("USD", "KPW/kg", "persons", "%"). */
    public static DoubleFunction<String> forUnit(String unit) {
        String u = unit == null ? "" : unit.trim();
        if (u.equals("USD")) {
            return Formats::usd;
        }
        if (u.equals("%")) {
            return Formats::percent;
        }
        if (u.equals("share")) {
            return Formats::share;
        }
        if (u.equals("persons") || u.equals("t") || u.equals("bbl") || u.startsWith("USD (")) {
            return u.startsWith("USD (") ? Formats::usd : Formats::count;
        }
        return Formats::number;
    }

    /** A java.text.NumberFormat that draws axis ticks with the given function (JFreeChart axes take a NumberFormat). */
    public static NumberFormat axis(DoubleFunction<String> format) {
        return new AxisFormat(format);
    }

    private static String scaled(double a, String billions, String millions, String thousands) {
        // Round first, so 999,999,999 becomes $1bn rather than $1,000m.
        double r = round(a);
        if (r >= 1e9) {
            return plain(round(r / 1e9)) + billions;
        }
        if (r >= 1e6) {
            return plain(round(r / 1e6)) + millions;
        }
        if (r >= 1e4) {
            return plain(round(r / 1e3)) + thousands;
        }
        return r >= 100 ? grouped().format(Math.round(r)) : plain(r);
    }

    /**
     * A tick step of 1, 2 or 5 times a power of ten that splits the span into at most the given number of steps, so
     * that ticks land on numbers three significant digits show exactly.
     */
    public static double niceStep(double span, int maxSteps) {
        if (!(span > 0) || !Double.isFinite(span)) {
            return 1;
        }
        double raw = span / maxSteps;
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        for (double m : new double[] {1, 2, 5, 10}) {
            if (m * magnitude >= raw) {
                return m * magnitude;
            }
        }
        return 10 * magnitude;
    }

    /** Rounds to three significant digits. */
    static double round(double v) {
        if (v == 0 || !Double.isFinite(v)) {
            return v;
        }
        return new BigDecimal(v).round(new MathContext(SIGNIFICANT, RoundingMode.HALF_UP)).doubleValue();
    }

    /** Shortest plain decimal text, no exponent, no trailing zeros: 1.2, 350, 0.05. */
    static String plain(double v) {
        if (v == 0) {
            return "0";
        }
        return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }

    private static DecimalFormat grouped() {
        // A fresh instance: DecimalFormat is not thread-safe and reports may be written in parallel.
        return new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT));
    }

    /** Axis ticks only format; parsing is never asked of an axis. */
    private static final class AxisFormat extends NumberFormat {
        private static final long serialVersionUID = 1L;
        private final transient DoubleFunction<String> format;

        AxisFormat(DoubleFunction<String> format) {
            this.format = format;
        }

        @Override
        public StringBuffer format(double number, StringBuffer toAppendTo, FieldPosition pos) {
            // Ticks near zero come out as 1e-13 from floating point steps; show them as zero.
            return toAppendTo.append(format.apply(Math.abs(number) < 1e-9 ? 0.0 : number));
        }

        @Override
        public StringBuffer format(long number, StringBuffer toAppendTo, FieldPosition pos) {
            return toAppendTo.append(format.apply(number));
        }

        @Override
        public Number parse(String source, ParsePosition parsePosition) {
            throw new UnsupportedOperationException("axis formats only format");
        }
    }
}
