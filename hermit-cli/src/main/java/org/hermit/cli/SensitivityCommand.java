package org.hermit.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.hermit.api.Hermit;
import org.hermit.api.SensitivityFiles;
import org.hermit.api.SensitivityOptions;
import org.hermit.api.SensitivityResult;
import org.hermit.engine.EnsembleRunner;
import org.hermit.io.InputException;
import org.hermit.io.InputProblem;
import org.hermit.io.yaml.NearestNames;
import org.hermit.model.scenario.Scenario;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code hermit sensitivity [SCENARIO] --output VARIABLE[@YEAR]}: which parameters move one output, ranked. */
@Command(name = "sensitivity",
        mixinStandardHelpOptions = true,
        description = {
            "Ranks the parameters behind one output: the annual value of VARIABLE in YEAR (its year-end value, total"
                    + " or average as the variable aggregates; the scenario's last year without @YEAR).",
            "sobol (default): Sobol first-order (S1) and total (ST) indices, the shares of the output's variance each"
                    + " parameter accounts for alone and with its interactions, with 95%% bootstrap intervals, over"
                    + " N (k + 2) design points (Saltelli design, Jansen estimators). Without --params it varies the 15"
                    + " parameters a quick Morris screen ranks highest.",
            "morris: elementary-effects screening of every uncertain parameter (mu*, mu, sigma) over r (k + 1)"
                    + " points, to find the few that matter among many.",
            "Parameter values are quantiles of each parameter's distribution (the scenario's, else the registry's);"
                    + " parameters not varied keep their central values. Every design point runs the scenario with"
                    + " the same seed (common random numbers), so the indices measure the parameters, not the model's"
                    + " random events; --replicates R averages R seeds per point.",
            "Prints the ranked table and writes DIR/sensitivity.csv, DIR/tornado.svg, DIR/tornado.png and"
                    + " DIR/sensitivity.html (the chart, the table and the settings in one page)."},
        footer = {"", "Examples:",
            "  hermit sensitivity --output reserves_usd@2030",
            "  hermit sensitivity --output kpw_per_usd@2025 --method morris",
            "  hermit sensitivity china-enforces --output state_revenue_usd.total@2028",
            "  hermit sensitivity --output rice_kpw_per_kg --params @ids.txt --replicates 4"})
public final class SensitivityCommand implements Callable<Integer> {
    private static final int SUGGESTIONS = 5;

    @ParentCommand
    HermitCommand root;

    @Parameters(index = "0", arity = "0..1", paramLabel = "SCENARIO", defaultValue = "baseline",
            description = "A bundled scenario's name or a scenario file (default: ${DEFAULT-VALUE}).")
    String scenario;

    @Option(names = "--output", required = true, paramLabel = "VARIABLE[@YEAR]",
            description = "The output variable (as in the variable column of summary.csv) and the year of its annual value,"
                    + " e.g. reserves_usd@2030.")
    String output;

    @Option(names = "--method", paramLabel = "sobol|morris", defaultValue = "sobol",
            description = "sobol (default) or morris.")
    String method;

    @Option(names = "--n", paramLabel = "N",
            description = "Sobol: base samples N, best a power of two (default: " + SensitivityOptions.DEFAULT_SOBOL_N
                    + "). Morris: trajectories (default: " + SensitivityOptions.DEFAULT_MORRIS_TRAJECTORIES + ").")
    Integer n;

    @Option(names = "--params", paramLabel = "ID,...|@FILE|all",
            description = "The parameters to vary: ids separated by commas, @FILE with ids one a line (# starts a"
                    + " comment), or all (every uncertain parameter). Default: Sobol the top "
                    + SensitivityOptions.DEFAULT_SCREEN_TOP + " of a Morris screen, Morris all.")
    String params;

    @Option(names = "--seed", paramLabel = "S", description = "Seed of the runs, the design and the bootstrap (default: the scenario's).")
    Long seed;

    @Option(names = "--threads", paramLabel = "T", description = "Worker threads (default: every core). Results do not depend on it.")
    Integer threads;

    @Option(names = "--replicates", paramLabel = "R", defaultValue = "1",
            description = "Runs per design point with different seeds, averaged (default: ${DEFAULT-VALUE}).")
    int replicates;

