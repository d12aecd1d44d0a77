package org.hermit.analysis.posterior;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.hermit.io.InputException;
import org.hermit.io.InputProblem;
import org.hermit.io.yaml.NearestNames;
import org.hermit.model.param.ParameterSpace;

/**
 * Draws from a posterior distribution of parameters, as written by a calibration and read by scenarios
 * ({@code parameters: {posterior: FILE}}).
 *
 * <p>File format: UTF-8 CSV. The first line not starting with {@code #} is the header: the parameter ids,
 * then optionally a last column {@value #WEIGHT_COLUMN} (a name no parameter id can take). Every further
 * line is one draw: one number per column. Without a weight column every draw counts the same; with one,
 * weights are non-negative, not all zero, and need not sum to one. Blank lines and lines starting with
 * {@code #} are ignored. Numbers are written so that reading them back gives the same doubles.
 */
public final class PosteriorSample {
    /** Header of the optional weight column. */
    public static final String WEIGHT_COLUMN = "_weight";
    private static final Pattern DECIMAL = Pattern.compile("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?");

    private final List<String> ids;
    private final double[][] draws;
    private final double[] weights;

    /** An unweighted sample: draws[i][j] is the value of parameter ids[j] in draw i. */
    public PosteriorSample(List<String> ids, double[][] draws) {
        this(ids, draws, null);
    }

    /** A weighted sample; weights may be null for an unweighted one. */
    public PosteriorSample(List<String> ids, double[][] draws, double[] weights) {
        this.ids = List.copyOf(ids);
        if (this.ids.isEmpty()) {
            throw new IllegalArgumentException("a posterior sample needs at least one parameter");
        }
        Set<String> seen = new HashSet<>();
        for (String id : this.ids) {
            if (id.isBlank() || id.startsWith("#") || !id.equals(id.strip()) || id.matches(".*[,\"\\r\\n].*")
                    || id.equals(WEIGHT_COLUMN)) {
                throw new IllegalArgumentException("not a usable parameter id in a posterior file: '" + id + "'");
            }
            if (!seen.add(id)) {
                throw new IllegalArgumentException("duplicate parameter id " + id);
            }
        }
        if (draws.length == 0) {
            throw new IllegalArgumentException("a posterior sample needs at least one draw");
        }
        this.draws = new double[draws.length][];
        for (int i = 0; i < draws.length; i++) {
            if (draws[i].length != this.ids.size()) {
                throw new IllegalArgumentException("draw " + i + " has " + draws[i].length + " values, expected "
                        + this.ids.size());
            }
            for (double v : draws[i]) {
                if (!Double.isFinite(v)) {
                    throw new IllegalArgumentException("draw " + i + " holds a non-finite value " + v);
                }
            }
            this.draws[i] = draws[i].clone();
        }
        if (weights != null) {
            if (weights.length != draws.length) {
                throw new IllegalArgumentException(weights.length + " weights for " + draws.length + " draws");
            }
            checkWeights(weights);
            this.weights = weights.clone();
        } else {
            this.weights = null;
        }
    }

    private static void checkWeights(double[] weights) {
        double sum = 0;
        for (double w : weights) {
            if (!(w >= 0) || !Double.isFinite(w)) {
                throw new IllegalArgumentException("weights must be finite and non-negative, got " + w);
            }
            sum += w;
        }
        if (!(sum > 0)) {
            throw new IllegalArgumentException("weights must not all be zero");
        }
    }

    public List<String> ids() {
        return ids;
    }

    public int size() {
        return draws.length;
    }

    public int dimension() {
        return ids.size();
    }

    /** A copy of draw i, values in the order of {@link #ids()}. */
    public double[] draw(int i) {
        return draws[i].clone();
    }

    public double value(int draw, int parameter) {
        return draws[draw][parameter];
    }

    /** Every draw's value of one parameter. */
    public double[] column(String id) {
        int j = ids.indexOf(id);
        if (j < 0) {
            throw new IllegalArgumentException("no parameter '" + id + "' in the posterior sample");
        }
        double[] col = new double[draws.length];
        for (int i = 0; i < draws.length; i++) {
            col[i] = draws[i][j];
        }
        return col;
    }

