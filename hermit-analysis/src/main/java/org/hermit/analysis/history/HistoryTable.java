package org.hermit.analysis.history;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hermit.io.observed.Frequency;
import org.hermit.model.output.SeriesBuffer;

/**
 * The record against the simulation, observation by observation: for each observed series the model simulates,
 * each observation inside the runs with the runs' p5, p50 and p95 at the same period and the median's error.
 * Annual rows are shown as they are; monthly observations of a series are also summarised by year (their mean,
 * against the mean of the simulated months), so that a long monthly series reads as a handful of rows.
 *
 * <p>Errors are in the unit a reader compares the series in: percent of the observed value for levels (prices,
 * trade, people), percentage points for growth rates, shares and percentages of GDP (a growth error of +2 points
 * is clear, "+400%" of a growth rate of 0.5% is not).
 */
public final class HistoryTable {

    /** How an error is expressed. */
    public enum ErrorUnit {
        /** (p50 - observed) / |observed|, in percent. */
        PERCENT("%"),
        /** p50 - observed in percentage points (shares 0-1 are multiplied by 100). */
        POINTS("pp");

        private final String symbol;

        ErrorUnit(String symbol) {
            this.symbol = symbol;
        }

        public String symbol() {
            return symbol;
        }

        /** Levels in percent; growth rates, shares and percentages in points, as {@link HistoryFit#scaleOf} compares them. */
        public static ErrorUnit of(String seriesId) {
            return HistoryFit.scaleOf(seriesId) == HistoryFit.Scale.LOG ? PERCENT : POINTS;
        }
    }

    /** One row: a series in one period (a year, or the observed months of a year). */
    public record Row(String series, String period, int n, double observed, double p5, double p50, double p95) {
        public ErrorUnit errorUnit() {
            return ErrorUnit.of(series);
        }

        /** The median's error in {@link #errorUnit()}; NaN for a percentage error of an observed 0. */
        public double error() {
            return switch (errorUnit()) {
                case PERCENT -> observed == 0 ? Double.NaN : (p50 - observed) / Math.abs(observed) * 100.0;
                case POINTS -> (p50 - observed) * (HistoryFit.scaleOf(series) == HistoryFit.Scale.SHARE ? 100.0 : 1.0);
            };
        }

        /** (p50 - observed) / |observed| in percent whatever the series (NaN when observed is 0); see {@link #error()}. */
        public double errorPct() {
            return observed == 0 ? Double.NaN : (p50 - observed) / Math.abs(observed) * 100.0;
        }

        public boolean inside90() {
            return observed >= p5 && observed <= p95;
        }
    }

    /**
     * A series over all its rows.
     *
     * @param rows            rows (years) compared
     * @param observations    observations behind them (a row of monthly observations counts each month)
     * @param meanAbsError    mean absolute error of the median over the rows with a defined error (MAPE for levels)
     * @param meanSignedError mean error with its sign: above 0 the model runs high on average
     * @param coverage90      share of rows whose observed value lies in the runs' 90% range [p5, p95]
     */
    public record Summary(String series, int rows, int observations, ErrorUnit unit, double meanAbsError,
                          double meanSignedError, double coverage90) {}

    private HistoryTable() {}

    /** Rows for every series of the fit, annual where the record is annual and by year for monthly records. */
    public static List<Row> rows(HistoryFit fit, List<SeriesBuffer> runs, int startMonth) {
        Collector c = new Collector(fit, startMonth);
        runs.forEach(c::add);
        return c.rows();
    }

    /**
     * Gathers runs one at a time, keeping only each row's simulated value per run (not the runs' whole output), so a
     * large ensemble can be compared with the record in little memory.
     */
    public static final class Collector {
        /** One row to be: which targets it averages, and its observed value. */
        private record Pending(String series, String period, List<Target> targets, double observed) {}

        private final int startMonth;
        private final List<Pending> pending = new ArrayList<>();
        private final List<double[]> values = new ArrayList<>();

        public Collector(HistoryFit fit, int startMonth) {
            this.startMonth = startMonth;
            for (String id : fit.seriesIds()) {
                List<Target> targets = fit.targets(id);
                for (Target t : targets) {
                    if (t.observation().frequency() == Frequency.ANNUAL) {
                        pending.add(new Pending(id, Integer.toString(t.observation().period()), List.of(t),
                                t.observation().value()));
                    }
                }
                List<Target> monthly = targets.stream().filter(t -> t.observation().frequency() == Frequency.MONTHLY).toList();
                int i = 0;
                while (i < monthly.size()) {
                    int year = Math.floorDiv(monthly.get(i).observation().period(), 12);
                    int j = i;
                    double observed = 0;
                    while (j < monthly.size() && Math.floorDiv(monthly.get(j).observation().period(), 12) == year) {
                        observed += monthly.get(j).observation().value();
                        j++;
                    }
                    int n = j - i;
                    pending.add(new Pending(id, year + " (" + n + " mo)", monthly.subList(i, j), observed / n));
                    i = j;
                }
            }
        }

