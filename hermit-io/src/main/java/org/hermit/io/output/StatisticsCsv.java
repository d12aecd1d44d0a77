package org.hermit.io.output;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hermit.engine.stats.AnnualQuantiles;
import org.hermit.engine.stats.EnsembleSummary;
import org.hermit.engine.stats.MonthlyQuantiles;
import org.hermit.io.InputException;
import org.hermit.model.output.Variable;
import org.hermit.model.output.Variables;
import org.hermit.model.time.Months;

/**
 * summary.csv ({@code variable,year,p5,p50,p95} of annual values) and quantiles.csv
 * ({@code variable,date,p5,p25,p50,p75,p95} per month, date as YYYY-MM-01), in the order of
 * {@link Variables} then time, numbers as {@link NumberText} writes them; and reading both back.
 *
 * <p>A period in which a variable is undefined (its first months in a run, see
 * {@link Variable#undefinedMonths()}: gdp_growth_pct before a run's 24th month and the years drawn on those
 * months) keeps its row, with the quantile fields empty ({@code gdp_growth_pct,2010,,,}); reading gives NaN there.
 */
public final class StatisticsCsv {
    public static final String SUMMARY_HEADER = "variable,year,p5,p50,p95";
    public static final String QUANTILES_HEADER = "variable,date,p5,p25,p50,p75,p95";

    private StatisticsCsv() {}

    public static void writeSummary(EnsembleSummary summary, Path file) {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(SUMMARY_HEADER + "\n");
            StringBuilder line = new StringBuilder();
            for (AnnualQuantiles a : summary.annual()) {
                for (int y = 0; y < a.years(); y++) {
                    line.setLength(0);
                    line.append(a.variable().id()).append(',').append(a.firstYear() + y);
                    for (double v : new double[] {a.p5()[y], a.p50()[y], a.p95()[y]}) {
                        appendField(line.append(','), v);
                    }
                    out.append(line).append('\n');
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    public static void writeQuantiles(EnsembleSummary summary, Path file) {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(QUANTILES_HEADER + "\n");
            StringBuilder line = new StringBuilder();
            for (MonthlyQuantiles m : summary.monthly()) {
                for (int t = 0; t < m.months(); t++) {
                    line.setLength(0);
                    line.append(m.variable().id()).append(',').append(Months.format(m.startMonth() + t)).append("-01");
                    for (double v : new double[] {m.p5()[t], m.p25()[t], m.p50()[t], m.p75()[t], m.p95()[t]}) {
                        appendField(line.append(','), v);
                    }
                    out.append(line).append('\n');
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    /** A quantile as a CSV field: NaN (a missing value, the variable undefined then) as an empty field. */
    static void appendField(StringBuilder line, double v) {
        if (!Double.isNaN(v)) {
            NumberText.append(line, v);
        }
    }

    /**
     * Reads summary.csv and quantiles.csv of one output directory back into a summary (runs and exactness as
     * given, from run.json). Every variable must be present over the same months and years; a malformed file
     * is an {@link InputException} naming the file and line.
     */
    public static EnsembleSummary read(Path summaryFile, Path quantilesFile, long runs, boolean exact) {
        Map<String, List<double[]>> monthlyRows = new HashMap<>();
        int[] startMonth = {Integer.MAX_VALUE};
        readRows(quantilesFile, QUANTILES_HEADER, 7, (cells, line) -> {
            int month = Months.parse(cells[1].substring(0, 7));
            startMonth[0] = Math.min(startMonth[0], month);
            monthlyRows.computeIfAbsent(cells[0], k -> new ArrayList<>()).add(numbers(cells, month));
        });
        Map<String, List<double[]>> annualRows = new HashMap<>();
        int[] firstYear = {Integer.MAX_VALUE};
        readRows(summaryFile, SUMMARY_HEADER, 5, (cells, line) -> {
            int year = Integer.parseInt(cells[1]);
            firstYear[0] = Math.min(firstYear[0], year);
            annualRows.computeIfAbsent(cells[0], k -> new ArrayList<>()).add(numbers(cells, year));
        });
        List<MonthlyQuantiles> monthly = new ArrayList<>();
        List<AnnualQuantiles> annual = new ArrayList<>();
        int months = -1;
        int years = -1;
        for (Variable v : Variables.all()) {
            List<double[]> m = monthlyRows.get(v.id());
            List<double[]> a = annualRows.get(v.id());
            if (m == null || a == null) {
                throw InputException.of((m == null ? quantilesFile : summaryFile).toString(), 0, 0, "",
                        "no rows for variable " + v.id());
            }
            months = checkSame(months, m.size(), quantilesFile, v);
            years = checkSame(years, a.size(), summaryFile, v);
            double[][] q = columns(m, 5, startMonth[0], quantilesFile, v);
            monthly.add(new MonthlyQuantiles(v, startMonth[0], q[0], q[1], q[2], q[3], q[4]));
            double[][] y = columns(a, 3, firstYear[0], summaryFile, v);
            annual.add(new AnnualQuantiles(v, firstYear[0], y[0], y[1], y[2]));
        }
        return new EnsembleSummary(startMonth[0], months, firstYear[0], years, runs, exact, monthly, annual);
    }

    private interface RowHandler {
        void row(String[] cells, int line);
    }

    private static void readRows(Path file, String header, int columns, RowHandler handler) {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String first = in.readLine();
            if (!header.equals(first)) {
                throw InputException.of(file.toString(), 1, 1, "", "expected the header " + header);
            }
            String text;
            int line = 1;
            while ((text = in.readLine()) != null) {
                line++;
                if (text.isEmpty()) {
                    continue;
                }
                String[] cells = text.split(",", -1);
                if (cells.length != columns) {
                    throw InputException.of(file.toString(), line, 1, "", "expected " + columns + " values (" + header + ")");
                }
                try {
                    handler.row(cells, line);
                } catch (IllegalArgumentException e) {
                    throw InputException.of(file.toString(), line, 1, "", e.getMessage());
                }
            }
        } catch (IOException e) {
            throw InputException.of(file.toString(), 0, 0, "", "cannot read: " + e.getMessage());
        }
    }

    /** [time key, values...] of one row. */
    private static double[] numbers(String[] cells, int key) {
        double[] row = new double[cells.length - 1];
        row[0] = key;
        for (int i = 2; i < cells.length; i++) {
            row[i - 1] = cells[i].isEmpty() ? Double.NaN : Double.parseDouble(cells[i]);
        }
        return row;
    }

    private static int checkSame(int expected, int got, Path file, Variable v) {
        if (expected >= 0 && expected != got) {
            throw InputException.of(file.toString(), 0, 0, "", v.id() + " has " + got + " rows, other variables " + expected);
        }
        return got;
    }

    private static double[][] columns(List<double[]> rows, int levels, int firstKey, Path file, Variable v) {
        double[][] out = new double[levels][rows.size()];
        for (double[] row : rows) {
            int i = (int) row[0] - firstKey;
            if (i < 0 || i >= rows.size()) {
                throw InputException.of(file.toString(), 0, 0, "", v.id() + " has a gap or a repeated period");
            }
            for (int k = 0; k < levels; k++) {
                out[k][i] = row[k + 1];
            }
        }
        return out;
    }
}
