package org.hermit.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.hermit.engine.Arm;
import org.hermit.engine.EnsembleRunner;
import org.hermit.engine.ParameterSampler;
import org.hermit.engine.stats.EnsembleStatistics;
import org.hermit.engine.stats.EnsembleSummary;
import org.hermit.io.output.EnsembleSweep;
import org.hermit.io.output.SweepInput;
import org.hermit.io.output.SweepOptions;
import org.hermit.io.output.SweepOutcome;
import org.hermit.model.scenario.Resolution;
import org.hermit.model.scenario.Scenario;
import org.hermit.model.time.Months;

/**
 * One large ensemble of the synthetic model over 2010-01..2030-12, to measure its wall time and peak memory from
 * outside (for example with /usr/bin/time -v):
 * <pre>
 *   java -cp hermit-bench/target/benchmarks.jar org.hermit.bench.SweepMeasure sweep 10000 2 /tmp/sweep
 *   java -cp hermit-bench/target/benchmarks.jar org.hermit.bench.SweepMeasure stats 100000 2
 * </pre>
 * "sweep" runs the whole output path (database, statistics, every file); "stats" only the engine and the
 * streaming statistics, and prints the heap they hold at the end.
 */
public final class SweepMeasure {
    static final int START = Months.of(2010, 1);
    static final int END = Months.of(2030, 12);

    private SweepMeasure() {}

    public static void main(String[] args) {
        String mode = args[0];
        int runs = Integer.parseInt(args[1]);
        int threads = Integer.parseInt(args[2]);
        Scenario scenario = new Scenario("synthetic", "", "benchmark", "", START, END, 1, runs, Resolution.COHORT,
                Map.of(), null, List.of(), List.of());
        SyntheticModel model = new SyntheticModel(START, END - START + 1);
        long t0 = System.nanoTime();
        if (mode.equals("sweep")) {
            SweepOutcome out = EnsembleSweep.run(new SweepInput(scenario, model), Path.of(args[3]),
                    SweepOptions.of(runs, 1).withThreads(threads));
            System.out.printf("sweep of %d runs on %d threads: %.1f s (runs %.1f s, outputs %.1f s); exact quantiles: %s%n",
                    runs, threads, (System.nanoTime() - t0) / 1e9, out.manifest().timings().runSeconds(),
                    out.manifest().timings().writeSeconds(), out.summary().exact());
        } else {
            EnsembleStatistics stats = new EnsembleStatistics(START, END - START + 1);
            Arm arm = new Arm("synthetic", model, ParameterSampler.forEnsemble(model.space(), Map.of(), null, runs));
            EnsembleRunner.of(arm, 1, threads).runAll(runs, run -> stats.add(run.series()), (d, t) -> { });
            long fed = System.nanoTime();
            EnsembleSummary s = stats.summary();
            Runtime rt = Runtime.getRuntime();
            System.gc();
            long heap = rt.totalMemory() - rt.freeMemory();
            System.out.printf("statistics of %d runs on %d threads: %.1f s to run and feed, %.1f s to summarise;"
                            + " heap held %.0f MB; exact: %s; reserves p50 2030: %.4g%n",
                    runs, threads, (fed - t0) / 1e9, (System.nanoTime() - fed) / 1e9, heap / 1e6, s.exact(),
                    s.annual("reserves_usd").p50()[20]);
            // Keep the statistics reachable until the heap was measured.
            if (stats.runs() != runs) {
                throw new IllegalStateException("lost runs");
            }
        }
    }
}