    public boolean isWeighted() {
        return weights != null;
    }

    /** The weights as given, if the sample is weighted. */
    public Optional<double[]> weights() {
        return weights == null ? Optional.empty() : Optional.of(weights.clone());
    }

    /** The weight of draw i normalised so all sum to one (1/size when unweighted). */
    public double normalisedWeight(int i) {
        if (weights == null) {
            return 1.0 / draws.length;
        }
        double sum = 0;
        for (double w : weights) {
            sum += w;
        }
        return weights[i] / sum;
    }

    /** The (weighted) mean of one parameter. */
    public double mean(String id) {
        double[] col = column(id);
        double m = 0;
        for (int i = 0; i < col.length; i++) {
            m += normalisedWeight(i) * col[i];
        }
        return m;
    }

    /** Writes the sample in the format described above, replacing the file. */
    public void write(Path file) {
        write(file, List.of());
    }

    /**
     * Writes the sample after comment lines (each written as {@code # text}) that say where it came from, so the
     * file carries its own provenance; readers skip them.
     */
    public void write(Path file, List<String> comments) {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (String comment : comments) {
                for (String line : comment.split("\\R", -1)) {
                    out.write("# " + line + "\n");
                }
            }
            out.write(String.join(",", ids));
            if (weights != null) {
                out.write("," + WEIGHT_COLUMN);
            }
            out.write('\n');
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < draws.length; i++) {
                line.setLength(0);
                for (int j = 0; j < draws[i].length; j++) {
                    if (j > 0) {
                        line.append(',');
                    }
                    line.append(draws[i][j]); // Double.toString round-trips exactly
                }
                if (weights != null) {
                    line.append(',').append(weights[i]);
                }
                out.write(line.append('\n').toString());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write posterior sample " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Reads a file in the format described above. A missing or unreadable file, a bad header, a row of the
     * wrong length, a value that is not a finite number, or a bad weight is an {@link InputException}
     * naming the file, the line and the column.
     */
    public static PosteriorSample read(Path file) {
        return read(file, (ParameterSpace) null);
    }

    /**
     * Reads a file as {@link #read(Path)} does, and checks that every column names a parameter of this registry:
     * each one that does not (a mistyped id, a sample written for another registry) is a problem at its header
     * cell, all reported together.
     */
    public static PosteriorSample read(Path file, ParameterSpace registry) {
        String name = file.toString();
        List<String> lines;
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            lines = in.lines().toList();
        } catch (IOException | UncheckedIOException e) {
            throw InputException.of(name, 0, 0, "", "cannot read the posterior sample: " + describe(e));
        }
        int headerLine = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (!skipped(lines.get(i))) {
                headerLine = i;
                break;
            }
        }
        if (headerLine < 0) {
            throw InputException.of(name, 0, 0, "", "empty file: expected a header line of parameter ids");
        }
        List<String> header = Arrays.stream(lines.get(headerLine).split(",", -1)).map(String::strip).toList();
        boolean weighted = header.get(header.size() - 1).equals(WEIGHT_COLUMN);
        List<String> ids = weighted ? header.subList(0, header.size() - 1) : header;
        checkHeader(name, headerLine + 1, ids);
        if (registry != null) {
            checkIds(name, headerLine + 1, lines.get(headerLine), ids, registry);
        }

