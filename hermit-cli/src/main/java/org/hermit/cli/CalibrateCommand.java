package org.hermit.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.hermit.analysis.abc.AbcProgress;
import org.hermit.analysis.abc.GenerationStats;
import org.hermit.analysis.history.HistoryTable;
import org.hermit.api.CalibrationOptions;
import org.hermit.api.CalibrationResult;
import org.hermit.api.Hermit;
import org.hermit.engine.EnsembleRunner;
import org.hermit.model.param.ParameterSpace;
import org.hermit.model.scenario.Scenario;
import org.hermit.model.time.Months;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code hermit calibrate [SCENARIO]}: fits parameters to the record up to a cut-off and writes a posterior sample. */
@Command(name = "calibrate",
        mixinStandardHelpOptions = true,
        description = {
            "Fits the model's parameters to the record by Approximate Bayesian Computation with sequential Monte Carlo"
                    + " (ABC-SMC): it draws parameter sets from their priors, runs the scenario from its start to the"
                    + " cut-off, keeps those whose runs come closest to every observed series (each series weighs the same),"
                    + " and narrows the tolerance generation by generation. The parameters not fitted stay at their"
                    + " central values.",
            "Writes the last generation as a posterior sample (CSV with a weight column) that a scenario file uses with"
                    + " 'parameters: {posterior: FILE}', and prints each generation's tolerance, acceptance rate,"
                    + " effective sample size and simulations, the fitted parameters, and the fit per series at the"
                    + " prior's centre and at the posterior mean.",
            "The observed-data format of --observed is described in docs/EVIDENCE.md."},
        footer = {"", "Examples:",
            "  hermit calibrate                                    the default parameters, every observation",
            "  hermit calibrate --cutoff 2016-12 --budget 100000   fit to the record up to 2016, a larger budget",
            "  hermit calibrate --params prices.rice_border_markup,money.won_share_base --observed mine.csv",
            "  hermit calibrate --params @my-parameters.txt --out out/posterior.csv"})
public final class CalibrateCommand implements Callable<Integer> {
    @ParentCommand
    HermitCommand root;

    @Parameters(index = "0", arity = "0..1", paramLabel = "SCENARIO", defaultValue = "baseline",
            description = "A bundled scenario's name or a scenario file (default: ${DEFAULT-VALUE}).")
    String scenario;

    @Option(names = "--cutoff", paramLabel = "YYYY-MM",
            description = "Last month of the observations fitted (default: the scenario's end or the last observation,"
                    + " whichever comes first).")
    String cutoff;

    @Option(names = "--budget", paramLabel = "N", defaultValue = "50000",
            description = "Simulations to run at most, over all generations (default: ${DEFAULT-VALUE}).")
    long budget;

    @Option(names = "--population", paramLabel = "N", defaultValue = "500",
            description = "Parameter sets kept per generation (default: ${DEFAULT-VALUE}).")
    int population;

    @Option(names = "--params", paramLabel = "ID,...|@FILE",
            description = "Parameters to fit: ids separated by commas, or @FILE with one id a line ('#' comments)."
                    + " Default: the bundled list (hermit-analysis/src/main/resources/org/hermit/calibration/parameters.txt).")
    String params;

    @Mixin
    ObservedOptions record = new ObservedOptions();

    @Option(names = "--seed", paramLabel = "S", description = "Master seed (default: the scenario's).")
    Long seed;

    @Option(names = "--threads", paramLabel = "T", description = "Worker threads (default: every core). Results do not depend on it.")
    Integer threads;

