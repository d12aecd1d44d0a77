package org.hermit.report;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hermit.io.InputException;
import org.hermit.io.InputProblem;
import org.hermit.model.time.Months;

/**
 * Reads an output directory of `hermit run` or `hermit compare` (formats in the project's output contract): the
 * only class that knows the files' names and layouts, so a change of format touches nothing else.
 * <ul>
 * <li>A run directory has summary.csv ({@code variable,year,p5,p50,p95}), quantiles.csv
 *     ({@code variable,date,p5,p25,p50,p75,p95}, date YYYY-MM-01) and run.json as org.hermit.io.output.RunManifest
 *     writes it (scenario, origin, scenarioHash, description, seed, runs, ..., {@code parameters: [{id, unit,
 *     description, central, distribution, origin, sources: [{file, series, period, url, note}], assumption}]},
 *     files). Every top-level fact is shown, so a new one needs no change here.</li>
 * <li>A comparison directory has compare.json as org.hermit.io.output.CompareManifest writes it (a and b the
 *     scenarios; aDirectory, bDirectory and diffDirectory the folders, which default to the names a and b and to
 *     diff), those two run directories, and the diff folder with summary.csv and quantiles.csv of the paired
 *     differences B - A.</li>
 * </ul>
 * A missing or malformed file is an {@link InputException} naming the file, line and column.
 */
public final class OutputDirectory {
    static final String SUMMARY = "summary.csv";
    static final String QUANTILES = "quantiles.csv";
    static final String RUN_JSON = "run.json";
    static final String COMPARE_JSON = "compare.json";
    static final String DIFF = "diff";

    private static final String SUMMARY_HEADER = "variable,year,p5,p50,p95";
    private static final String QUANTILES_HEADER = "variable,date,p5,p25,p50,p75,p95";

    private final ObjectMapper json = new ObjectMapper();

