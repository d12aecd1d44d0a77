package org.hermit.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.hermit.analysis.abc.GenerationStats;
import org.hermit.analysis.score.ForecastPoint;
import org.hermit.analysis.score.HorizonBand;
import org.hermit.analysis.score.ScoreTable;
import org.hermit.api.BacktestOptions;
import org.hermit.api.BacktestResult;
import org.hermit.api.CalibrationOptions;
import org.hermit.api.CalibrationResult;
import org.hermit.api.Hermit;
import org.hermit.engine.EnsembleRunner;
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

/** {@code hermit backtest [SCENARIO] --cutoff YYYY-MM}: scores the model's forecasts against what happened later. */
@Command(name = "backtest",
        mixinStandardHelpOptions = true,
        description = {
            "Scores Hermit out of sample: fits the parameters to the observations up to the cut-off (as 'hermit"
                    + " calibrate' does; --no-fit keeps the registry's priors), runs the ensemble from the scenario's start"
                    + " with its known policies, and scores every observed series after the cut-off, from the bundled"
                    + " evidence and --observed FILE (observations past the scenario's end extend the runs).",
            "Per series and horizon band (1-12, 13-24, 25+ months after the cut-off, and all): n, MAPE of the median run,"
                    + " MASE against the no-change forecast from the last observation at or before the cut-off (below 1"
                    + " beats no change), coverage of the 90%% range, and the share of directions of change the median gets"
                    + " right.",
            "Writes DIR/backtest.csv (series,band,n,mape,mase,coverage90,direction_hit), DIR/forecasts.csv,"
                    + " DIR/posterior.csv (the fit), DIR/charts/<series>.svg and .png (observations over the forecast fan,"
                    + " the cut-off marked), and DIR/backtest.html; prints the table. docs/VALIDATION.md explains it."},
        footer = {"", "Examples:",
            "  hermit backtest --cutoff 2019-12                  fit to 2019, score 2020 on",
            "  hermit backtest --cutoff 2016-12 --runs 200 --budget 100000 --seed 1",
            "  hermit backtest --cutoff 2019-12 --no-fit         the priors alone",
            "  hermit backtest --cutoff 2023-12 --observed mine.csv   score against data of your own"})
public final class BacktestCommand implements Callable<Integer> {
    @ParentCommand
    HermitCommand root;

    @Parameters(index = "0", arity = "0..1", paramLabel = "SCENARIO", defaultValue = "baseline",
            description = "A bundled scenario's name or a scenario file (default: ${DEFAULT-VALUE}).")
    String scenario;

    @Option(names = "--cutoff", paramLabel = "YYYY-MM", required = true,
            description = "Last month whose observations the model may know; later ones are scored.")
    String cutoff;

    @Mixin
    ObservedOptions record = new ObservedOptions();

    @Option(names = "--runs", paramLabel = "N", description = "Runs in the ensemble (default: the scenario's).")
    Integer runs;

    @Option(names = "--no-fit", description = "Do not fit: draw every parameter from the registry's priors.")
    boolean noFit;

    @Option(names = "--budget", paramLabel = "N", defaultValue = "50000",
            description = "Simulations the fit may run (default: ${DEFAULT-VALUE}).")
    long budget;

    @Option(names = "--population", paramLabel = "N", defaultValue = "500",
            description = "Parameter sets kept per generation of the fit (default: ${DEFAULT-VALUE}).")
    int population;

    @Option(names = "--params", paramLabel = "ID,...|@FILE",
            description = "Parameters to fit (default: the bundled list; see 'hermit calibrate --help').")
    String params;

    @Option(names = "--seed", paramLabel = "S", description = "Master seed of the fit and the runs (default: the scenario's).")
    Long seed;

    @Option(names = "--threads", paramLabel = "T", description = "Worker threads (default: every core). Results do not depend on it.")
    Integer threads;

    @Option(names = "--out", paramLabel = "DIR", description = "Output directory (default: out/backtest-<scenario>-<cutoff>).")
    Path out;

