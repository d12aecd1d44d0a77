package org.hermit.bench;

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
 * A stand-in for the model when measuring the machinery (sampling, ensembles, statistics, storage): every
 * variable a random walk of full double precision, so that storage and statistics see values as hard to compress
 * as real output. Its cost per run is a small fraction of the real model's.
 */
final class SyntheticModel implements MonthlyModel {
    static final ParameterSpace SPACE = new ParameterSpace(List.of(
            new ParameterDef("synthetic.drift", "1/month", "", 0.002, new Distribution.Uniform(-0.01, 0.02), -0.05, 0.05,
                    List.of(), "a benchmark's parameter"),
            new ParameterDef("synthetic.volatility", "1/month", "", 0.03, new Distribution.Pert(0.005, 0.03, 0.1), 0, 0.5,
                    List.of(), "a benchmark's parameter")));

    private final int startMonth;
    private final int months;

    SyntheticModel(int startMonth, int months) {
        this.startMonth = startMonth;
        this.months = months;
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
        return SPACE;
    }

    @Override
    public void run(ParameterValues params, long runSeed, SeriesBuffer out) {
        double drift = params.get(0);
        double volatility = params.get(1);
        SplittableRandom rng = RandomStreams.stream(runSeed, RandomStreams.MARKETS);
        for (int v = 0; v < Variables.COUNT; v++) {
            double x = Math.pow(10, 2 + v % 8);
            for (int t = 0; t < months; t++) {
                x *= 1 + drift + volatility * (rng.nextDouble() - 0.5);
                out.set(v, t, x);
            }
        }
    }
}
