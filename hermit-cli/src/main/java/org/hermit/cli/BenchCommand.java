package org.hermit.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.hermit.api.Hermit;
import org.hermit.api.ModelBenchmark;
import org.hermit.model.scenario.Scenario;
import org.hermit.model.time.Months;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code hermit bench [SCENARIO]}: how many runs a second the model simulates, on 1 and 2 threads side by side. */
@Command(name = "bench",
        mixinStandardHelpOptions = true,
        description = {
            "Measures how fast the model simulates ensemble runs: runs per second and milliseconds per run for each"
                    + " thread count, measured side by side in rounds that alternate between them (the median round"
                    + " is shown), the speed-up over the first thread count, and the bytes the monthly loop"
                    + " allocates per simulated month.",
            "A run here is its parameter draw, its set-up and every month simulated into a reused buffer, handed"
                    + " over in order by the ensemble engine. Not included: statistics, output files, the report."},
        footer = {"", "Examples:",
            "  hermit bench                               the baseline, 1 and 2 threads",
            "  hermit bench --runs 5000 --threads 1,2,4   more runs per round, more thread counts"})
public final class BenchCommand implements Callable<Integer> {
    @ParentCommand
    HermitCommand root;

    @Parameters(index = "0", arity = "0..1", paramLabel = "SCENARIO", defaultValue = "baseline",
            description = "A bundled scenario's name or a scenario file (default: ${DEFAULT-VALUE}).")
    String scenario;

    @Option(names = "--runs", paramLabel = "N", defaultValue = "2000",
            description = "Runs per round and thread count (default: ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--threads", paramLabel = "T,T...", split = ",", defaultValue = "1,2",
            description = "Thread counts to compare; the speed-up is over the first (default: ${DEFAULT-VALUE}).")
    List<Integer> threads;

    @Option(names = "--warmup", paramLabel = "N", defaultValue = "2000",
            description = "Runs on each thread count before measuring, to let the JIT compile the model"
                    + " (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--rounds", paramLabel = "N", defaultValue = "5",
            description = "Rounds of measurement; each runs every thread count once (default: ${DEFAULT-VALUE}).")
    int rounds;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1",
            description = "Master seed of the runs' parameter draws (default: ${DEFAULT-VALUE}).")
    long seed;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        ModelBenchmark.Options options;
        try {
            options = new ModelBenchmark.Options(runs, threads, warmup, rounds, seed);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        Hermit hermit = root.hermit();
        Scenario s = hermit.scenario(scenario);
        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "Benchmark of %s, %s..%s (%d months), %s resolution%n", s.name(),
                Months.format(s.startMonth()), Months.format(s.endMonth()), s.months(),
                s.resolution().name().toLowerCase(Locale.ROOT));
        out.printf(Locale.ROOT, "%d runs per round, %d rounds alternating thread counts %s, after %d warm-up runs each%n",
                runs, rounds, threads, warmup);
        out.flush();
        ModelBenchmark.Result r = ModelBenchmark.measure(s, hermit, options);
        out.print(format(r));
        out.flush();
        return Main.EXIT_OK;
    }

    /** The result as the command prints it. */
    static String format(ModelBenchmark.Result r) {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "%n%7s  %10s  %10s  %10s  %8s%n", "threads", "runs/s", "ms/run", "cores busy", "speed-up"));
        for (ModelBenchmark.Timing t : r.timings()) {
            b.append(String.format(Locale.ROOT, "%7d  %10.0f  %10.3f  %10.2f  %8.2f%n", t.threads(), t.runsPerSecond(),
                    t.msPerRun(), t.coresBusy(), r.speedUp(t)));
        }
        ModelBenchmark.Allocation a = r.allocation();
        b.append(String.format(Locale.ROOT, "%nAllocation on one thread after warm-up, over %,d simulated months:%n",
                a.monthsMeasured()));
        b.append(String.format(Locale.ROOT, "  %.1f bytes per simulated month (the monthly step and recording its variables)%n",
                a.bytesPerMonth()));
        b.append(String.format(Locale.ROOT, "  %,.0f bytes per run before its first month (parameter draw, economy, channels, households)%n",
                a.setupBytesPerRun()));
        b.append(String.format(Locale.ROOT, "%nms/run is one run's wall time on one thread (threads / runs per second)."
                + " Cores busy counts the whole process%n(workers, JIT, garbage collector); below the thread count,"
                + " other work shared the machine. Load average %.2f before, %.2f after.%n",
                r.loadBefore(), r.loadAfter()));
        b.append("Included per run: parameter draw, set-up, every month into a reused buffer, hand-over in order."
                + " Not included: statistics, output files, report.\n");
        return b.toString();
    }
}
