package org.hermit.io.inputs;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.hermit.io.evidence.CsvRecords;
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
        for (String file : readText(DIR + "index.txt").split("\n")) {
            if (!file.isBlank() && !file.startsWith("#")) {
                all.addAll(parse(file.trim(), CsvRecords.read(new StringReader(readText(DIR + file.trim())))));
            }
        }
        return new Inputs(all);
    }

    /** Records of one file (header first) into series; throws IllegalStateException naming file and line. */
    static List<InputSeries> parse(String file, List<CsvRecords.CsvRecord> records) {
        Map<String, TreeMap<Integer, Double>> values = new LinkedHashMap<>();
        Map<String, String> units = new LinkedHashMap<>();
        Map<String, String> sources = new LinkedHashMap<>();
        for (CsvRecords.CsvRecord r : records.subList(Math.min(1, records.size()), records.size())) {
            if (r.fields().size() < 4) {
                throw new IllegalStateException(file + ":" + r.line() + ": expected series,year,value,unit,source,url");
            }
            try {
                String id = r.field(0).trim();
                int year = Integer.parseInt(r.field(1).trim());
                double v = Double.parseDouble(r.field(2).trim());
                if (values.computeIfAbsent(id, k -> new TreeMap<>()).put(year, v) != null) {
                    throw new IllegalStateException(file + ":" + r.line() + ": second value for " + id + " in " + year);
                }
                units.putIfAbsent(id, r.field(3).trim());
                String source = r.field(4).trim();
                sources.merge(id, source, (a, b) -> a.contains(b) ? a : a + "; " + b);
            } catch (NumberFormatException e) {
                throw new IllegalStateException(file + ":" + r.line() + ": year and value must be numbers");
            }
        }
        List<InputSeries> out = new ArrayList<>();
        values.forEach((id, byYear) -> {
            int first = byYear.firstKey();
            int last = byYear.lastKey();
            double[] v = new double[last - first + 1];
            Arrays.fill(v, Double.NaN);
            byYear.forEach((y, x) -> v[y - first] = x);
            out.add(new InputSeries(id, units.get(id), first, v, sources.get(id)));
        });
        return out;
    }

    private static String readText(String resource) {
        try (InputStream in = InputsLoader.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing bundled resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
