package org.hermit.engine.testing;

import java.util.List;
import java.util.SplittableRandom;
import org.hermit.engine.MonthlyModel;
import org.hermit.model.output.SeriesBuffer;
import org.hermit.model.output.Variables;
import org.hermit.model.param.Distribution;
import org.hermit.model.param.ParameterDef;
import org.hermit.model.param.ParameterSpace;
import org.hermit.model.param.ParameterValues;
import org.hermit.model.random.RandomStreams;

/**
 * A stand-in model for the engine's and the writers' tests: every variable follows its own geometric random
 * walk whose drift and volatility are parameters, driven by the run's MARKETS stream. Its output is
 * non-trivial and depends on the seed and the parameters, which the real model's early versions do not
 * guarantee. It can be told to put a NaN at one run's variable and month (as a broken model would, without
 * throwing) and to sleep in each run (to kill a sweep in the middle).
 */
public final class RandomWalkModel implements MonthlyModel {
    public static final String DRIFT = "walk.drift";
    public static final String VOLATILITY = "walk.volatility";
    public static final String LEVEL = "walk.level";

    private final int startMonth;
    private final int months;
    private final ParameterSpace space;
    private final long nanRunSeed;
    private final int nanVariable;
    private final int nanMonth;
    private final long sleepMillis;

    private RandomWalkModel(int startMonth, int months, long nanRunSeed, int nanVariable, int nanMonth, long sleepMillis) {
        this.startMonth = startMonth;
        this.months = months;
        this.space = SPACE;
        this.nanRunSeed = nanRunSeed;
        this.nanVariable = nanVariable;
        this.nanMonth = nanMonth;
        this.sleepMillis = sleepMillis;
    }

    public RandomWalkModel(int startMonth, int months) {
        this(startMonth, months, 0, -1, -1, 0);
    }

    /** The same model, but the run with this seed writes NaN into one variable at month index t. */
    public RandomWalkModel withNanAt(long runSeed, int variable, int t) {
        return new RandomWalkModel(startMonth, months, runSeed, variable, t, sleepMillis);
    }

    /** The same model, sleeping this long in every run. */
    public RandomWalkModel sleeping(long millis) {
        return new RandomWalkModel(startMonth, months, nanRunSeed, nanVariable, nanMonth, millis);
    }

    /** The walk's three parameters; shared by every instance so samplers and models agree. */
    public static ParameterSpace parameters() {
        return SPACE;
    }

    private static final ParameterSpace SPACE = new ParameterSpace(List.of(
            def(DRIFT, "1/month", 0.002, new Distribution.Uniform(-0.01, 0.02), -0.05, 0.05),
            def(VOLATILITY, "1/month", 0.03, new Distribution.Pert(0.005, 0.03, 0.1), 0.0, 0.5),
            def(LEVEL, "units", 1000, new Distribution.LogNormal(1000, 0.5), 1, 1e7)));

    private static ParameterDef def(String id, String unit, double central, Distribution prior, double min, double max) {
        return new ParameterDef(id, unit, "test walk parameter", central, prior, min, max, List.of(),
                "a test model's parameter, not a claim about the DPRK");
    }

    @Override
    public int startMonth() {
        return startMonth;
    }

    @Override
    public int months() {
        return months;
    }

    @Override
    public ParameterSpace space() {
        return space;
    }

    @Override
    public void run(ParameterValues params, long runSeed, SeriesBuffer out) {
        double drift = params.get(0);
        double volatility = params.get(1);
        double level = params.get(2);
        SplittableRandom rng = RandomStreams.stream(runSeed, RandomStreams.MARKETS);
        for (int v = 0; v < Variables.COUNT; v++) {
            double x = level * (1 + v);
            for (int t = 0; t < months; t++) {
                x *= Math.exp(drift + volatility * RandomStreams.normal(rng));
                out.set(v, t, x);
            }
        }
        if (nanVariable >= 0 && runSeed == nanRunSeed) {
            out.set(nanVariable, nanMonth, Double.NaN);
        }
        if (sleepMillis > 0) {
            try {
                Thread.sleep(sleepMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
