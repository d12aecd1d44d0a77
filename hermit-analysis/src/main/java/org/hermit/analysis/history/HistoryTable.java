package org.hermit.analysis.history;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.hermit.io.observed.Frequency;
import org.hermit.io.observed.Observation;
import org.hermit.model.output.SeriesBuffer;

/**
 * The record against the simulation, observation by observation: for each observed series the model simulates,
 * each observation inside the runs with the runs' p5, p50 and p95 at the same period and the median's error.
 * Annual rows are shown as they are; monthly observations of a series are also summarised by year (their mean,
 * against the mean of the simulated months), so that a long monthly series reads as a handful of rows.
 */
public final class HistoryTable {

    /** One row: a series in one period (a year, or a month). */
    public record Row(String series, String period, int n, double observed, double p5, double p50, double p95) {
        /** (p50 - observed) / observed, in percent (NaN when observed is 0). */
        public double errorPct() {
            return observed == 0 ? Double.NaN : (p50 - observed) / Math.abs(observed) * 100.0;
        }

        public boolean inside90() {
            return observed >= p5 && observed <= p95;
        }
    }

    private HistoryTable() {}

    /** Rows for every series of the fit, annual where the record is annual and by year for monthly records. */
    public static List<Row> rows(HistoryFit fit, List<SeriesBuffer> runs, int startMonth) {
        List<Row> rows = new ArrayList<>();
        for (String id : fit.seriesIds()) {
            List<Target> targets = fit.targets(id);
            List<Target> annual = targets.stream().filter(t -> t.observation().frequency() == Frequency.ANNUAL).toList();
            for (Target t : annual) {
                double[] sim = simulatedAcrossRuns(t, runs, startMonth);
                rows.add(row(id, Integer.toString(t.observation().period()), 1, t.observation().value(), sim));
            }
            List<Target> monthly = targets.stream().filter(t -> t.observation().frequency() == Frequency.MONTHLY).toList();
            int i = 0;
            while (i < monthly.size()) {
                int year = Math.floorDiv(monthly.get(i).observation().period(), 12);
                int j = i;
                double obs = 0;
                double[] sim = new double[runs.size()];
                while (j < monthly.size() && Math.floorDiv(monthly.get(j).observation().period(), 12) == year) {
                    Observation o = monthly.get(j).observation();
                    obs += o.value();
                    for (int r = 0; r < runs.size(); r++) {
                        sim[r] += monthly.get(j).simulated(runs.get(r), startMonth);
                    }
                    j++;
                }
                int n = j - i;
                for (int r = 0; r < sim.length; r++) {
                    sim[r] /= n;
                }
                rows.add(row(id, year + " (" + n + " mo)", n, obs / n, sim));
                i = j;
            }
        }
        return rows;
    }

    private static double[] simulatedAcrossRuns(Target t, List<SeriesBuffer> runs, int startMonth) {
        double[] sim = new double[runs.size()];
        for (int r = 0; r < runs.size(); r++) {
            sim[r] = t.simulated(runs.get(r), startMonth);
        }
        return sim;
    }

    private static Row row(String id, String period, int n, double observed, double[] sim) {
        double[] s = sim.clone();
        Arrays.sort(s);
        return new Row(id, period, n, observed, quantile(s, 0.05), quantile(s, 0.5), quantile(s, 0.95));
    }

    /** Linear-interpolation quantile of sorted values. */
    static double quantile(double[] sorted, double q) {
        if (sorted.length == 1) {
            return sorted[0];
        }
        double pos = q * (sorted.length - 1);
        int lo = (int) Math.floor(pos);
        int hi = Math.min(sorted.length - 1, lo + 1);
        return sorted[lo] + (pos - lo) * (sorted[hi] - sorted[lo]);
    }

    /** The table as CSV: series,period,n,observed,p5,p50,p95,error_pct. */
    public static String csv(List<Row> rows) {
        StringBuilder sb = new StringBuilder("series,period,n,observed,p5,p50,p95,error_pct\n");
        for (Row r : rows) {
            sb.append(r.series()).append(',').append(r.period().replace(" ", "")).append(',').append(r.n()).append(',')
                    .append(num(r.observed())).append(',').append(num(r.p5())).append(',').append(num(r.p50())).append(',')
                    .append(num(r.p95())).append(',').append(num(r.errorPct())).append('\n');
        }
        return sb.toString();
    }

    /** The table as Markdown, for the docs. */
    public static String markdown(List<Row> rows) {
        StringBuilder sb = new StringBuilder("| series | period | observed | simulated p50 | 90% range | error |\n|---|---|---:|---:|---|---:|\n");
        for (Row r : rows) {
            sb.append("| `").append(r.series()).append("` | ").append(r.period()).append(" | ").append(human(r.observed()))
                    .append(" | ").append(human(r.p50())).append(" | ").append(human(r.p5())).append("–").append(human(r.p95()))
                    .append(" | ").append(Double.isNaN(r.errorPct()) ? "–" : String.format(Locale.ROOT, "%+.0f%%", r.errorPct()))
                    .append(" |\n");
        }
        return sb.toString();
    }

    private static String num(double v) {
        if (Double.isNaN(v)) {
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
        return String.format(Locale.ROOT, "%.3g", v);
    }
}
