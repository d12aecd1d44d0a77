package org.hermit.io.observed;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.hermit.io.InputException;
import org.hermit.io.InputProblem;
import org.hermit.io.evidence.CsvRecords;
import org.hermit.io.evidence.CsvRecords.CsvRecord;
import org.hermit.model.time.Months;

/**
 * Reads the public observed-data format, so anyone can score the model against data of their own:
 * <pre>
 * series,date,value[,unit][,source]
 * kpw_per_usd,2024-03,8900,KPW per USD,Daily NK
 * cn_exports_to_dprk_usd,2023,2000000000,USD,China customs
 * </pre>
 * <ul>
 * <li>A header row is required: series, date, value, then optionally unit and source, in that order.</li>
 * <li>date is YYYY (an annual observation), YYYY-MM or YYYY-MM-DD (a monthly observation; a day belongs to its
 *     month).</li>
 * <li>Several values of one series in one period are averaged; low/high keep their spread and count their number.</li>
 * <li>A series the model does not produce is reported through the warnings callback and skipped.</li>
 * <li>A malformed row (bad date, a value that is not a finite number, a wrong number of columns, an empty series,
 *     a unit differing from the series' earlier rows) and a missing header are {@link InputException}s naming the
 *     file and line; all problems of the file are collected before throwing.</li>
 * <li>The unit column is informational: values must already be in the model's unit ({@code hermit data} lists
 *     them).</li>
 * </ul>
 */
public final class ObservedCsv {
    private static final List<String> COLUMNS = List.of("series", "date", "value", "unit", "source");
    private static final int REQUIRED_COLUMNS = 3;
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private ObservedCsv() {}

