package org.hermit.api;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.hermit.engine.Arm;
import org.hermit.engine.EnsembleRunner;
import org.hermit.engine.MonthlyModel;
import org.hermit.engine.ParameterSampler;
import org.hermit.model.Simulation;
import org.hermit.model.economy.Economy;
import org.hermit.model.output.SeriesBuffer;
import org.hermit.model.param.ParameterValues;
import org.hermit.model.random.RandomStreams;
import org.hermit.model.scenario.Scenario;

/**
 * How fast the model simulates ensemble runs, on 1, 2, ... threads measured side by side in one process, and how
 * many bytes its monthly loop allocates.
 *
 * <p>What one run includes: drawing its parameter values, building its economy (channels, household table,
 * opening position), simulating every month into an output buffer reused from run to run, and the engine's
 * hand-over of finished runs in order ({@link EnsembleRunner} with a sink that keeps nothing). Not included: the
 * streaming statistics, storage (DuckDB, Parquet, CSV), the report, and loading the registry, inputs and scenario
 * and compiling its timeline (done once per scenario, not per run).
 *
 * <p>Thread counts are measured in rounds that alternate between them, so that each sees the machine in the same
 * state; a thread count's figure is its median round. The allocation is measured on the calling thread after the
 * warm-up, with {@link com.sun.management.ThreadMXBean#getCurrentThreadAllocatedBytes()} around the months of
 * whole runs, apart from each run's set-up.
 */
public final class ModelBenchmark {

    /**
     * @param runs       runs per round and thread count
     * @param threads    thread counts to compare (the first is the reference of the speed-up)
     * @param warmupRuns runs on each thread count before measuring (to let the JIT compile the model)
     * @param rounds     rounds of measurement (each runs every thread count once)
     * @param seed       master seed of the runs' parameter draws
     */
    public record Options(int runs, List<Integer> threads, int warmupRuns, int rounds, long seed) {
        public Options {
            threads = List.copyOf(threads);
            require(runs >= 1, "runs must be at least 1, got " + runs);
            require(!threads.isEmpty(), "at least one thread count is needed");
            for (int t : threads) {
                require(t >= 1, "thread counts must be at least 1, got " + t);
            }
            require(warmupRuns >= 0, "warm-up runs must be 0 or more, got " + warmupRuns);
            require(rounds >= 1, "rounds must be at least 1, got " + rounds);
        }

        public static Options defaults() {
            return new Options(2_000, List.of(1, 2), 2_000, 5, 1L);
        }

        private static void require(boolean ok, String message) {
            if (!ok) {
                throw new IllegalArgumentException(message);
            }
        }
    }

    /**
     * One thread count's median round.
     *
     * @param cpuSeconds CPU time of the whole process (workers, JIT compiler, garbage collector) in that round
     */
    public record Timing(int threads, int runs, double seconds, double cpuSeconds) {
        public double runsPerSecond() {
            return runs / seconds;
        }

        /** Wall time one run takes on one thread, in milliseconds. */
        public double msPerRun() {
            return seconds * threads / runs * 1e3;
        }

        /** Cores the process kept busy on average: about the thread count when the machine had them free. */
        public double coresBusy() {
            return cpuSeconds / seconds;
        }
    }

    /**
     * @param monthsMeasured    simulated months over which allocation was counted
     * @param bytesPerMonth     bytes allocated per simulated month by the monthly step and the recording of its
     *                          variables
     * @param setupBytesPerRun  bytes allocated per run before its first month: parameter draw, economy, channels,
     *                          household table
     */
    public record Allocation(long monthsMeasured, double bytesPerMonth, double setupBytesPerRun) {}

    /** What was measured; loadBefore and loadAfter are the system's load averages (negative if unknown). */
    public record Result(String scenario, int startMonth, int months, List<Timing> timings, Allocation allocation,
                         double loadBefore, double loadAfter) {
        public Result {
            timings = List.copyOf(timings);
        }

        /** Runs per second of this timing over those of the first thread count. */
        public double speedUp(Timing t) {
            return t.runsPerSecond() / timings.get(0).runsPerSecond();
        }
    }

