package org.hermit.analysis.score;

import java.util.List;
import java.util.Locale;

/** Scores as backtest.csv and as a plain-text table for the terminal. */
public final class ScoreTable {
    /** The header of backtest.csv. */
    public static final String CSV_HEADER = "series,band,n,mape,mase,coverage90,direction_hit";

    private ScoreTable() {}

    /** CSV with {@link #CSV_HEADER}, one line per score, newline-terminated; an undefined metric is empty. */
    public static String csv(List<Score> scores) {
        StringBuilder sb = new StringBuilder(CSV_HEADER).append('\n');
        for (Score s : scores) {
            sb.append(s.series()).append(',').append(s.band().label()).append(',').append(s.n()).append(',')
                    .append(csvNumber(s.mape())).append(',').append(csvNumber(s.mase())).append(',')
                    .append(csvNumber(s.coverage90())).append(',').append(csvNumber(s.directionHit()))
                    .append('\n');
        }
        return sb.toString();
    }

    /** Aligned columns: MAPE in percent, coverage and direction as percentages; undefined shown as "-". */
    public static String text(List<Score> scores) {
        int seriesWidth = "series".length();
        for (Score s : scores) {
            seriesWidth = Math.max(seriesWidth, s.series().length());
        }
        String rowFormat = "%-" + seriesWidth + "s  %-5s  %5s  %8s  %6s  %10s  %9s%n";
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, rowFormat, "series", "band", "n", "MAPE %", "MASE", "coverage90",
                "direction"));
        for (Score s : scores) {
            sb.append(String.format(Locale.ROOT, rowFormat, s.series(), s.band().label(), s.n(),
                    fixed(s.mape(), 1), fixed(s.mase(), 2), percent(s.coverage90()), percent(s.directionHit())));
        }
        return sb.toString();
    }

    /** A Markdown table for the docs, formatted as {@link #text}; the band "all" in bold. */
    public static String markdown(List<Score> scores) {
        StringBuilder sb = new StringBuilder("| series | band | n | MAPE % | MASE | coverage90 | direction |\n"
                + "|---|---|---:|---:|---:|---:|---:|\n");
        for (Score s : scores) {
            boolean all = s.band() == HorizonBand.ALL;
            String b = all ? "**" : "";
            sb.append("| `").append(s.series()).append("` | ").append(b).append(s.band().label()).append(b).append(" | ")
                    .append(s.n()).append(" | ").append(b).append(fixed(s.mape(), 1)).append(b).append(" | ")
                    .append(b).append(fixed(s.mase(), 2)).append(b).append(" | ").append(b).append(percent(s.coverage90()))
                    .append(b).append(" | ").append(b).append(percent(s.directionHit())).append(b).append(" |\n");
        }
        return sb.toString();
    }

    private static String csvNumber(double v) {
        return Double.isNaN(v) ? "" : Double.toString(v);
    }

    private static String fixed(double v, int decimals) {
        return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%." + decimals + "f", v);
    }

    private static String percent(double share) {
        return Double.isNaN(share) ? "-" : String.format(Locale.ROOT, "%.0f%%", 100 * share);
    }
}