        List<double[]> rows = new ArrayList<>();
        List<Double> weightList = new ArrayList<>();
        for (int i = headerLine + 1; i < lines.size(); i++) {
            String text = lines.get(i);
            if (skipped(text)) {
                continue;
            }
            int lineNumber = i + 1;
            String[] cells = text.split(",", -1);
            if (cells.length != header.size()) {
                throw InputException.of(name, lineNumber, 0, "", "expected " + header.size() + " values ("
                        + String.join(", ", header) + "), got " + cells.length);
            }
            double[] row = new double[ids.size()];
            for (int j = 0; j < ids.size(); j++) {
                row[j] = number(name, lineNumber, header.get(j), cells[j]);
            }
            rows.add(row);
            if (weighted) {
                double w = number(name, lineNumber, WEIGHT_COLUMN, cells[ids.size()]);
                if (w < 0) {
                    throw InputException.of(name, lineNumber, 0, WEIGHT_COLUMN,
                            "expected a non-negative weight, got " + cells[ids.size()].strip());
                }
                weightList.add(w);
            }
        }
        if (rows.isEmpty()) {
            throw InputException.of(name, headerLine + 1, 0, "", "no draws after the header");
        }
        double[] weights = null;
        if (weighted) {
            weights = weightList.stream().mapToDouble(Double::doubleValue).toArray();
            if (Arrays.stream(weights).sum() <= 0) {
                throw InputException.of(name, 0, 0, WEIGHT_COLUMN, "all weights are zero");
            }
        }
        return new PosteriorSample(ids, rows.toArray(new double[0][]), weights);
    }

    private static boolean skipped(String line) {
        return line.isBlank() || line.startsWith("#");
    }

    private static void checkHeader(String file, int line, List<String> ids) {
        if (ids.isEmpty()) {
            throw InputException.of(file, line, 0, "", "the header names no parameter before " + WEIGHT_COLUMN);
        }
        Set<String> seen = new HashSet<>();
        for (int j = 0; j < ids.size(); j++) {
            String id = ids.get(j);
            if (id.isEmpty()) {
                throw InputException.of(file, line, 0, "", "column " + (j + 1) + " of the header has no parameter id");
            }
            if (id.equals(WEIGHT_COLUMN)) {
                throw InputException.of(file, line, 0, id, WEIGHT_COLUMN + " must be the last column");
            }
            if (id.contains("\"")) {
                throw InputException.of(file, line, 0, id, "quoted ids are not supported; write the bare id");
            }
            if (!seen.add(id)) {
                throw InputException.of(file, line, 0, id, "parameter id appears twice in the header");
            }
        }
    }

    private static void checkIds(String file, int line, String headerText, List<String> ids, ParameterSpace registry) {
        List<InputProblem> problems = new ArrayList<>();
        int cellStart = 0;
        String[] cells = headerText.split(",", -1);
        for (int j = 0; j < ids.size(); j++) {
            String id = ids.get(j);
            if (!registry.contains(id)) {
                int column = cellStart + (cells[j].length() - cells[j].stripLeading().length()) + 1;
                problems.add(new InputProblem(file, line, column, id, "unknown parameter '" + id + "'" + hint(id, registry)));
            }
            cellStart += cells[j].length() + 1;
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
    }

    private static String hint(String id, ParameterSpace registry) {
        if (id.equalsIgnoreCase("weight") || id.equalsIgnoreCase("weights")) {
            return " (a weight column is named " + WEIGHT_COLUMN + "; `hermit params` lists the parameters)";
        }
        return NearestNames.nearest(id, registry.ids()).map(n -> "; did you mean '" + n + "'?")
                .orElse("; `hermit params` lists the parameters");
    }

    private static double number(String file, int line, String column, String cell) {
        String text = cell.strip();
        // Plain decimal notation only: Java would also take "1d", hex floats, "NaN" and "Infinity".
        if (!DECIMAL.matcher(text).matches()) {
            throw InputException.of(file, line, 0, column, "expected a finite decimal number, got '" + text + "'");
        }
        double v = Double.parseDouble(text);
        if (!Double.isFinite(v)) {
            throw InputException.of(file, line, 0, column, "number out of range: '" + text + "'");
        }
        return v;
    }

    private static String describe(Exception e) {
        Throwable cause = e instanceof UncheckedIOException u ? u.getCause() : e;
        if (cause instanceof java.nio.file.NoSuchFileException) {
            return "no such file";
        }
        if (cause instanceof java.nio.charset.CharacterCodingException) {
            return "not UTF-8 text";
        }
        return cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
    }
}