        /** Adds one run (the buffer may be reused once this returns). */
        public void add(SeriesBuffer run) {
            double[] v = new double[pending.size()];
            for (int r = 0; r < v.length; r++) {
                List<Target> targets = pending.get(r).targets();
                double sum = 0;
                for (Target t : targets) {
                    sum += t.simulated(run, startMonth);
                }
                v[r] = sum / targets.size();
            }
            values.add(v);
        }

        /** The rows over the runs added so far. */
        public List<Row> rows() {
            if (values.isEmpty()) {
                throw new IllegalArgumentException("a history table needs at least one run");
            }
            List<Row> rows = new ArrayList<>(pending.size());
            double[] sim = new double[values.size()];
            for (int r = 0; r < pending.size(); r++) {
                for (int k = 0; k < sim.length; k++) {
                    sim[k] = values.get(k)[r];
                }
                Pending p = pending.get(r);
                rows.add(row(p.series(), p.period(), p.targets().size(), p.observed(), sim));
            }
            return rows;
        }
    }

    /** One summary per series, in the rows' order of series. */
    public static List<Summary> summaries(List<Row> rows) {
        Map<String, List<Row>> bySeries = new LinkedHashMap<>();
        for (Row r : rows) {
            bySeries.computeIfAbsent(r.series(), k -> new ArrayList<>()).add(r);
        }
        List<Summary> out = new ArrayList<>();
        bySeries.forEach((id, list) -> {
            double abs = 0;
            double signed = 0;
            int withError = 0;
            int covered = 0;
            int observations = 0;
            for (Row r : list) {
                observations += r.n();
                if (r.inside90()) {
                    covered++;
                }
                double e = r.error();
                if (Double.isFinite(e)) {
                    abs += Math.abs(e);
                    signed += e;
                    withError++;
                }
            }
            out.add(new Summary(id, list.size(), observations, ErrorUnit.of(id),
                    withError == 0 ? Double.NaN : abs / withError, withError == 0 ? Double.NaN : signed / withError,
                    (double) covered / list.size()));
        });
        return out;
    }

    private static Row row(String id, String period, int n, double observed, double[] sim) {
        double[] s = sim.clone();
        Arrays.sort(s);
        return new Row(id, period, n, observed, quantile(s, 0.05), quantile(s, 0.5), quantile(s, 0.95));
    }

    /** Linear-interpolation quantile of sorted values (Hyndman and Fan's type 7). */
    static double quantile(double[] sorted, double q) {
        if (sorted.length == 1) {
            return sorted[0];
        }
        double pos = q * (sorted.length - 1);
        int lo = (int) Math.floor(pos);
        int hi = Math.min(sorted.length - 1, lo + 1);
        return sorted[lo] + (pos - lo) * (sorted[hi] - sorted[lo]);
    }

    /** The table as CSV: series,period,n,observed,p5,p50,p95,error,error_unit (period "2017" or "2017(12mo)"). */
    public static String csv(List<Row> rows) {
        StringBuilder sb = new StringBuilder("series,period,n,observed,p5,p50,p95,error,error_unit\n");
        for (Row r : rows) {
            sb.append(r.series()).append(',').append(r.period().replace(" ", "")).append(',').append(r.n()).append(',')
                    .append(num(r.observed())).append(',').append(num(r.p5())).append(',').append(num(r.p50())).append(',')
                    .append(num(r.p95())).append(',').append(num(r.error())).append(',').append(r.errorUnit().symbol())
                    .append('\n');
        }
        return sb.toString();
    }

    /** The summaries as CSV: series,rows,observations,error_unit,mean_abs_error,mean_signed_error,coverage90. */
    public static String summaryCsv(List<Summary> summaries) {
        StringBuilder sb = new StringBuilder("series,rows,observations,error_unit,mean_abs_error,mean_signed_error,coverage90\n");
        for (Summary s : summaries) {
            sb.append(s.series()).append(',').append(s.rows()).append(',').append(s.observations()).append(',')
                    .append(s.unit().symbol()).append(',').append(num(s.meanAbsError())).append(',')
                    .append(num(s.meanSignedError())).append(',').append(num(s.coverage90())).append('\n');
        }
        return sb.toString();
    }

