package org.hermit.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.hermit.engine.stats.AnnualQuantiles;
import org.hermit.engine.stats.EnsembleSummary;
import org.hermit.model.Channel;
import org.hermit.model.output.Variables;

/**
 * The annual tables printed after a run or a comparison, made to read in 100 columns: revenue by channel with
 * years as columns (in blocks of at most eleven years), and the headline indicators with years as rows. An
 * ensemble shows each value as its median with the 90% range, {@code p50 [p5, p95]}; a single run its value.
 */
final class ResultTables {
    static final int WIDTH = 100;
    private static final int YEARS_PER_BLOCK = 11;
    private static final int LABEL = 16;
    private static final int CELL = 7;

    /**
     * A column of a year-by-year table: a variable's annual values divided by scale, with at most this many
     * decimals (three significant figures) and no thousands separators, to keep p50 [p5, p95] narrow.
     */
    record Column(String header, String variable, double scale, int decimals) {}

    static final List<Column> HEADLINES = List.of(
            new Column("reserves, USD bn", "reserves_usd", 1e9, 2),
            new Column("KPW per USD", "kpw_per_usd", 1, 0),
            new Column("rice, KPW/kg", "rice_kpw_per_kg", 1, 0),
            new Column("below need, m", "food_insecure_people", 1e6, 1),
            new Column("GDP growth, %", "gdp_growth_pct", 1, 1));

    static final List<Column> REVENUE_DIFFERENCES = List.of(
            new Column("state revenue, USD m", "state_revenue_usd.total", 1e6, 0),
            new Column("gross revenue, USD m", "revenue_usd.total", 1e6, 0),
            new Column("reserves, USD bn", "reserves_usd", 1e9, 2));

    static final List<Column> PEOPLE_DIFFERENCES = List.of(
            new Column("KPW per USD", "kpw_per_usd", 1, 0),
            new Column("rice, KPW/kg", "rice_kpw_per_kg", 1, 0),
            new Column("below need, m", "food_insecure_people", 1e6, 1),
            new Column("GDP growth, pp", "gdp_growth_pct", 1, 1));

    private ResultTables() {}

    /** The tables after `hermit run`. */
    static String run(String scenario, EnsembleSummary s) {
        StringBuilder out = new StringBuilder();
        boolean ensemble = s.runs() > 1;
        String how = ensemble ? "median of " + s.runs() + " runs" : "one run at central parameter values";
        out.append(scenario).append(": revenue by channel, USD million a year (").append(how).append(")\n");
        List<String> labels = new ArrayList<>();
        List<AnnualQuantiles> rows = new ArrayList<>();
        for (Channel c : Channel.values()) {
            labels.add(c.id());
            rows.add(s.annual(Variables.revenue(c)));
        }
        labels.add("gross total");
        rows.add(s.annual(Variables.REVENUE_TOTAL));
        labels.add("to the state");
        rows.add(s.annual(Variables.STATE_REVENUE_TOTAL));
        channelBlocks(out, s, labels, rows);
        out.append('\n');
        out.append(scenario).append(": headline indicators by year")
                .append(ensemble ? ", median [5th, 95th percentile] of " + s.runs() + " runs" : "").append('\n');
        yearTable(out, s, HEADLINES, ensemble);
        out.append("reserves: the treasury's hard currency at year end; KPW per USD and rice: market averages;\n")
                .append("below need: millions of people eating below their food need, yearly average; GDP growth: real.\n");
        return out.toString();
    }

    /** The tables after `hermit compare`: paired differences b - a by year. */
    static String compare(String a, String b, EnsembleSummary difference) {
        StringBuilder out = new StringBuilder();
        boolean ensemble = difference.runs() > 1;
        String how = ensemble ? "median [5th, 95th percentile] of " + difference.runs() + " paired runs"
                : "one run at central parameter values";
        out.append(b).append(" minus ").append(a).append(", by year, ").append(how).append('\n');
        int from = firstYearThatDiffers(difference);
        if (from > 0) {
            out.append(difference.firstYear()).append('-').append(difference.firstYear() + from - 1)
                    .append(": no difference in any run\n");
        }
        yearTable(out, difference, REVENUE_DIFFERENCES, ensemble, from);
        out.append('\n');
        yearTable(out, difference, PEOPLE_DIFFERENCES, ensemble, from);
        out.append("Each run of ").append(b).append(" is paired with the run of ").append(a)
                .append(" that has the same seed and parameter draws.\n");
        return out.toString();
    }

