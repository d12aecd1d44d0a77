package org.hermit.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.hermit.io.params.NumberText;
import org.hermit.io.params.ParameterRegistry;
import org.hermit.io.yaml.NearestNames;
import org.hermit.model.param.ParameterDef;
import org.hermit.model.param.ParameterSpace;
import org.hermit.model.param.SourceRef;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** hermit params [ID]: the parameter registry, as a table or one parameter with its provenance. */
@Command(name = "params",
        mixinStandardHelpOptions = true,
        description = {"Lists the model's parameters: id, unit, central value, distribution and sources.",
                "With an ID, shows that parameter in full: description, unit, central value, prior, legal range,"
                        + " each source (file, series, period, note, URL) and the stated assumption."})
public final class ParamsCommand implements Callable<Integer> {
    private static final int SUGGESTIONS = 5;

    @Parameters(arity = "0..1", paramLabel = "ID", description = "A parameter id, such as coal.price_ratio_to_world.")
    String id;

    @Spec
    CommandSpec spec;

    /** The registry shown (tests give a small one). */
    Supplier<ParameterSpace> registry = ParameterRegistry::bundled;

    @Override
    public Integer call() {
        ParameterSpace space = registry.get();
        PrintWriter out = spec.commandLine().getOut();
        if (id == null) {
            table(space, out);
        } else {
            Optional<ParameterDef> def = space.find(id);
            if (def.isEmpty()) {
                List<String> near = NearestNames.candidates(id, space.ids(), SUGGESTIONS);
                throw new ParameterException(spec.commandLine(), "unknown parameter '" + id + "'"
                        + (near.isEmpty() ? "; `hermit params` lists them" : "; did you mean " + String.join(", ", near) + "?"));
            }
            detail(def.get(), out);
        }
        out.flush();
        return Main.EXIT_OK;
    }

    private static void table(ParameterSpace space, PrintWriter out) {
        if (space.size() == 0) {
            out.println("The registry has no parameters.");
            return;
        }
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"ID", "UNIT", "CENTRAL", "DISTRIBUTION", "SOURCES"});
        for (ParameterDef d : space.defs()) {
            rows.add(new String[] {d.id(), d.unit(), NumberText.format(d.central()), d.prior().describe(), sources(d)});
        }
        int[] widths = new int[rows.get(0).length];
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                widths[i] = Math.max(widths[i], row[i].length());
            }
        }
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < row.length; i++) {
                line.append(i < row.length - 1 ? String.format("%-" + widths[i] + "s  ", row[i]) : row[i]);
            }
            out.println(line.toString().stripTrailing());
        }
        out.println(space.size() + (space.size() == 1 ? " parameter" : " parameters")
                + "; `hermit params ID` shows one with its sources.");
    }

    private static String sources(ParameterDef d) {
        int n = d.sources().size();
        return n == 0 ? "assumption" : n + (n == 1 ? " source" : " sources");
    }

    private static void detail(ParameterDef d, PrintWriter out) {
        out.println(d.id());
        if (!d.description().isEmpty()) {
            out.println("  " + d.description());
        }
        out.println("  unit:        " + (d.unit().isEmpty() ? "-" : d.unit()));
        out.println("  central:     " + NumberText.format(d.central()));
        out.println("  prior:       " + d.prior().describe());
        out.println("  range:       " + NumberText.range(d.min(), d.max()));
        if (d.sources().isEmpty()) {
            out.println("  sources:     none; the value is an assumption");
        } else {
            out.println("  sources:");
            int i = 1;
            for (SourceRef s : d.sources()) {
                out.println("    " + i++ + ". " + s.file() + "  series " + s.series() + "  period " + s.period());
                if (!s.note().isEmpty()) {
                    out.println("       " + s.note());
                }
                out.println("       " + (s.url().isEmpty() ? "(no URL recorded)" : s.url()));
            }
        }
        if (!d.assumption().isBlank()) {
            out.println("  assumption:  " + d.assumption());
        }
    }
}