    public static ObservedData read(Path file, Set<String> knownSeries, Consumer<String> warnings) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(file.toString(), reader, knownSeries, warnings);
        } catch (IOException e) {
            throw InputException.of(file.toString(), 0, 0, "", "cannot read the observed-data file: " + e.getMessage());
        }
    }

    /** As {@link #read(Path, Set, Consumer)}, from a reader; name is used in messages and sources. */
    public static ObservedData read(String name, Reader reader, Set<String> knownSeries, Consumer<String> warnings) {
        List<CsvRecord> records;
        try {
            records = CsvRecords.read(reader);
        } catch (UncheckedIOException e) {
            int line = e.getCause() instanceof JsonProcessingException j && j.getLocation() != null
                    ? j.getLocation().getLineNr() : 0;
            throw InputException.of(name, line, 0, "", "not readable as CSV: " + e.getCause().getMessage()
                    .lines().findFirst().orElse(""));
        }
        List<InputProblem> problems = new ArrayList<>();
        if (records.isEmpty()) {
            throw InputException.of(name, 1, 0, "", "empty file; expected the header " + expectedHeader());
        }
        CsvRecord header = records.get(0);
        int columns = checkHeader(name, header, problems);
        if (columns < 0) {
            throw new InputException(problems);
        }

        Map<String, List<Row>> bySeries = new TreeMap<>();
        Map<String, Unknown> unknown = new LinkedHashMap<>();
        for (CsvRecord record : records.subList(1, records.size())) {
            Row row = parseRow(name, record, columns, problems);
            if (row == null) {
                continue;
            }
            if (!knownSeries.contains(row.series())) {
                unknown.merge(row.series(), new Unknown(row.line(), 1), (a, b) -> new Unknown(a.firstLine(), a.rows() + 1));
                continue;
            }
            bySeries.computeIfAbsent(row.series(), s -> new ArrayList<>()).add(row);
        }
        Map<String, String> units = checkUnits(name, bySeries, problems);
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        unknown.forEach((series, u) -> warnings.accept(name + ":" + u.firstLine() + ": series '" + series
                + "' is not produced by the model; skipped " + u.rows() + (u.rows() == 1 ? " row" : " rows")));

        String fileName = Path.of(name).getFileName().toString();
        List<ObservedSeries> series = new ArrayList<>();
        bySeries.forEach((id, rows) -> series.add(new ObservedSeries(id, units.get(id), "", aggregate(fileName, rows),
                "from " + fileName)));
        return ObservedData.of(series);
    }

    private record Row(int line, String series, Frequency frequency, int period, double value, String unit,
                       String source) {}

    private record Unknown(int firstLine, int rows) {}

    private static String expectedHeader() {
        return "'series,date,value[,unit][,source]'";
    }

    /** The number of columns the header declares, or -1 after adding a problem. */
    private static int checkHeader(String name, CsvRecord header, List<InputProblem> problems) {
        List<String> names = header.fields().stream()
                .map(f -> f.replace("\uFEFF", "").trim().toLowerCase(Locale.ROOT)).toList();
        boolean ok = names.size() >= REQUIRED_COLUMNS && names.size() <= COLUMNS.size()
                && names.equals(COLUMNS.subList(0, names.size()));
        if (!ok) {
            problems.add(new InputProblem(name, header.line(), 0, "",
                    "expected the header " + expectedHeader() + ", got '" + String.join(",", header.fields()) + "'"));
            return -1;
        }
        return names.size();
    }

    private static Row parseRow(String name, CsvRecord record, int columns, List<InputProblem> problems) {
        int line = record.line();
        List<String> f = record.fields();
        if (f.size() != columns) {
            problems.add(new InputProblem(name, line, 0, "", "expected " + columns + " columns as in the header, found "
                    + f.size()));
            return null;
        }
        int before = problems.size();
        String series = f.get(0).trim();
        if (series.isEmpty()) {
            problems.add(new InputProblem(name, line, 0, "series", "expected a series id, got an empty field"));
        }
        String dateText = f.get(1).trim();
        Frequency frequency = null;
        int period = 0;
        try {
            if (YEAR.matcher(dateText).matches()) {
                frequency = Frequency.ANNUAL;
                period = Integer.parseInt(dateText);
            } else if (MONTH.matcher(dateText).matches()) {
                frequency = Frequency.MONTHLY;
                period = Months.parse(dateText);
            } else if (DAY.matcher(dateText).matches()) {
                LocalDate day = LocalDate.parse(dateText);
                frequency = Frequency.MONTHLY;
                period = Months.of(day.getYear(), day.getMonthValue());
            }
        } catch (DateTimeException | IllegalArgumentException e) {
            frequency = null;
        }
        if (frequency == null) {
            problems.add(new InputProblem(name, line, 0, "date",
                    "expected a date as YYYY, YYYY-MM or YYYY-MM-DD, got '" + dateText + "'"));
        }
        String valueText = f.get(2).trim();
        double value = Double.NaN;
        try {
            value = Double.parseDouble(valueText);
        } catch (NumberFormatException e) {
            // reported below
        }
        if (!Double.isFinite(value) || !valueText.matches("[-+0-9.eE]+")) {
            problems.add(new InputProblem(name, line, 0, "value", "expected a number, got '" + valueText + "'"));
        }
        if (problems.size() > before) {
            return null;
        }
        String unit = columns > 3 ? f.get(3).trim() : "";
        String source = columns > 4 ? f.get(4).trim() : "";
        return new Row(line, series, frequency, period, value, unit, source);
    }

    /** The unit of each series (its first non-empty one); a different unit later is a problem. */
    private static Map<String, String> checkUnits(String name, Map<String, List<Row>> bySeries,
                                                  List<InputProblem> problems) {
        Map<String, String> units = new TreeMap<>();
        bySeries.forEach((id, rows) -> {
            Row first = null;
            for (Row r : rows) {
                if (r.unit().isEmpty()) {
                    continue;
                }
                if (first == null) {
                    first = r;
                } else if (!r.unit().equals(first.unit())) {
                    problems.add(new InputProblem(name, r.line(), 0, "unit", "unit '" + r.unit() + "' differs from '"
                            + first.unit() + "' given for series '" + id + "' at line " + first.line()));
                }
            }
            units.put(id, first == null ? "" : first.unit());
        });
        return units;
    }

    private static List<Observation> aggregate(String fileName, List<Row> rows) {
        record Key(Frequency frequency, int period) {}
        Map<Key, List<Row>> byPeriod = new LinkedHashMap<>();
        rows.forEach(r -> byPeriod.computeIfAbsent(new Key(r.frequency(), r.period()), k -> new ArrayList<>()).add(r));
        List<Observation> observations = new ArrayList<>();
        byPeriod.forEach((key, group) -> {
            double mean = group.stream().mapToDouble(Row::value).average().orElseThrow();
            double low = group.stream().mapToDouble(Row::value).min().orElseThrow();
            double high = group.stream().mapToDouble(Row::value).max().orElseThrow();
            Set<String> sources = group.stream().map(Row::source).filter(s -> !s.isEmpty())
                    .collect(Collectors.toCollection(LinkedHashSet::new));
            String lines = group.stream().map(r -> String.valueOf(r.line())).collect(Collectors.joining(","));
            String source = (sources.isEmpty() ? "" : String.join("; ", sources) + " ") + "(" + fileName + ":" + lines + ")";
            observations.add(new Observation(key.frequency(), key.period(), Math.max(low, Math.min(high, mean)), low, high,
                    group.size(), source));
        });
        return observations;
    }
}