    /**
     * The first year in which some column of the comparison differs in some run (p5, p50 or p95 not zero); 0 when
     * none does, so that a comparison without differences still shows its table. Years before it are all zeros
     * (a counterfactual usually departs from the baseline late) and are summed up in one line.
     */
    static int firstYearThatDiffers(EnsembleSummary difference) {
        for (int y = 0; y < difference.years(); y++) {
            for (List<Column> columns : List.of(REVENUE_DIFFERENCES, PEOPLE_DIFFERENCES)) {
                for (Column c : columns) {
                    AnnualQuantiles q = difference.annual(c.variable());
                    if (q.p5()[y] != 0 || q.p50()[y] != 0 || q.p95()[y] != 0) {
                        return y;
                    }
                }
            }
        }
        return 0;
    }

    private static void channelBlocks(StringBuilder out, EnsembleSummary s, List<String> labels, List<AnnualQuantiles> rows) {
        int first = s.firstYear();
        for (int from = 0; from < s.years(); from += YEARS_PER_BLOCK) {
            int to = Math.min(s.years(), from + YEARS_PER_BLOCK);
            StringBuilder header = new StringBuilder(pad("", LABEL));
            for (int y = from; y < to; y++) {
                header.append(leftPad(Integer.toString(first + y), CELL));
            }
            out.append(header).append('\n');
            for (int r = 0; r < rows.size(); r++) {
                StringBuilder line = new StringBuilder(pad(labels.get(r), LABEL));
                for (int y = from; y < to; y++) {
                    line.append(leftPad(number(rows.get(r).p50()[y] / 1e6), CELL));
                }
                out.append(line).append('\n');
            }
            if (to < s.years()) {
                out.append('\n');
            }
        }
    }

    /** Years as rows; columns split into several tables when together they would be wider than the page. */
    private static void yearTable(StringBuilder out, EnsembleSummary s, List<Column> columns, boolean ranges) {
        yearTable(out, s, columns, ranges, 0);
    }

    /** As above, from year index fromYear on. */
    private static void yearTable(StringBuilder out, EnsembleSummary s, List<Column> columns, boolean ranges, int fromYear) {
        String[][] cells = new String[s.years()][columns.size()];
        int[] width = new int[columns.size()];
        for (int c = 0; c < columns.size(); c++) {
            Column col = columns.get(c);
            AnnualQuantiles q = s.annual(col.variable());
            width[c] = col.header().length();
            for (int y = fromYear; y < s.years(); y++) {
                String cell = compact(q.p50()[y] / col.scale(), col.decimals());
                if (ranges) {
                    cell += " [" + compact(q.p5()[y] / col.scale(), col.decimals()) + ", "
                            + compact(q.p95()[y] / col.scale(), col.decimals()) + "]";
                }
                cells[y][c] = cell;
                width[c] = Math.max(width[c], cell.length());
            }
        }
        int from = 0;
        while (from < columns.size()) {
            int to = from;
            int used = 4;
            do {
                used += 2 + width[to];
                to++;
            } while (to < columns.size() && used + 2 + width[to] <= WIDTH);
            if (from > 0) {
                out.append('\n');
            }
            StringBuilder header = new StringBuilder("year");
            for (int c = from; c < to; c++) {
                header.append("  ").append(leftPad(columns.get(c).header(), width[c]));
            }
            out.append(header).append('\n');
            for (int y = fromYear; y < s.years(); y++) {
                StringBuilder line = new StringBuilder(Integer.toString(s.firstYear() + y));
                for (int c = from; c < to; c++) {
                    line.append("  ").append(leftPad(cells[y][c], width[c]));
                }
                out.append(line).append('\n');
            }
            from = to;
        }
    }

    /** Three significant figures at most, thousands separated, no exponent: 0, 0.12, 3.45, 12.3, 123, 12,345. */
    static String number(double v) {
        if (v == 0 || Math.abs(v) < 0.005) {
            return "0";
        }
        double abs = Math.abs(v);
        String text;
        if (abs >= 100) {
            text = String.format(Locale.ROOT, "%,.0f", v);
        } else if (abs >= 10) {
            text = String.format(Locale.ROOT, "%.1f", v);
        } else {
            text = String.format(Locale.ROOT, "%.2f", v);
        }
        return text;
    }

    /** Three significant figures but at most decimals decimals (all digits of larger numbers); no separators. */
    static String compact(double v, int decimals) {
        double abs = Math.abs(v);
        int magnitude = abs == 0 ? 0 : (int) Math.floor(Math.log10(abs));
        int d = Math.min(decimals, Math.max(0, 2 - magnitude));
        String text = String.format(Locale.ROOT, "%." + d + "f", v);
        return text.matches("-0(\\.0*)?") ? text.substring(1) : text;
    }

    private static String pad(String s, int n) {
        return s.length() >= n ? s + " " : s + " ".repeat(n - s.length());
    }

    private static String leftPad(String s, int n) {
        return s.length() >= n ? s : " ".repeat(n - s.length()) + s;
    }
}