    private ModelBenchmark() {}

    /** Measures the simulation of a scenario (its own parameter overrides apply; a posterior file does not). */
    public static Result measure(Scenario scenario, Hermit hermit, Options options) {
        Simulation simulation = new Simulation(scenario, hermit.parameters(), hermit.inputs());
        ParameterSampler sampler = ParameterSampler.random(hermit.parameters(), scenario.parameters(), null);
        return measure(scenario.name(), simulation, sampler, options);
    }

    /** Measures a simulation whose runs draw their parameters from this sampler. */
    public static Result measure(String name, Simulation simulation, ParameterSampler sampler, Options options) {
        double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        Arm arm = new Arm(name, MonthlyModel.of(simulation), sampler);
        List<Integer> threads = options.threads();
        if (options.warmupRuns() > 0) {
            for (int t : threads) {
                time(arm, options.warmupRuns(), t, options.seed());
            }
        }
        double[][] seconds = new double[threads.size()][options.rounds()];
        double[][] cpu = new double[threads.size()][options.rounds()];
        for (int round = 0; round < options.rounds(); round++) {
            for (int i = 0; i < threads.size(); i++) {
                double[] wallAndCpu = time(arm, options.runs(), threads.get(i), options.seed());
                seconds[i][round] = wallAndCpu[0];
                cpu[i][round] = wallAndCpu[1];
            }
        }
        List<Timing> timings = new ArrayList<>();
        for (int i = 0; i < threads.size(); i++) {
            int median = medianIndex(seconds[i]);
            timings.add(new Timing(threads.get(i), options.runs(), seconds[i][median], cpu[i][median]));
        }
        Allocation allocation = allocation(simulation, sampler, Math.min(options.runs(), 200), options.seed());
        double loadAfter = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        return new Result(name, simulation.startMonth(), simulation.months(), timings, allocation, loadBefore, loadAfter);
    }

    /** Wall and process CPU seconds of one ensemble of runs 0..runs-1. */
    private static double[] time(Arm arm, int runs, int threads, long seed) {
        long cpu0 = processCpuNanos();
        long t0 = System.nanoTime();
        EnsembleRunner.of(arm, seed, threads).runAll(runs, run -> { }, null);
        long t1 = System.nanoTime();
        long cpu1 = processCpuNanos();
        return new double[] {(t1 - t0) / 1e9, cpu0 < 0 ? Double.NaN : (cpu1 - cpu0) / 1e9};
    }

    /** Bytes allocated by the set-up and by the months of whole runs, on this thread. */
    static Allocation allocation(Simulation simulation, ParameterSampler sampler, int runs, long seed) {
        com.sun.management.ThreadMXBean bean = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        SeriesBuffer out = new SeriesBuffer(simulation.months());
        long setup = 0;
        long loop = 0;
        long months = 0;
        for (int r = 0; r < runs; r++) {
            long runSeed = RandomStreams.runSeed(seed, r);
            long a0 = bean.getCurrentThreadAllocatedBytes();
            ParameterValues p = sampler.draw(runSeed);
            Economy economy = simulation.start(p, runSeed);
            long a1 = bean.getCurrentThreadAllocatedBytes();
            for (int t = 0; t < simulation.months(); t++) {
                economy.step(t);
                economy.record(t, out);
            }
            long a2 = bean.getCurrentThreadAllocatedBytes();
            setup += a1 - a0;
            loop += a2 - a1;
            months += simulation.months();
        }
        return new Allocation(months, loop / (double) months, setup / (double) runs);
    }

    private static int medianIndex(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        double median = sorted[(sorted.length - 1) / 2];
        for (int i = 0; i < values.length; i++) {
            if (values[i] == median) {
                return i;
            }
        }
        throw new IllegalStateException("no median");
    }

    private static long processCpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return -1;
    }
}
