package org.hermit.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.hermit.api.EnsembleResult;
import org.hermit.api.Hermit;
import org.hermit.api.RunOptions;
import org.hermit.model.scenario.Scenario;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code hermit run [SCENARIO]}: runs a scenario's ensemble, writes its output directory and prints a summary. */
@Command(name = "run",
        mixinStandardHelpOptions = true,
        description = {
            "Runs a scenario month by month, as an ensemble whose runs draw the uncertain parameters from their"
                    + " distributions, and writes DIR: series.csv and series.parquet (run, date, variable, value; the first 100 runs"
                    + " unless --series-runs says otherwise), summary.csv (p5, p50, p95 of each variable's annual values)"
                    + " and quantiles.csv (p5 to p95 by month) over all runs, hermit.duckdb (every run's series, with the"
                    + " parameter values drawn), run.json, and report.html.",
            "Prints revenue by channel and the headline indicators year by year.",
            "Finished runs are saved as they complete: a sweep that was stopped continues with --resume."},
        footer = {"", "Examples:",
            "  hermit run                                 the baseline, its own runs and seed, into out/baseline",
            "  hermit run china-enforces --runs 1000      a counterfactual, 1000 runs",
            "  hermit run --runs 500 --series-runs all    every run's monthly series in series.csv and .parquet",
            "  hermit run my-scenario.yaml --out out/mine --seed 7",
            "  hermit run baseline --runs 100000 --resume continue a large sweep that was stopped"})
public final class RunCommand implements Callable<Integer> {
    @ParentCommand
    HermitCommand root;

    @Parameters(index = "0", arity = "0..1", paramLabel = "SCENARIO", defaultValue = "baseline",
            description = "A bundled scenario's name or a scenario file (default: ${DEFAULT-VALUE}).")
    String scenario;

    @Option(names = "--out", paramLabel = "DIR", description = "Output directory (default: out/<scenario>).")
    Path out;

    @Mixin
    EnsembleOptions ensemble;

    @Option(names = "--resume", description = "Continue the sweep stored in DIR: keep its finished runs, run the others.")
    boolean resume;

    @Option(names = "--no-report", description = "Do not write report.html.")
    boolean noReport;

    @Option(names = "--png", description = "Also write the report's charts as PNG files into DIR/charts/.")
    boolean png;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Hermit hermit = root.hermit();
        Scenario s = hermit.scenario(scenario);
        Path dir = OutputPaths.directory("--out", out != null ? out : Path.of("out", s.name()));
        PrintWriter err = spec.commandLine().getErr();
        ProgressBar bar = new ProgressBar(err, ProgressBar.stderrIsTerminal(), root.options().quiet(), System::nanoTime, "runs");
        RunOptions options = ensemble.apply(RunOptions.defaults()).out(dir).resume(resume).progress(bar);
        EnsembleResult result = hermit.run(s, options);
        bar.finish();
        List<Path> written = new ArrayList<>(result.files());
        if (!noReport) {
            hermit.reporter().ifPresent(r -> written.addAll(r.write(dir, png)));
        }
        PrintWriter o = spec.commandLine().getOut();
        o.print(ResultTables.run(s.name(), result.summary()));
        o.println();
        o.println("Wrote:");
        for (Path p : written) {
            o.println("  " + p);
        }
        o.flush();
        return Main.EXIT_OK;
    }
}
