package org.hermit.bench;

import java.lang.management.ManagementFactory;
import java.util.concurrent.TimeUnit;
import org.hermit.api.Hermit;
import org.hermit.engine.Arm;
import org.hermit.engine.EnsembleRunner;
import org.hermit.engine.MonthlyModel;
import org.hermit.engine.ParameterSampler;
import org.hermit.model.Simulation;
import org.hermit.model.economy.Economy;
import org.hermit.model.output.SeriesBuffer;
import org.hermit.model.random.RandomStreams;
import org.hermit.model.scenario.Scenario;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The real model's speed, as {@code hermit bench} measures it: ensemble runs of the 2010-2030 baseline at cohort
 * resolution per second on 1 and 2 threads (a run: parameter draw, set-up, 252 months into a reused buffer,
 * hand-over in order by the engine; no statistics, no files), and the months of one run on one thread with the
 * bytes they allocate.
 * <pre>
 *   java -jar hermit-bench/target/benchmarks.jar SimulationBenchmark
 *   java -jar hermit-bench/target/benchmarks.jar SimulationBenchmark.ensemble -prof gc   (bytes per run, set-up included)
 * </pre>
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(1)
public class SimulationBenchmark {
    static final int RUNS = 500;

    /** The baseline's simulation and parameter sampler, built once. */
    @State(Scope.Benchmark)
    public static class Model {
        Simulation simulation;
        ParameterSampler sampler;

        @Setup
        public void load() {
            Hermit hermit = Hermit.withBundledData();
            Scenario baseline = hermit.scenario("baseline");
            simulation = new Simulation(baseline, hermit.parameters(), hermit.inputs());
            sampler = ParameterSampler.random(hermit.parameters(), baseline.parameters(), null);
            if (simulation.months() != 252) {
                throw new IllegalStateException("the baseline was expected to run 2010-01..2030-12, not " + simulation.months() + " months");
            }
        }
    }

    /** Ensembles of {@value #RUNS} runs on a number of threads. */
    @State(Scope.Benchmark)
    public static class Ensemble {
        @Param({"1", "2"})
        int threads;
        Arm arm;

        @Setup
        public void setUp(Model model) {
            arm = new Arm("baseline", MonthlyModel.of(model.simulation), model.sampler);
        }
    }

    /** Runs per second (each operation is one run). */
    @Benchmark
    @OperationsPerInvocation(RUNS)
    public void ensemble(Ensemble e) {
        EnsembleRunner.of(e.arm, 1, e.threads).runAll(RUNS, run -> { }, null);
    }

    /** One run's economy, set up before each invocation (not timed), and the bytes its months allocate. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.EVENTS)
    public static class OneRun {
        Economy economy;
        SeriesBuffer out;
        long run;
        private long loopBytes;
        private long months;
        private final com.sun.management.ThreadMXBean bean =
                (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

        @Setup(Level.Iteration)
        public void reset(Model model) {
            out = new SeriesBuffer(model.simulation.months());
            loopBytes = 0;
            months = 0;
        }

        @Setup(Level.Invocation)
        public void start(Model model) {
            long seed = RandomStreams.runSeed(1, run++);
            economy = model.simulation.start(model.sampler.draw(seed), seed);
        }

        /** Bytes allocated per simulated month in this iteration (0 is the target). */
        public double bytesPerMonth() {
            return months == 0 ? 0 : loopBytes / (double) months;
        }
    }

    /** Simulated months per second on one thread (each operation is one month), the run's set-up excluded. */
    @Benchmark
    @OperationsPerInvocation(252)
    public void months(OneRun r) {
        long before = r.bean.getCurrentThreadAllocatedBytes();
        for (int t = 0; t < 252; t++) {
            r.economy.step(t);
            r.economy.record(t, r.out);
        }
        r.loopBytes += r.bean.getCurrentThreadAllocatedBytes() - before;
        r.months += 252;
    }
}
