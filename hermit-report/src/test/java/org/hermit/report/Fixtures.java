package org.hermit.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.hermit.model.time.Months;

/**
 * The test fixtures: output directories in the documented format (synthetic numbers of plausible size, not model
 * results) and observed data in the public observed-data format ({@code series,date,value,unit,source}), taken from
 * the bundled evidence.
 */
final class Fixtures {
    private Fixtures() {}

    static Path resource(String name) {
        try {
            return Path.of(Fixtures.class.getResource("fixtures/" + name).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("missing test fixture " + name, e);
        }
    }

    /** A writable copy of the comparison fixture (compare.json, baseline/, coal_ban/, diff/). */
    static Path comparison(Path tmp) {
        Path target = tmp.resolve("compare");
        copy(resource("compare"), target);
        return target;
    }

    /** A writable copy of one run's output directory (the comparison's baseline). */
    static Path run(Path tmp) {
        Path target = tmp.resolve("baseline");
        copy(resource("compare/baseline"), target);
        return target;
    }

    /** Observed values as the public format reads them: one point per series and period, averaged, with the spread. */
    static Observations observed() {
        Path file = resource("observed.csv");
        Map<String, Map<String, List<double[]>>> values = new LinkedHashMap<>();
        Map<String, Set<String>> sources = new LinkedHashMap<>();
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            for (String line : lines.subList(1, lines.size())) {
                List<String> cells = splitCsv(line);
                String key = cells.get(0) + "|" + cells.get(1);
                values.computeIfAbsent(cells.get(0), k -> new LinkedHashMap<>())
                        .computeIfAbsent(cells.get(1), k -> new ArrayList<>())
                        .add(new double[] {Double.parseDouble(cells.get(2))});
                sources.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(cells.get(4));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, List<ObservedPoint>> out = new LinkedHashMap<>();
        values.forEach((series, byDate) -> byDate.forEach((date, vs) -> {
            double sum = 0;
            double lo = Double.POSITIVE_INFINITY;
            double hi = Double.NEGATIVE_INFINITY;
            for (double[] v : vs) {
                sum += v[0];
                lo = Math.min(lo, v[0]);
                hi = Math.max(hi, v[0]);
            }
            String source = String.join("; ", sources.get(series + "|" + date));
            ObservedPoint p = date.length() == 4
                    ? ObservedPoint.annual(Integer.parseInt(date), sum / vs.size(), lo, hi, source)
                    : ObservedPoint.monthly(Months.parse(date), sum / vs.size(), lo, hi, source);
            out.computeIfAbsent(series, k -> new ArrayList<>()).add(p);
        }));
        return Observations.of(out);
    }

    /** Splits one CSV line, honouring double quotes. */
    static List<String> splitCsv(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return cells;
    }

    static void copy(Path from, Path to) {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
