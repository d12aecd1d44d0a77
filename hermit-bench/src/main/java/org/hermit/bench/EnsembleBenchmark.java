package org.hermit.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.hermit.engine.Arm;
import org.hermit.engine.EnsembleRunner;
import org.hermit.engine.ParameterSampler;
import org.hermit.engine.stats.EnsembleStatistics;
import org.hermit.io.output.EnsembleSweep;
import org.hermit.io.output.SweepInput;
import org.hermit.io.output.SweepOptions;
import org.hermit.model.scenario.Resolution;
import org.hermit.model.scenario.Scenario;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The machinery's cost for an ensemble of 200 runs of 252 months (the synthetic model, whose own cost is small):
 * the engine with the streaming statistics, and the whole sweep into an output directory (DuckDB, Parquet, CSV).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 10)
@Fork(1)
public class EnsembleBenchmark {
    static final int RUNS = 200;

    @Param({"1", "2"})
    int threads;

    SyntheticModel model;
    Scenario scenario;
    Path dir;

    @Setup
    public void setUp() throws IOException {
        model = new SyntheticModel(SweepMeasure.START, SweepMeasure.END - SweepMeasure.START + 1);
        scenario = new Scenario("synthetic", "", "benchmark", "", SweepMeasure.START, SweepMeasure.END, 1, RUNS,
                Resolution.COHORT, Map.of(), null, List.of(), List.of());
        dir = Files.createTempDirectory("hermit-bench");
    }

    @TearDown
    public void tearDown() throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    @Benchmark
    public long engineWithStatistics() {
        EnsembleStatistics stats = new EnsembleStatistics(model.startMonth(), model.months());
        Arm arm = new Arm("synthetic", model, ParameterSampler.forEnsemble(model.space(), Map.of(), null, RUNS));
        EnsembleRunner.of(arm, 1, threads).runAll(RUNS, run -> stats.add(run.series()), (d, t) -> { });
        return stats.summary().runs();
    }

    @Benchmark
    public long sweepIntoADirectory() {
        return EnsembleSweep.run(new SweepInput(scenario, model), dir.resolve("out"),
                SweepOptions.of(RUNS, 1).withThreads(threads)).summary().runs();
    }
}
