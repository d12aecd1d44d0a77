package org.hermit.cli;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.hermit.io.observed.Coverage;
import org.hermit.io.observed.Curation;
import org.hermit.io.observed.Frequency;
import org.hermit.io.observed.Observation;
import org.hermit.io.observed.ObservedData;
import org.hermit.io.observed.ObservedSeries;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code hermit data [SERIES] [--csv]}: the observed series bundled with Hermit, their coverage and sources. */
@Command(name = "data",
        mixinStandardHelpOptions = true,
        description = {
            "Lists the observed series that Hermit is fitted to and scored against, curated from its bundled,"
                    + " sourced evidence: id, unit, frequency, first and last period, number of observations, source.",
            "With SERIES, prints that series' observations: date, value, low and high (the spread between sources),"
                    + " how many raw values were averaged, and the sources with their rows (file:line).",
            "Rules and conversions: docs/EVIDENCE.md."},
        footer = {"", "Examples:",
            "  hermit data                        all series and their coverage",
            "  hermit data kpw_per_usd            the won's market rate, month by month",
            "  hermit data rice_kpw_per_kg --csv  rice prices as observed-data CSV (docs/EVIDENCE.md)"})
public final class DataCommand implements Callable<Integer> {
    @Parameters(index = "0", arity = "0..1", paramLabel = "SERIES",
            description = "A series id, e.g. kpw_per_usd (run without it to list them).")
    String seriesId;

    @Option(names = "--csv", description = "Print observations as observed-data CSV (series,date,value,unit,source).")
    boolean csv;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        ObservedData data = ObservedData.bundled();
        PrintWriter out = spec.commandLine().getOut();
        if (seriesId == null) {
            if (csv) {
                printCsvHeader(out);
                data.series().values().forEach(s -> printCsvRows(out, s));
            } else {
                printList(out, data);
            }
        } else {
            ObservedSeries series = data.series(seriesId).orElseThrow(() -> unknownSeries(data.series().keySet()));
            if (csv) {
                printCsvHeader(out);
                printCsvRows(out, series);
            } else {
                printSeries(out, series);
            }
        }
        out.flush();
        return Main.EXIT_OK;
    }

    private CommandLine.ParameterException unknownSeries(Set<String> ids) {
        List<String> near = nearest(seriesId, ids);
        String hint = near.isEmpty() ? "run 'hermit data' to list the series"
                : "did you mean " + String.join(", ", near) + "?";
        return new CommandLine.ParameterException(spec.commandLine(),
                "unknown series '" + seriesId + "'; " + hint);
    }

    /** Up to three ids closest to the text: by edit distance, or containing it. */
    static List<String> nearest(String text, Set<String> ids) {
        String t = text.toLowerCase(Locale.ROOT);
        int limit = Math.max(3, t.length() / 3);
        record Scored(String id, int distance) {}
        List<Scored> scored = new ArrayList<>();
        for (String id : ids) {
            int d = editDistance(t, id);
            if (d <= limit || id.contains(t) || (t.length() >= 3 && t.contains(id))) {
                scored.add(new Scored(id, id.contains(t) ? Math.min(d, limit) : d));
            }
        }
        return scored.stream().sorted(Comparator.comparingInt(Scored::distance).thenComparing(Scored::id))
                .limit(3).map(Scored::id).toList();
    }

    /** Levenshtein distance (insertions, deletions, substitutions). */
    static int editDistance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    private static void printList(PrintWriter out, ObservedData data) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"series", "unit", "frequency", "first", "last", "n", "source"});
        Map<String, String> sources = new HashMap<>();
        Curation.recipes().forEach(r -> sources.put(r.id(), Curation.sourceSummary(r)));
        for (Coverage c : Coverage.of(data)) {
            String source = sources.getOrDefault(c.id(), data.series(c.id()).orElseThrow().curation());
            rows.add(new String[] {c.id(), c.unit(), c.frequency().name().toLowerCase(Locale.ROOT), c.first(), c.last(),
                String.valueOf(c.n()), cut(source)});
        }
        printTable(out, rows, Set.of(5));
        out.println();
        out.println("'hermit data SERIES' prints a series' observations with their sources.");
    }

    private static String cut(String text) {
        return text.length() <= 80 ? text : text.substring(0, 79) + "…";
    }

    private static void printSeries(PrintWriter out, ObservedSeries s) {
        out.println(s.id() + " (" + s.unit() + "): " + s.description());
        out.println(s.curation());
        out.println();
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"date", "value", "low", "high", "count", "source"});
        for (Observation o : s.observations()) {
            rows.add(new String[] {o.label(), number(o.value()), number(o.low()), number(o.high()),
                String.valueOf(o.count()), o.source()});
        }
        printTable(out, rows, Set.of(1, 2, 3, 4));
        out.println();
        long annual = s.observations(Frequency.ANNUAL).size();
        out.println(s.observations().size() + " observations (" + annual + " annual, "
                + (s.observations().size() - annual) + " monthly); months and years not listed have no observation.");
    }

    private static void printCsvHeader(PrintWriter out) {
        out.println("series,date,value,unit,source");
    }

    private static void printCsvRows(PrintWriter out, ObservedSeries s) {
        for (Observation o : s.observations()) {
            out.println(String.join(",", s.id(), o.label(), BigDecimal.valueOf(o.value()).stripTrailingZeros().toPlainString(),
                    quote(s.unit()), quote(o.source())));
        }
    }

    private static String quote(String field) {
        return field.contains(",") || field.contains("\"") ? "\"" + field.replace("\"", "\"\"") + "\"" : field;
    }

    /** Readable numbers: grouping for large values, four significant digits for small ones. */
    static String number(double v) {
        if (Math.abs(v) >= 100) {
            return String.format(Locale.ROOT, v == Math.rint(v) ? "%,.0f" : "%,.1f", v);
        }
        return plain(v);
    }

    private static String plain(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return String.valueOf((long) v);
        }
        return new BigDecimal(v).round(new MathContext(4)).stripTrailingZeros().toPlainString();
    }

    private static void printTable(PrintWriter out, List<String[]> rows, Set<Integer> rightAligned) {
        int columns = rows.get(0).length;
        int[] widths = new int[columns];
        for (String[] row : rows) {
            for (int i = 0; i < columns; i++) {
                widths[i] = Math.max(widths[i], row[i].length());
            }
        }
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < columns; i++) {
                boolean last = i == columns - 1;
                String cell = row[i];
                String pad = " ".repeat(widths[i] - cell.length());
                line.append(rightAligned.contains(i) ? pad + cell : (last ? cell : cell + pad));
                if (!last) {
                    line.append("  ");
                }
            }
            out.println(line.toString().stripTrailing());
        }
    }
}
