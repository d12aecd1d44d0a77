package org.hermit.analysis.history;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hermit.io.InputException;
import org.hermit.io.InputProblem;
import org.hermit.io.yaml.NearestNames;
import org.hermit.model.param.ParameterDef;
import org.hermit.model.param.ParameterSpace;

/**
 * Which parameters a calibration fits: a list of registry ids, one a line, text after {@code #} a comment. The
 * bundled list ({@value #BUNDLED}) says for each why the record can inform it; users may give their own file in
 * the same format or the ids on the command line.
 */
public final class CalibrationParameters {
    /** Classpath location of the default list. */
    public static final String BUNDLED = "org/hermit/calibration/parameters.txt";

    private static final String SUGGESTION_HINT = "`hermit params` lists them";
    private static final int SUGGESTIONS = 3;

    /** One id and where it was written (line 0 when it came from the command line). */
    public record Entry(String id, String file, int line) {}

    private CalibrationParameters() {}

    /** The bundled list's ids, unchecked against any registry. */
    public static List<Entry> bundled() {
        try (InputStream in = CalibrationParameters.class.getClassLoader().getResourceAsStream(BUNDLED)) {
            if (in == null) {
                throw new IllegalStateException("the bundled parameter list " + BUNDLED + " is missing from the build");
            }
            return parse(BUNDLED, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A list file; a missing or unreadable file is an InputException naming it. */
    public static List<Entry> read(Path file) {
        try {
            return parse(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
        } catch (NoSuchFileException e) {
            throw InputException.of(file.toString(), 0, 0, "", "no such parameter list file");
        } catch (IOException | UncheckedIOException e) {
            throw InputException.of(file.toString(), 0, 0, "", "cannot read the parameter list: " + e.getMessage());
        }
    }

    /** Ids given as text separated by commas (a command-line option called name). */
    public static List<Entry> inline(String name, String commaSeparated) {
        List<Entry> out = new ArrayList<>();
        for (String part : commaSeparated.split(",", -1)) {
            String id = part.strip();
            if (id.isEmpty()) {
                throw InputException.of(name, 0, 0, "", "empty parameter id in '" + commaSeparated + "'");
            }
            out.add(new Entry(id, name, 0));
        }
        return out;
    }

    /** Parses the list format: one id a line, '#' starts a comment, blank lines ignored. */
    public static List<Entry> parse(String name, String text) {
        List<Entry> out = new ArrayList<>();
        List<InputProblem> problems = new ArrayList<>();
        String[] lines = text.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            int hash = line.indexOf('#');
            String id = (hash >= 0 ? line.substring(0, hash) : line).strip().replace("\uFEFF", "");
            if (id.isEmpty()) {
                continue;
            }
            if (id.matches(".*[\\s,].*")) {
                problems.add(new InputProblem(name, i + 1, 0, "", "expected one parameter id on the line, got '" + id + "'"));
                continue;
            }
            out.add(new Entry(id, name, i + 1));
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        return out;
    }

    /**
     * The ids, checked against the registry: each must exist, vary (a fixed prior has nothing to fit) and appear
     * once. Every problem is collected into one InputException, with suggestions for unknown ids.
     */
    public static List<String> check(List<Entry> entries, ParameterSpace space) {
        List<InputProblem> problems = new ArrayList<>();
        Map<String, Entry> seen = new HashMap<>();
        List<String> ids = new ArrayList<>();
        for (Entry e : entries) {
            var def = space.find(e.id());
            if (def.isEmpty()) {
                List<String> near = NearestNames.candidates(e.id(), space.ids(), SUGGESTIONS);
                problems.add(problem(e, "unknown parameter '" + e.id() + "'"
                        + (near.isEmpty() ? "; " + SUGGESTION_HINT : "; did you mean " + String.join(", ", near) + "?")));
                continue;
            }
            ParameterDef d = def.get();
            if (d.prior().isFixed()) {
                problems.add(problem(e, "parameter '" + e.id() + "' has a fixed prior, " + d.prior().describe()
                        + "; there is nothing to fit"));
                continue;
            }
            Entry first = seen.putIfAbsent(e.id(), e);
            if (first != null) {
                problems.add(problem(e, "parameter '" + e.id() + "' is listed twice"
                        + (first.line() > 0 ? " (first at line " + first.line() + ")" : "")));
                continue;
            }
            ids.add(e.id());
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        if (ids.isEmpty()) {
            String where = entries.isEmpty() ? "the parameter list" : entries.get(0).file();
            throw InputException.of(where, 0, 0, "", "no parameter to fit");
        }
        return List.copyOf(ids);
    }

    private static InputProblem problem(Entry e, String message) {
        return new InputProblem(e.file(), e.line(), 0, "", message);
    }
}