    @Option(names = "--out", paramLabel = "FILE",
            description = "The posterior sample to write (default: out/posterior-<scenario>-<cutoff>.csv).")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Hermit hermit = root.hermit();
        CommandLine cl = spec.commandLine();
        Scenario s = hermit.scenario(scenario);
        Integer cut = cutoff == null ? null : RecordInputs.month(cl, "--cutoff", cutoff);
        PrintWriter err = cl.getErr();
        List<String> ids = RecordInputs.parameters(params, hermit.parameters());
        CalibrationOptions options = options(cl, cut, ids, err);
        if (out != null) {
            OutputPaths.parentOf("--out", out);
        } else {
            OutputPaths.directory("--out", Path.of("out"));
        }
        boolean quiet = root.options().quiet();
        ProgressBar bar = new ProgressBar(err, ProgressBar.stderrIsTerminal(), quiet, System::nanoTime, "simulations")
                .nothingResumed();
        CalibrationResult result = hermit.calibrate(s, options.progress(progress(bar, err, quiet)));
        bar.finish();
        Path file = out != null ? out : Path.of("out", "posterior-" + s.name() + "-" + Months.format(result.cutoff()) + ".csv");
        createParent(file);
        result.writePosterior(file);
        PrintWriter o = cl.getOut();
        o.print(report(result, options, hermit.parameters()));
        o.println();
        o.println("Wrote " + file);
        o.println("A scenario uses it with a file beside it, e.g.:");
        o.println("  name: " + s.name() + "-fitted");
        o.println("  extends: " + s.name());
        o.println("  parameters: {posterior: " + file.getFileName() + "}");
        o.flush();
        return Main.EXIT_OK;
    }

    private CalibrationOptions options(CommandLine cl, Integer cut, List<String> ids, PrintWriter err) {
        int t = threads == null ? EnsembleRunner.defaultThreads() : threads;
        try {
            CalibrationOptions o = CalibrationOptions.defaults().population(population).budget(budget).threads(t)
                    .parameters(ids).observed(record.read(cl, err));
            o = cut == null ? o : o.cutoff(cut);
            return seed == null ? o : o.seed(seed);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(cl, e.getMessage());
        }
    }

    /** The bar counts simulations against the budget; each finished generation gets a line on stderr. */
    static AbcProgress progress(ProgressBar bar, PrintWriter err, boolean quiet) {
        return new AbcProgress() {
            @Override
            public void simulations(int generation, long done, long budget) {
                bar.progress(done, budget);
            }

            @Override
            public void generationDone(GenerationStats g) {
                if (quiet) {
                    return;
                }
                String line = String.format(Locale.ROOT, "hermit: generation %d done: tolerance %s, acceptance %s,"
                                + " effective sample size %.0f, %,d simulations", g.generation(), tolerance(g.epsilon()),
                        percent(g.acceptanceRate()), g.effectiveSampleSize(), g.simulations());
                err.println((ProgressBar.stderrIsTerminal() ? "\r" : "") + line + "          ");
                err.flush();
            }
        };
    }

    /** The report printed after a calibration. */
    static String report(CalibrationResult r, CalibrationOptions o, ParameterSpace registry) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%s fitted to the record from %s to %s: %s, population %d,"
                        + " budget %,d simulations, seed %d%n%n", r.scenario(), Months.format(r.startMonth()),
                Months.format(r.cutoff()), parameters(r.parameters().size()), o.population(), o.budget(), r.seed()));
        List<String[]> gens = new ArrayList<>();
        gens.add(new String[] {"generation", "tolerance", "acceptance", "ESS", "simulations"});
        for (GenerationStats g : r.generations()) {
            gens.add(new String[] {String.valueOf(g.generation()), tolerance(g.epsilon()), percent(g.acceptanceRate()),
                String.format(Locale.ROOT, "%.0f", g.effectiveSampleSize()), String.format(Locale.ROOT, "%,d", g.simulations())});
        }
        sb.append(Tables.aligned(gens, 1));
        sb.append(String.format(Locale.ROOT, "Stopped: %s after %,d simulations. Tolerance: the distance to the record a run"
                        + " had to beat (root mean square over series of their errors in units of comparison). ESS: effective"
                        + " sample size of the weighted particles.%n%n", stopReason(r), r.abc().simulations()));
        List<String[]> params = new ArrayList<>();
        params.add(new String[] {"parameter", "prior centre", "posterior mean", "posterior 90% range"});
        for (int j = 0; j < r.parameters().size(); j++) {
            String id = r.parameters().get(j);
            params.add(new String[] {id, value(registry, id, r.priorCentre()[j]), value(registry, id, r.posteriorMean()[j]),
                value(registry, id, r.posteriorQuantile(j, 0.05)) + " - " + value(registry, id, r.posteriorQuantile(j, 0.95))});
        }
        sb.append(Tables.aligned(params, 1)).append('\n');
        List<String[]> fits = new ArrayList<>();
        fits.add(new String[] {"series", "obs", "prior centre", "posterior mean"});
        for (CalibrationResult.SeriesFit f : r.fit()) {
            fits.add(new String[] {f.series(), String.valueOf(f.observations()), fit(f.priorCentre()), fit(f.posteriorMean())});
        }
        sb.append("Fit per series up to the cut-off: root-mean-square error in units of comparison (1 = 0.25 in logs,\n"
                + "about 28%, for levels; 3 points for growth rates; 0.1 for shares), mean of ").append(o.fitRuns())
                .append(" runs.\n");
        sb.append(Tables.aligned(fits, 1));
        return sb.toString();
    }

    /** A parameter's value as the table shows it: a year with its fraction (2013.61, not 2,014), else compact. */
    static String value(ParameterSpace registry, String id, double v) {
        boolean year = registry.find(id).map(d -> d.unit().equals("year")).orElse(false);
        return year ? String.format(Locale.ROOT, "%.2f", v) : HistoryTable.human(v);
    }

    static String parameters(int n) {
        return n + (n == 1 ? " parameter" : " parameters");
    }

    static String stopReason(CalibrationResult r) {
        return switch (r.abc().stopReason()) {
            case MAX_GENERATIONS -> "the last generation ran";
            case MIN_EPSILON -> "the tolerance reached its floor";
            case MIN_ACCEPTANCE_RATE -> "acceptance fell below 1%";
            case BUDGET -> "the budget was spent";
        };
    }

    static String tolerance(double epsilon) {
        return Double.isInfinite(epsilon) ? "inf" : String.format(Locale.ROOT, "%.3f", epsilon);
    }

    static String percent(double share) {
        return String.format(Locale.ROOT, "%.1f%%", 100 * share);
    }

    private static String fit(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%.2f", v) : "broke down";
    }

    static void createParent(Path file) {
        Path parent = file.toAbsolutePath().getParent();
        try {
            if (parent != null) {
                Files.createDirectories(parent);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + parent + ": " + e.getMessage(), e);
        }
    }
}