    @Option(names = "--out", paramLabel = "DIR", description = "Output directory (default: out/sensitivity-<scenario>-<variable>).")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Hermit hermit = root.hermit();
        SensitivityOptions options = options();
        Scenario s = hermit.scenario(scenario);
        Path dir = OutputPaths.directory("--out",
                out != null ? out : Path.of("out", "sensitivity-" + s.name() + "-" + options.variable()));
        ProgressBar bar = new ProgressBar(spec.commandLine().getErr(), ProgressBar.stderrIsTerminal(),
                root.options().quiet(), System::nanoTime, "model runs");
        SensitivityResult result = hermit.sensitivity(s, options.progress(bar));
        bar.finish();
        List<Path> written = SensitivityFiles.write(result, dir);
        PrintWriter o = spec.commandLine().getOut();
        o.print(SensitivityText.table(result));
        for (String note : result.notes()) {
            o.println();
            o.println(note);
        }
        o.println();
        o.println("Wrote:");
        for (Path p : written) {
            o.println("  " + p);
        }
        o.flush();
        return Main.EXIT_OK;
    }

    private SensitivityOptions options() {
        SensitivityOptions.Method m = switch (method.trim().toLowerCase(java.util.Locale.ROOT)) {
            case "sobol" -> SensitivityOptions.Method.SOBOL;
            case "morris" -> SensitivityOptions.Method.MORRIS;
            default -> throw bad("--method must be sobol or morris, got '" + method + "'");
        };
        String text = output.trim();
        int at = text.lastIndexOf('@');
        String variable = at < 0 ? text : text.substring(0, at);
        if (variable.isEmpty()) {
            throw bad("--output needs a variable, as VARIABLE or VARIABLE@YEAR, got '" + output + "'");
        }
        SensitivityOptions o = m == SensitivityOptions.Method.SOBOL ? SensitivityOptions.sobol(variable)
                : SensitivityOptions.morris(variable);
        if (at >= 0) {
            String year = text.substring(at + 1);
            if (!year.matches("\\d{4}")) {
                throw bad("--output takes VARIABLE@YEAR with a four-digit year, got '" + output + "'");
            }
            o = o.year(Integer.parseInt(year));
        }
        if (n != null) {
            if (n < 2) {
                throw bad("--n must be at least 2, got " + n);
            }
            o = o.n(n);
        }
        if (replicates < 1) {
            throw bad("--replicates must be at least 1, got " + replicates);
        }
        int t = threads == null ? EnsembleRunner.defaultThreads() : threads;
        if (t < 1) {
            throw bad("--threads must be at least 1, got " + t);
        }
        o = o.replicates(replicates).threads(t);
        if (seed != null) {
            o = o.seed(seed);
        }
        if (params != null) {
            String p = params.trim();
            if (p.equalsIgnoreCase("all")) {
                o = o.everyParameter();
            } else if (p.startsWith("@")) {
                o = o.parameters(readIds(Path.of(p.substring(1))));
            } else {
                List<String> ids = new ArrayList<>();
                for (String id : p.split(",")) {
                    if (!id.isBlank()) {
                        ids.add(id.trim());
                    }
                }
                if (ids.isEmpty()) {
                    throw bad("--params needs parameter ids separated by commas, @FILE or all");
                }
                o = o.parameters(ids);
            }
        }
        return o;
    }

    /** Ids one a line; blank lines and # comments skipped; an unknown id is reported at its line. */
    private List<String> readIds(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw InputException.of(file.toString(), 0, 0, "", "no such file (--params @FILE)");
        } catch (IOException e) {
            throw InputException.of(file.toString(), 0, 0, "", "cannot read it: " + e.getMessage());
        }
        List<String> known = root.hermit().parameters().ids();
        List<String> ids = new ArrayList<>();
        List<InputProblem> problems = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            int hash = line.indexOf('#');
            String id = (hash < 0 ? line : line.substring(0, hash)).trim();
            if (id.isEmpty()) {
                continue;
            }
            if (!known.contains(id)) {
                List<String> near = NearestNames.candidates(id, known, SUGGESTIONS);
                problems.add(new InputProblem(file.toString(), i + 1, line.indexOf(id) + 1, "",
                        "unknown parameter '" + id + "'" + (near.isEmpty() ? "; `hermit params` lists them"
                                : "; did you mean " + String.join(", ", near) + "?")));
            }
            ids.add(id);
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        if (ids.isEmpty()) {
            throw InputException.of(file.toString(), 0, 0, "", "no parameter ids in the file (one a line)");
        }
        return ids;
    }

    private CommandLine.ParameterException bad(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }
}
