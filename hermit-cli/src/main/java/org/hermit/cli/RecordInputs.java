package org.hermit.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.hermit.analysis.history.CalibrationParameters;
import org.hermit.io.observed.ObservedCsv;
import org.hermit.io.observed.ObservedData;
import org.hermit.model.output.Variable;
import org.hermit.model.output.Variables;
import org.hermit.model.param.ParameterSpace;
import org.hermit.model.time.Months;
import picocli.CommandLine;

/** What the calibrate, backtest and validate-history commands read from the command line besides the scenario. */
final class RecordInputs {
    private RecordInputs() {}

    /** A YYYY-MM option; anything else is a parameter error (exit status 2). */
    static int month(CommandLine cl, String option, String text) {
        if (text != null && text.trim().matches("\\d{4}-\\d{2}")) {
            try {
                return Months.parse(text.trim());
            } catch (IllegalArgumentException e) {
                // reported below
            }
        }
        throw new CommandLine.ParameterException(cl, option + " must be a month as YYYY-MM, got '" + text + "'");
    }

    /**
     * The bundled evidence, merged with the user's observed-data file when one is given (their observation wins for a
     * period both have), or only the user's file when asked. Rows of series the model does not produce are reported on err and skipped; a malformed file
     * is an InputException naming its lines.
     */
    static ObservedData observed(CommandLine cl, Path file, boolean only, PrintWriter err) {
        if (file == null) {
            if (only) {
                throw new CommandLine.ParameterException(cl, "--observed-only needs --observed FILE");
            }
            return ObservedData.bundled();
        }
        Set<String> known = Variables.all().stream().map(Variable::id).collect(Collectors.toSet());
        ObservedData theirs = ObservedCsv.read(file, known, warning -> err.println("hermit: " + warning));
        err.flush();
        return only ? theirs : ObservedData.bundled().merge(theirs);
    }

    /** The parameters to fit: null (the bundled list), ids separated by commas, or @FILE; checked against the registry. */
    static List<String> parameters(String spec, ParameterSpace space) {
        List<CalibrationParameters.Entry> entries;
        if (spec == null) {
            entries = CalibrationParameters.bundled();
        } else if (spec.startsWith("@")) {
            entries = CalibrationParameters.read(Path.of(spec.substring(1)));
        } else {
            entries = CalibrationParameters.inline("--params", spec);
        }
        return CalibrationParameters.check(entries, space);
    }
}
