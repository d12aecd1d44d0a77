package org.hermit.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Locale;
import org.hermit.api.Hermit;
import org.hermit.engine.ParameterSampler;
import org.hermit.model.Simulation;
import org.hermit.model.output.SeriesBuffer;
import org.hermit.model.random.RandomStreams;
import org.hermit.model.scenario.Scenario;

/**
 * The thread CPU time of one baseline run (its parameter draw, set-up and every month into a reused buffer) on
 * one thread, the median of rounds after a warm-up:
 * <pre>
 *   java -cp hermit-bench/target/benchmarks.jar org.hermit.bench.CpuPerRun [rounds] [runs per round]
 * </pre>
 * CPU time counts only what this thread did, so other work on a shared machine moves it far less than wall time:
 * it is the measure for changes of a few percent, comparing two builds one after the other, several times.
 */
public final class CpuPerRun {
    private CpuPerRun() {}

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 7;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 1500;
        Hermit hermit = Hermit.withBundledData();
        Scenario baseline = hermit.scenario("baseline");
        Simulation simulation = new Simulation(baseline, hermit.parameters(), hermit.inputs());
        ParameterSampler sampler = ParameterSampler.random(hermit.parameters(), baseline.parameters(), null);
        SeriesBuffer out = new SeriesBuffer(simulation.months());
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        int run = 0;
        for (int r = 0; r < 4000; r++, run++) {
            runOnce(simulation, sampler, run, out);
        }
        double[] microseconds = new double[rounds];
        for (int k = 0; k < rounds; k++) {
            long cpu0 = threads.getCurrentThreadCpuTime();
            for (int r = 0; r < runs; r++, run++) {
                runOnce(simulation, sampler, run, out);
            }
            microseconds[k] = (threads.getCurrentThreadCpuTime() - cpu0) / 1e3 / runs;
        }
        Arrays.sort(microseconds);
        System.out.printf(Locale.ROOT, "%.1f us CPU per run (median of %d rounds of %d runs; fastest %.1f, slowest %.1f)%n",
                microseconds[rounds / 2], rounds, runs, microseconds[0], microseconds[rounds - 1]);
    }

    private static void runOnce(Simulation simulation, ParameterSampler sampler, int run, SeriesBuffer out) {
        long seed = RandomStreams.runSeed(1L, run);
        simulation.run(sampler.draw(seed), seed, out);
    }
}
