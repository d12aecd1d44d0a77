package org.hermit.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.hermit.engine.testing.RandomWalkModel;
import org.hermit.model.ModelException;
import org.hermit.model.Simulation;
import org.hermit.model.inputs.Inputs;
import org.hermit.model.output.SeriesBuffer;
import org.hermit.model.output.Variables;
import org.hermit.model.param.ParameterSpace;
import org.hermit.model.param.ParameterValues;
import org.hermit.model.random.RandomStreams;
import org.hermit.model.scenario.Resolution;
import org.hermit.model.scenario.Scenario;
import org.hermit.model.time.Months;
import org.junit.jupiter.api.Test;

class EnsembleRunnerTest {
    static final int START = Months.of(2020, 1);
    static final RandomWalkModel MODEL = new RandomWalkModel(START, 24);

    static Arm arm(MonthlyModel model, int runs) {
        return new Arm("walk", model, ParameterSampler.forEnsemble(model.space(), Map.of(), null, runs));
    }

    /** Every delivered run: its index, seed, parameters and a copy of its output. */
    record Delivered(int index, long seed, ParameterValues params, SeriesBuffer series) {}

    static List<Delivered> collect(EnsembleRunner runner, RunIndices runs) {
        List<Delivered> out = new ArrayList<>();
        runner.run(runs, r -> out.add(new Delivered(r.runIndex(), r.runSeed(), r.parameters(), r.series().copy())),
                ProgressListener.NONE);
        return out;
    }

    static void assertSameRuns(List<Delivered> a, List<Delivered> b) {
        assertThat(a).hasSameSizeAs(b);
        for (int i = 0; i < a.size(); i++) {
            assertThat(a.get(i).index()).isEqualTo(b.get(i).index());
            assertThat(a.get(i).seed()).isEqualTo(b.get(i).seed());
            assertThat(a.get(i).params()).isEqualTo(b.get(i).params());
            assertThat(a.get(i).series().raw()).isEqualTo(b.get(i).series().raw());
        }
    }

    @Test
    void resultsAreIdenticalWhateverTheNumberOfThreads() {
        List<Delivered> one = collect(EnsembleRunner.of(arm(MODEL, 40), 7, 1), RunIndices.all(40));
        List<Delivered> three = collect(EnsembleRunner.of(arm(MODEL, 40), 7, 3), RunIndices.all(40));
        List<Delivered> narrow = collect(new EnsembleRunner(List.of(arm(MODEL, 40)), 7, 4, 4), RunIndices.all(40));
        assertSameRuns(one, three);
        assertSameRuns(one, narrow);
    }

    @Test
    void runsArriveInOrderEachOnceSeededFromTheMasterSeed() {
        List<Delivered> runs = collect(EnsembleRunner.of(arm(MODEL, 30), 11, 3), RunIndices.all(30));
        assertThat(runs).extracting(Delivered::index).containsExactly(java.util.stream.IntStream.range(0, 30).boxed().toArray(Integer[]::new));
        for (Delivered d : runs) {
            assertThat(d.seed()).isEqualTo(RandomStreams.runSeed(11, d.index()));
        }
        assertThat(runs.get(0).series().raw()).isNotEqualTo(runs.get(1).series().raw());
    }

    @Test
    void aSubsetOfRunsGivesThoseRunsExactlyAsTheFullEnsemble() {
        List<Delivered> all = collect(EnsembleRunner.of(arm(MODEL, 20), 5, 2), RunIndices.all(20));
        List<Delivered> some = collect(EnsembleRunner.of(arm(MODEL, 20), 5, 2), RunIndices.of(3, 4, 11, 19));
        assertSameRuns(some, List.of(all.get(3), all.get(4), all.get(11), all.get(19)));
    }

    @Test
    void aSingleRunEnsembleRunsAtCentralValues() {
        List<Delivered> runs = collect(EnsembleRunner.of(arm(MODEL, 1), 5, 2), RunIndices.all(1));
        assertThat(runs.get(0).params()).isEqualTo(ParameterValues.central(MODEL.space()));
    }

    @Test
    void armsRunSideBySideWithTheSameSeedsAndDraws() {
        RandomWalkModel shorter = new RandomWalkModel(START, 12);
        Arm a = arm(MODEL, 10);
        Arm b = new Arm("short", shorter, ParameterSampler.forEnsemble(shorter.space(), Map.of(), null, 10));
        List<CompletedRunCopy> runs = new ArrayList<>();
        EnsembleRunner.of(List.of(a, b), 3, 2).runAll(10,
                r -> runs.add(new CompletedRunCopy(r.parameters(0), r.parameters(1), r.series(0).copy(), r.series(1).copy())),
                ProgressListener.NONE);
        assertThat(runs).hasSize(10);
        for (CompletedRunCopy r : runs) {
            assertThat(r.pa()).isEqualTo(r.pb());
            // Same seed and parameters: the shorter walk is the first year of the longer one.
            assertThat(r.b().series(0)).isEqualTo(java.util.Arrays.copyOf(r.a().series(0), 12));
        }
    }