    /** Reads DIR as a comparison when it holds compare.json, else as a single run. */
    public ReportSubject read(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw problem(dir, 0, 0, Files.exists(dir)
                    ? "not a directory; expected the output directory of 'hermit run' or 'hermit compare'"
                    : "no such directory; expected the output directory of 'hermit run' or 'hermit compare'");
        }
        Path compare = dir.resolve(COMPARE_JSON);
        if (Files.exists(compare)) {
            JsonNode root = readJson(compare);
            Path a = dir.resolve(folder(compare, root, "a"));
            Path b = dir.resolve(folder(compare, root, "b"));
            Path diff = dir.resolve(root.hasNonNull("diffDirectory") ? folder(compare, root, "diff") : DIFF);
            return new ReportSubject.Comparison(readRun(a), readRun(b), readQuantiles(diff));
        }
        if (!Files.exists(dir.resolve(RUN_JSON)) && !Files.exists(dir.resolve(SUMMARY))) {
            throw problem(dir, 0, 0, "not an output directory of 'hermit run' or 'hermit compare' (it has neither "
                    + RUN_JSON + " nor " + COMPARE_JSON + ")");
        }
        return new ReportSubject.Single(readRun(dir));
    }

    /** Reads one run directory: run.json, summary.csv and quantiles.csv. */
    public RunOutput readRun(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw problem(dir, 0, 0, "no such directory; expected a run's output (run.json, summary.csv, quantiles.csv)");
        }
        Path runJson = dir.resolve(RUN_JSON);
        JsonNode root = readJson(runJson);
        if (!root.isObject()) {
            throw problem(runJson, 1, 1, "expected a JSON object with the run's metadata");
        }
        RunOutput.Metadata metadata = metadata(root);
        List<RunOutput.Parameter> parameters = parameters(runJson, root.path("parameters"));
        String name = dir.toAbsolutePath().normalize().getFileName() == null ? dir.toString()
                : dir.toAbsolutePath().normalize().getFileName().toString();
        return new RunOutput(name, dir, metadata, parameters, readQuantiles(dir));
    }

    /** Reads summary.csv and quantiles.csv of a directory (a run's, or diff/ of a comparison). */
    public Quantiles readQuantiles(Path dir) {
        return new Quantiles(readMonthly(dir.resolve(QUANTILES)), readAnnual(dir.resolve(SUMMARY)));
    }

    private Map<String, List<Quantiles.Monthly>> readMonthly(Path file) {
        Map<String, List<Quantiles.Monthly>> out = new LinkedHashMap<>();
        readCsv(file, QUANTILES_HEADER, (line, cells) -> {
            int month = month(file, line, cells[1]);
            double[] q = numbers(file, line, cells, 2);
            if (q != null) {
                out.computeIfAbsent(cells[0], k -> new ArrayList<>())
                        .add(new Quantiles.Monthly(month, q[0], q[1], q[2], q[3], q[4]));
            }
        });
        out.values().forEach(l -> l.sort(Comparator.comparingInt(Quantiles.Monthly::month)));
        return out;
    }

    private Map<String, List<Quantiles.Annual>> readAnnual(Path file) {
        Map<String, List<Quantiles.Annual>> out = new LinkedHashMap<>();
        readCsv(file, SUMMARY_HEADER, (line, cells) -> {
            int year = year(file, line, cells[1]);
            double[] q = numbers(file, line, cells, 2);
            if (q != null) {
                out.computeIfAbsent(cells[0], k -> new ArrayList<>()).add(new Quantiles.Annual(year, q[0], q[1], q[2]));
            }
        });
        out.values().forEach(l -> l.sort(Comparator.comparingInt(Quantiles.Annual::year)));
        return out;
    }

    @FunctionalInterface
    private interface RowHandler {
        void row(int line, String[] cells);
    }

    private static void readCsv(Path file, String header, RowHandler handler) {
        if (!Files.isRegularFile(file)) {
            throw problem(file, 0, 0, "not found; expected a CSV file with the header " + header);
        }
        int columns = header.split(",").length;
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String first = in.readLine();
            if (first != null && first.startsWith("\uFEFF")) {
                first = first.substring(1);
            }
            if (first == null || !first.strip().equals(header)) {
                throw problem(file, 1, 1, "expected the header '" + header + "', got '"
                        + (first == null ? "(empty file)" : first.strip()) + "'");
            }
            int lineNo = 1;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                lineNo++;
                if (line.isBlank()) {
                    continue;
                }
                String[] cells = line.strip().split(",", -1);
                if (cells.length != columns) {
                    throw problem(file, lineNo, 1, "expected " + columns + " columns (" + header + "), got " + cells.length);
                }
                if (cells[0].isBlank()) {
                    throw problem(file, lineNo, 1, "expected a variable id, got an empty cell");
                }
                handler.row(lineNo, cells);
            }
        } catch (IOException e) {
            throw problem(file, 0, 0, "cannot be read: " + e.getMessage());
        } catch (UncheckedIOException e) {
            throw problem(file, 0, 0, "cannot be read: " + e.getCause().getMessage());
        }
    }

    /** The quantile cells from index from on; null when the row has no value (empty or NaN: nothing to draw). */
    private static double[] numbers(Path file, int line, String[] cells, int from) {
        double[] out = new double[cells.length - from];
        for (int i = from; i < cells.length; i++) {
            String c = cells[i].strip();
            if (c.isEmpty() || c.equals("NaN") || c.equals("NA")) {
                return null;
            }
            try {
                out[i - from] = Double.parseDouble(c);
            } catch (NumberFormatException e) {
                throw problem(file, line, column(cells, i), "expected a number, got '" + c + "'");
            }
            if (Double.isInfinite(out[i - from])) {
                throw problem(file, line, column(cells, i), "expected a finite number, got '" + c + "'");
            }
        }
        return out;
    }

    private static int month(Path file, int line, String cell) {
        String c = cell.strip();
        // The contract writes the first of the month (2030-12-01); a bare month (2030-12) is read the same way.
        if (c.matches("\\d{4}-\\d{2}(-01)?")) {
            try {
                return Months.parse(c.substring(0, 7));
            } catch (IllegalArgumentException e) {
                // falls through to the message below
            }
        }
        throw problem(file, line, column(new String[] {"", c}, 1), "expected a date YYYY-MM-01, got '" + c + "'");
    }

    private static int year(Path file, int line, String cell) {
        String c = cell.strip();
        if (c.matches("\\d{4}")) {
            return Integer.parseInt(c);
        }
        throw problem(file, line, column(new String[] {"", c}, 1), "expected a year YYYY, got '" + c + "'");
    }

    /** 1-based column of cell i in a comma-separated line. */
    private static int column(String[] cells, int i) {
        int col = 1;
        for (int k = 0; k < i; k++) {
            col += cells[k].length() + 1;
        }
        return col;
    }

    private JsonNode readJson(Path file) {
        if (!Files.isRegularFile(file)) {
            throw problem(file, 0, 0, "not found; expected the JSON the run wrote");
        }
        try {
            return json.readTree(file.toFile());
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw problem(file, at == null ? 0 : Math.max(0, at.getLineNr()), at == null ? 0 : Math.max(0, at.getColumnNr()),
                    "not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw problem(file, 0, 0, "cannot be read: " + e.getMessage());
        }
    }

    /** The folder of run a or b (or of the differences): keyDirectory, else the run's name under key. */
    private static String folder(Path file, JsonNode root, String key) {
        JsonNode n = root.hasNonNull(key + "Directory") ? root.get(key + "Directory") : root.path(key);
        if (!n.isTextual() || n.asText().isBlank()) {
            throw problem(file, 0, 0, key + ": expected the name of run " + key.toUpperCase(java.util.Locale.ROOT)
                    + "'s folder, e.g. {\"a\": \"baseline\", \"b\": \"coal_ban\"}");
        }
        String folder = n.asText();
        if (folder.contains("/") || folder.contains("\\") || folder.equals("..")) {
            throw problem(file, 0, 0, key + ": expected a folder name inside the comparison directory, got '" + folder + "'");
        }
        return folder;
    }

    private static RunOutput.Metadata metadata(JsonNode root) {
        List<RunOutput.Field> fields = new ArrayList<>();
        flatten("", root, fields);
        JsonNode scenario = root.path("scenario");
        String name = scenario.isObject() ? scenario.path("name").asText("") : scenario.asText("");
        long runs = root.path("runs").asLong(0);
        return new RunOutput.Metadata(name, runs, fields);
    }

    private static void flatten(String prefix, JsonNode node, List<RunOutput.Field> out) {
        Iterator<Map.Entry<String, JsonNode>> it = node.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            String key = prefix.isEmpty() ? e.getKey() : prefix + "." + e.getKey();
            JsonNode v = e.getValue();
            if (prefix.isEmpty() && e.getKey().equals("parameters")) {
                continue;
            }
            if (v.isObject()) {
                flatten(key, v, out);
            } else if (v.isArray()) {
                List<String> items = new ArrayList<>();
                v.forEach(x -> items.add(x.isValueNode() ? x.asText() : x.toString()));
                out.add(new RunOutput.Field(key, String.join(", ", items)));
            } else if (!v.isNull()) {
                out.add(new RunOutput.Field(key, v.asText()));
            }
        }
    }

    private static List<RunOutput.Parameter> parameters(Path file, JsonNode array) {
        List<RunOutput.Parameter> out = new ArrayList<>();
        if (array.isMissingNode() || array.isNull()) {
            return out;
        }
        if (!array.isArray()) {
            throw problem(file, 0, 0, "parameters: expected a list of parameter definitions");
        }
        for (int i = 0; i < array.size(); i++) {
            JsonNode p = array.get(i);
            if (!p.path("id").isTextual()) {
                throw problem(file, 0, 0, "parameters[" + i + "].id: expected the parameter's id");
            }
            List<RunOutput.Source> sources = new ArrayList<>();
            for (JsonNode s : p.path("sources")) {
                sources.add(new RunOutput.Source(s.path("file").asText(""), s.path("series").asText(""),
                        s.path("period").asText(""), s.path("url").asText(""), s.path("note").asText("")));
            }
            JsonNode central = p.path("central");
            JsonNode dist = p.path("distribution");
            out.add(new RunOutput.Parameter(p.get("id").asText(), p.path("unit").asText(""),
                    p.path("description").asText(""),
                    central.isNumber() ? central.asDouble() : Double.NaN,
                    dist.isValueNode() ? dist.asText("") : dist.toString(),
                    p.path("origin").asText(""), sources, p.path("assumption").asText("")));
        }
        return out;
    }

    private static InputException problem(Path file, int line, int column, String message) {
        return new InputException(new InputProblem(file.toString(), line, column, "", message));
    }
}
