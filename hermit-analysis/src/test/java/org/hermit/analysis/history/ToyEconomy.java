package org.hermit.analysis.history;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.hermit.engine.MonthlyModel;
import org.hermit.io.observed.Frequency;
import org.hermit.io.observed.Observation;
import org.hermit.io.observed.ObservedData;
import org.hermit.io.observed.ObservedSeries;
import org.hermit.model.output.SeriesBuffer;
import org.hermit.model.output.Variables;
import org.hermit.model.param.Distribution;
import org.hermit.model.param.ParameterDef;
import org.hermit.model.param.ParameterSpace;
import org.hermit.model.param.ParameterValues;
import org.hermit.model.random.RandomStreams;
import org.hermit.model.time.Months;

/**
 * A model whose answer is known: the rice price is toy.rice_level times a small monthly noise (2% sd in logs), GDP
 * growth is toy.growth every month, and toy.unused changes nothing. Fitted to rice observed at 2,000 won in every
 * month of 2020 and growth of 1.5%, the rice level's posterior must sit near 2,000 and growth's near 1.5.
 */
final class ToyEconomy implements MonthlyModel {
    static final String RICE_LEVEL = "toy.rice_level";
    static final String GROWTH = "toy.growth";
    static final String UNUSED = "toy.unused";
    static final String FIXED = "toy.fixed";
    // From 2018: growth is undefined in a run's first 23 months, so the 2019 observation needs a run from 2018.
    static final int START = Months.of(2018, 1);

    static final ParameterSpace SPACE = new ParameterSpace(List.of(
            def(RICE_LEVEL, 1000, new Distribution.Uniform(500, 4000), 1, 10_000),
            def(GROWTH, 0, new Distribution.Uniform(-5, 5), -20, 20),
            def(UNUSED, 7, new Distribution.Uniform(0, 10), 0, 10),
            def(FIXED, 3, new Distribution.Fixed(3), 0, 10)));

    private final int months;

    ToyEconomy(int months) {
        this.months = months;
    }

    private static ParameterDef def(String id, double central, Distribution prior, double min, double max) {
        return new ParameterDef(id, "units", "toy", central, prior, min, max, List.of(), "a test model's parameter");
    }

    /** Rice at 2,000 won in each month of 2020, growth of 1.5% in 2019 and 2020. */
    static ObservedData record() {
        List<Observation> rice = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            rice.add(new Observation(Frequency.MONTHLY, Months.of(2020, m), 2000, 2000, 2000, 1, "toy"));
        }
        List<Observation> growth = List.of(
                new Observation(Frequency.ANNUAL, 2019, 1.5, 1.5, 1.5, 1, "toy"),
                new Observation(Frequency.ANNUAL, 2020, 1.5, 1.5, 1.5, 1, "toy"));
        return ObservedData.of(List.of(
                new ObservedSeries("rice_kpw_per_kg", "KPW per kg", "", rice, "toy"),
                new ObservedSeries("gdp_growth_pct", "percent", "", growth, "toy")));
    }

    @Override
    public int startMonth() {
        return START;
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
        SplittableRandom rng = RandomStreams.stream(runSeed, RandomStreams.MARKETS);
        for (int t = 0; t < months; t++) {
            out.set(Variables.RICE_KPW, t, params.get(RICE_LEVEL) * Math.exp(0.02 * RandomStreams.normal(rng)));
            out.set(Variables.GDP_GROWTH_PCT, t, params.get(GROWTH));
        }
    }
}