    @Option(names = "--markdown", paramLabel = "FILE",
            description = "Also put the result into FILE between the lines <!-- backtest-<cutoff>:begin --> and"
                    + " <!-- backtest-<cutoff>:end --> (backtest-<cutoff>-no-fit with --no-fit).")
    Path markdown;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Hermit hermit = root.hermit();
        CommandLine cl = spec.commandLine();
        Scenario s = hermit.scenario(scenario);
        int cut = RecordInputs.month(cl, "--cutoff", cutoff);
        PrintWriter err = cl.getErr();
        boolean quiet = root.options().quiet();
        Path dir = OutputPaths.directory("--out",
                out != null ? out : Path.of("out", "backtest-" + s.name() + "-" + Months.format(cut)));
        ProgressBar fitBar = new ProgressBar(err, ProgressBar.stderrIsTerminal(), quiet, System::nanoTime,
                "simulations of the fit").nothingResumed();
        BacktestOptions options = options(cl, hermit, cut, err, quiet, dir, fitBar);
        // The fit comes first; its bar closes, and the runs' bar starts, when the first run is done.
        ProgressBar[] runBar = {null};
        BacktestResult r = hermit.backtest(s, options.progress((done, total) -> {
            if (runBar[0] == null) {
                if (!noFit) {
                    fitBar.finish();
                }
                runBar[0] = new ProgressBar(err, ProgressBar.stderrIsTerminal(), quiet, System::nanoTime, "runs")
                        .nothingResumed();
            }
            runBar[0].progress(done, total);
        }));
        if (runBar[0] != null) {
            runBar[0].finish();
        }
        String section = "backtest-" + Months.format(cut) + (noFit ? "-no-fit" : "");
        if (markdown != null) {
            MarkedSection.replace(markdown, section, markdown(r, options));
        }
        PrintWriter o = cl.getOut();
        o.print(summary(r));
        o.println();
        o.print(ScoreTable.text(r.scores()));
        for (String note : r.notes()) {
            o.println();
            o.println(note);
        }
        o.println();
        o.println("Wrote:");
        for (Path p : r.files()) {
            if (!p.getParent().getFileName().toString().equals("charts")) {
                o.println("  " + p);
            }
        }
        long charts = r.files().stream().filter(p -> p.getParent().getFileName().toString().equals("charts")).count();
        if (charts > 0) {
            o.println("  " + dir.resolve("charts") + "/ (" + charts + " files: one SVG and one PNG per series)");
        }
        if (markdown != null) {
            o.println("  " + markdown + " (section " + section + ")");
        }
        o.flush();
        return Main.EXIT_OK;
    }

    private BacktestOptions options(CommandLine cl, Hermit hermit, int cut, PrintWriter err, boolean quiet, Path dir,
                                    ProgressBar fitBar) {
        int t = threads == null ? EnsembleRunner.defaultThreads() : threads;
        try {
            BacktestOptions o = BacktestOptions.at(cut).threads(t).fit(!noFit)
                    .observed(record.read(cl, err)).out(dir);
            if (!noFit) {
                CalibrationOptions c = CalibrationOptions.defaults().population(population).budget(budget).threads(t)
                        .parameters(RecordInputs.parameters(params, hermit.parameters()))
                        .progress(CalibrateCommand.progress(fitBar, err, quiet));
                o = o.calibration(c);
            }
            o = runs == null ? o : o.runs(runs);
            return seed == null ? o : o.seed(seed);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(cl, e.getMessage());
        }
    }

    /** What the fit and the runs were. */
    static String summary(BacktestResult r) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "Backtest of %s with cut-off %s: %d runs from %s to %s, seed %d.%n", r.scenario(),
                Months.format(r.cutoff()), r.runs(), Months.format(r.startMonth()), Months.format(r.endMonth()), r.seed()));
        if (r.calibration().isPresent()) {
            CalibrationResult c = r.calibration().get();
            GenerationStats last = c.abc().last();
            sb.append(String.format(Locale.ROOT, "Fit to %s..%s: %s, %,d simulations in %d generations (%s);"
                            + " last tolerance %s, acceptance %s, ESS %.0f.%n", Months.format(c.startMonth()),
                    Months.format(c.cutoff()), CalibrateCommand.parameters(c.parameters().size()), c.abc().simulations(),
                    c.generations().size(),
                    CalibrateCommand.stopReason(c), CalibrateCommand.tolerance(last.epsilon()),
                    CalibrateCommand.percent(last.acceptanceRate()), last.effectiveSampleSize()));
        } else {
            sb.append("No fit: every parameter drawn from the registry's priors.\n");
        }
        int observations = r.series().stream().mapToInt(x -> x.forecast().points().size()).sum();
        sb.append(String.format(Locale.ROOT, "Scored: %d observations of %d series after the cut-off; %s of them inside the"
                + " runs' 90%% range.%n", observations, r.series().size(), CalibrateCommand.percent(pooledCoverage(r))));
        return sb.toString();
    }

    /** The series the model is held to first: China's trade with the DPRK, the won and rice. */
    static final List<String> AIM_SERIES = List.of("cn_exports_to_dprk_usd", "cn_imports_from_dprk_usd",
            "cn_dprk_total_trade_usd", "kpw_per_usd", "kpw_per_cny", "rice_kpw_per_kg");

    /** Share of every scored observation, all series together, inside the runs' 90% range. */
    static double pooledCoverage(BacktestResult r) {
        int n = 0;
        int inside = 0;
        for (BacktestResult.ScoredSeries s : r.series()) {
            for (ForecastPoint p : s.forecast().points()) {
                n++;
                if (p.forecast().covers(p.observed())) {
                    inside++;
                }
            }
        }
        return n == 0 ? Double.NaN : (double) inside / n;
    }

    /** The aims (MASE below 1 for trade, the won and rice; 90% ranges holding about 90%) against this backtest. */
    static String aims(BacktestResult r) {
        StringBuilder sb = new StringBuilder("| series | n | MASE | beats no change | coverage90 |\n|---|---:|---:|---|---:|\n");
        for (String id : AIM_SERIES) {
            r.scores().stream().filter(x -> x.series().equals(id) && x.band() == HorizonBand.ALL).findFirst().ifPresent(x ->
                    sb.append("| `").append(id).append("` | ").append(x.n()).append(" | ")
                            .append(Double.isNaN(x.mase()) ? "-" : String.format(Locale.ROOT, "%.2f", x.mase())).append(" | ")
                            .append(Double.isNaN(x.mase()) ? "-" : x.mase() < 1 ? "yes" : "**no**").append(" | ")
                            .append(String.format(Locale.ROOT, "%.0f%%", 100 * x.coverage90())).append(" |\n"));
        }
        int n = r.series().stream().mapToInt(x -> x.forecast().points().size()).sum();
        sb.append(String.format(Locale.ROOT, "| all %d series, pooled | %d | | | %.0f%% |%n", r.series().size(), n,
                100 * pooledCoverage(r)));
        return sb.toString();
    }

    /** The docs' section: how it was made, then the table. */
    static String markdown(BacktestResult r, BacktestOptions o) {
        StringBuilder sb = new StringBuilder();
        sb.append("<!-- Generated by hermit backtest; rerun docs/regenerate-validation.sh rather than editing. -->\n");
        sb.append("`hermit backtest ").append(r.scenario()).append(" --cutoff ").append(Months.format(r.cutoff()))
                .append(" --runs ").append(r.runs()).append(" --seed ").append(r.seed())
                .append(o.fit() ? " --budget " + o.calibration().budget() + " --population " + o.calibration().population()
                        : " --no-fit").append("`\n\n");
        sb.append(String.join("  \n", summary(r).lines().toList())).append('\n');
        sb.append("\nAgainst the aims (whole horizon after the cut-off):\n\n").append(aims(r));
        sb.append("\n<details><summary>Every series and horizon band (backtest.csv)</summary>\n\n")
                .append(ScoreTable.markdown(r.scores()));
        for (String note : r.notes()) {
            sb.append('\n').append(note).append('\n');
        }
        return sb.append("\n</details>\n").toString();
    }
}
