package org.hermit.io.inputs;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.hermit.model.inputs.InputSeries;
import org.hermit.model.inputs.Inputs;

/**
 * Loads the bundled exogenous inputs (world prices, harvests, population): CSV files under
 * {@code org/hermit/inputs/} listed in {@code index.txt}, columns {@code series,year,value,unit,source,url}.
 * One value per series and year; a year missing inside a series is a gap the model fills from the year before.
 */
public final class InputsLoader {
    private static final String DIR = "/org/hermit/inputs/";

    private InputsLoader() {}

    public static Inputs bundled() {
        List<InputSeries> all = new ArrayList<>();
        for (String file : readLines(DIR + "index.txt")) {
            if (!file.isBlank() && !file.startsWith("#")) {
                all.addAll(parse(file.trim(), readLines(DIR + file.trim())));
            }
        }
        return new Inputs(all);
    }

    /** Rows of one file (header first) into series; throws IllegalStateException naming file and line. */
    static List<InputSeries> parse(String file, List<String> lines) {
        Map<String, TreeMap<Integer, Double>> values = new LinkedHashMap<>();
        Map<String, String> units = new LinkedHashMap<>();
        Map<String, String> sources = new LinkedHashMap<>();
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            List<String> f = splitCsv(line);
            if (f.size() < 4) {
                throw new IllegalStateException(file + ":" + (i + 1) + ": expected series,year,value,unit,source,url");
            }
            try {
                String id = f.get(0).trim();
                int year = Integer.parseInt(f.get(1).trim());
                double v = Double.parseDouble(f.get(2).trim());
                if (values.computeIfAbsent(id, k -> new TreeMap<>()).put(year, v) != null) {
                    throw new IllegalStateException(file + ":" + (i + 1) + ": second value for " + id + " in " + year);
                }
                units.putIfAbsent(id, f.get(3).trim());
                sources.merge(id, f.size() > 4 ? f.get(4).trim() : "", (a, b) -> a.contains(b) ? a : a + "; " + b);
            } catch (NumberFormatException e) {
                throw new IllegalStateException(file + ":" + (i + 1) + ": year and value must be numbers");
            }
        }
        List<InputSeries> out = new ArrayList<>();
        values.forEach((id, byYear) -> {
            int first = byYear.firstKey();
            int last = byYear.lastKey();
            double[] v = new double[last - first + 1];
            java.util.Arrays.fill(v, Double.NaN);
            byYear.forEach((y, x) -> v[y - first] = x);
            out.add(new InputSeries(id, units.get(id), first, v, sources.get(id)));
        });
        return out;
    }

    private static List<String> readLines(String resource) {
        try (InputStream in = InputsLoader.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing bundled resource " + resource);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            return r.lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Splits one CSV line, honouring double quotes. */
    static List<String> splitCsv(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cur.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cur.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                out.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        out.add(cur.toString());
        return out;
    }
}