    record CompletedRunCopy(ParameterValues pa, ParameterValues pb, SeriesBuffer a, SeriesBuffer b) {}

    @Test
    void aNaNStopsTheEnsembleNamingRunVariableAndMonth() {
        int bad = 13;
        RandomWalkModel broken = MODEL.withNanAt(RandomStreams.runSeed(9, bad), Variables.RICE_KPW, 5);
        List<Integer> delivered = new ArrayList<>();
        EnsembleRunner runner = EnsembleRunner.of(arm(broken, 40), 9, 3);
        assertThatThrownBy(() -> runner.runAll(40, r -> delivered.add(r.runIndex()), ProgressListener.NONE))
                .isInstanceOf(EnsembleException.class)
                .hasMessageContaining("run 13")
                .hasMessageContaining("rice_kpw_per_kg became NaN in 2020-06")
                .satisfies(e -> {
                    assertThat(((EnsembleException) e).runIndex()).isEqualTo(bad);
                    assertThat(e.getCause()).isInstanceOf(ModelException.class);
                });
        assertThat(delivered).containsExactly(java.util.stream.IntStream.range(0, bad).boxed().toArray(Integer[]::new));
    }

    @Test
    void theEarliestBrokenMonthIsNamedFirst() {
        SeriesBuffer out = new SeriesBuffer(6);
        out.set(Variables.RICE_KPW, 4, Double.POSITIVE_INFINITY);
        out.set(Variables.GDP_GROWTH_PCT, 2, Double.NaN);
        assertThatThrownBy(() -> EnsembleRunner.requireFinite(out, Months.of(2011, 1)))
                .hasMessage("gdp_growth_pct became NaN in 2011-03");
    }

    @Test
    void aFailingSinkStopsTheEnsembleAndPropagates() {
        AtomicInteger started = new AtomicInteger();
        MonthlyModel counting = counting(MODEL, started, null);
        EnsembleRunner runner = EnsembleRunner.of(arm(counting, 1000), 1, 2);
        assertThatThrownBy(() -> runner.runAll(1000, r -> {
            if (r.runIndex() == 5) {
                throw new IllegalStateException("disk full");
            }
        }, ProgressListener.NONE)).hasMessage("disk full");
        assertThat(started.get()).isLessThan(5 + 8 + 2 + 1);
    }

    @Test
    void aSlowRunHoldsTheWindowInsteadOfLettingRunsPileUp() {
        int window = 6;
        AtomicInteger started = new AtomicInteger();
        AtomicInteger maxAhead = new AtomicInteger();
        AtomicInteger deliveredCount = new AtomicInteger();
        long slowSeed = RandomStreams.runSeed(2, 3);
        MonthlyModel slowAtThree = counting(MODEL, started, seed -> {
            maxAhead.accumulateAndGet(started.get() - deliveredCount.get(), Math::max);
            if (seed == slowSeed) {
                sleep(300);
            }
        });
        new EnsembleRunner(List.of(arm(slowAtThree, 60)), 2, 3, window)
                .runAll(60, r -> deliveredCount.incrementAndGet(), ProgressListener.NONE);
        assertThat(deliveredCount.get()).isEqualTo(60);
        // While run 3 sleeps, the others may finish at most the rest of the window.
        assertThat(maxAhead.get()).isLessThanOrEqualTo(window);
    }

    @Test
    void progressCountsEveryDeliveredRun() {
        List<long[]> calls = new ArrayList<>();
        EnsembleRunner.of(arm(MODEL, 7), 1, 2).run(RunIndices.of(1, 2, 5), r -> { }, (d, t) -> calls.add(new long[] {d, t}));
        assertThat(calls).extracting(c -> c[0] + "/" + c[1]).containsExactly("1/3", "2/3", "3/3");
    }

    @Test
    void theRealSimulationIsRunThroughItsAdapter() {
        // Running it needs the bundled registry and inputs (tested in hermit-api); here: the adapter's contract.
        ParameterSpace space = RandomWalkModel.parameters();
        Scenario scenario = new Scenario("tiny", "", "test", "", Months.of(2020, 3), Months.of(2021, 2), 1, 4,
                Resolution.COHORT, Map.of(), null, List.of(), List.of());
        MonthlyModel real = MonthlyModel.of(new Simulation(scenario, space, new Inputs(List.of())));
        assertThat(real.startMonth()).isEqualTo(Months.of(2020, 3));
        assertThat(real.months()).isEqualTo(12);
        assertThat(real.space()).isSameAs(space);
    }

    interface SeedHook {
        void started(long seed);
    }

    static MonthlyModel counting(MonthlyModel inner, AtomicInteger started, SeedHook hook) {
        return new MonthlyModel() {
            public int startMonth() { return inner.startMonth(); }
            public int months() { return inner.months(); }
            public ParameterSpace space() { return inner.space(); }
            public void run(ParameterValues p, long seed, SeriesBuffer out) {
                started.incrementAndGet();
                if (hook != null) {
                    hook.started(seed);
                }
                inner.run(p, seed, out);
            }
        };
    }

    static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