    /** The table as Markdown, for the docs. */
    public static String markdown(List<Row> rows) {
        StringBuilder sb = new StringBuilder("| series | years | observed | simulated p50 | 90% range | error |\n"
                + "|---|---|---:|---:|---|---:|\n");
        for (Row r : rows) {
            sb.append("| `").append(r.series()).append("` | ").append(r.period()).append(" | ").append(human(r.observed()))
                    .append(" | ").append(human(r.p50())).append(" | ").append(human(r.p5())).append(" – ").append(human(r.p95()))
                    .append(r.inside90() ? "" : " ✗").append(" | ").append(errorText(r.error(), r.errorUnit())).append(" |\n");
        }
        return sb.toString();
    }

    /** The summaries as Markdown. */
    public static String summaryMarkdown(List<Summary> summaries) {
        StringBuilder sb = new StringBuilder("| series | years | observations | mean abs. error | mean signed error | in 90% range |\n"
                + "|---|---:|---:|---:|---:|---:|\n");
        for (Summary s : summaries) {
            sb.append("| `").append(s.series()).append("` | ").append(s.rows()).append(" | ").append(s.observations())
                    .append(" | ").append(errorText(s.meanAbsError(), s.unit()).replace("+", "")).append(" | ")
                    .append(errorText(s.meanSignedError(), s.unit())).append(" | ")
                    .append(String.format(Locale.ROOT, "%.0f%%", 100 * s.coverage90())).append(" |\n");
        }
        return sb.toString();
    }

    /** The rows as aligned plain text for the terminal. */
    public static String text(List<Row> rows) {
        List<String[]> cells = new ArrayList<>();
        cells.add(new String[] {"series", "years", "observed", "p50", "90% range", "error"});
        for (Row r : rows) {
            cells.add(new String[] {r.series(), r.period(), human(r.observed()), human(r.p50()),
                human(r.p5()) + " - " + human(r.p95()) + (r.inside90() ? "  " : " x"), errorText(r.error(), r.errorUnit())});
        }
        return aligned(cells);
    }

    /** The summaries as aligned plain text for the terminal. */
    public static String summaryText(List<Summary> summaries) {
        List<String[]> cells = new ArrayList<>();
        cells.add(new String[] {"series", "years", "obs", "mean |error|", "mean error", "in 90% range"});
        for (Summary s : summaries) {
            cells.add(new String[] {s.series(), String.valueOf(s.rows()), String.valueOf(s.observations()),
                errorText(s.meanAbsError(), s.unit()).replace("+", ""), errorText(s.meanSignedError(), s.unit()),
                String.format(Locale.ROOT, "%.0f%%", 100 * s.coverage90())});
        }
        return aligned(cells);
    }

    private static String aligned(List<String[]> rows) {
        int[] widths = new int[rows.get(0).length];
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                widths[i] = Math.max(widths[i], row[i].length());
            }
        }
        StringBuilder sb = new StringBuilder();
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < row.length; i++) {
                String pad = " ".repeat(widths[i] - row[i].length());
                line.append(i < 2 ? row[i] + pad : pad + row[i]).append(i < row.length - 1 ? "  " : "");
            }
            sb.append(line.toString().stripTrailing()).append('\n');
        }
        return sb.toString();
    }

    /** "+12%", "-3.4 pp", "–" for an undefined error. */
    static String errorText(double e, ErrorUnit unit) {
        if (!Double.isFinite(e)) {
            return "–";
        }
        String text = unit == ErrorUnit.PERCENT ? String.format(Locale.ROOT, "%+.0f%%", e)
                : String.format(Locale.ROOT, "%+.1f pp", e);
        // An error that rounds to nothing has no sign.
        return text.matches("[+-]0(\\.0)?( pp|%)") ? text.substring(1) : text;
    }

    private static String num(double v) {
        if (!Double.isFinite(v)) {
            return "";
        }
        return String.format(Locale.ROOT, "%.6g", v);
    }

    /** 3 significant figures with thousands in k, millions in M, billions in bn. */
    public static String human(double v) {
        double a = Math.abs(v);
        if (a >= 1e9) {
            return String.format(Locale.ROOT, "%.3gbn", v / 1e9);
        }
        if (a >= 1e6) {
            return String.format(Locale.ROOT, "%.3gM", v / 1e6);
        }
        if (a >= 1e4) {
            return String.format(Locale.ROOT, "%.3gk", v / 1e3);
        }
        if (a >= 1000) {
            return String.format(Locale.ROOT, "%,.0f", v);
        }
        return String.format(Locale.ROOT, "%.3g", v);
    }
}
