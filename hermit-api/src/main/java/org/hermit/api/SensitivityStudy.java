package org.hermit.api;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.DoubleAccumulator;
import java.util.function.ToDoubleFunction;
import org.hermit.analysis.Priors;
import org.hermit.analysis.sensitivity.Morris;
import org.hermit.analysis.sensitivity.MorrisEffect;
import org.hermit.analysis.sensitivity.MorrisResult;
import org.hermit.analysis.sensitivity.MorrisSettings;
import org.hermit.analysis.sensitivity.Sobol;
import org.hermit.analysis.sensitivity.SobolIndices;
import org.hermit.analysis.sensitivity.SobolResult;
import org.hermit.analysis.sensitivity.TornadoChart;
import org.hermit.engine.MonthlyModel;
import org.hermit.engine.ParameterSampler;
import org.hermit.engine.ProgressListener;
import org.hermit.engine.stats.AnnualAggregation;
import org.hermit.io.InputException;
import org.hermit.io.InputProblem;
import org.hermit.io.yaml.NearestNames;
import org.hermit.model.inputs.Inputs;
import org.hermit.model.output.SeriesBuffer;
import org.hermit.model.output.Variable;
import org.hermit.model.output.Variables;
import org.hermit.model.param.Distribution;
import org.hermit.model.param.ParameterDef;
import org.hermit.model.param.ParameterSpace;
import org.hermit.model.param.ParameterValues;
import org.hermit.model.random.RandomStreams;
import org.hermit.model.scenario.Scenario;
import org.hermit.model.time.Months;

/**
 * A sensitivity analysis of one output of one scenario on the model (see {@link Hermit#sensitivity}).
 *
 * <p>The model as a function of the parameters: a design point gives every varied parameter a value (each prior's
 * quantile of the design's coordinate, clamped to the parameter's legal range as an ensemble's draws are), every other
 * parameter keeps its central value, and the scenario runs once per replicate with the run seeds of the first
 * replicates of an ensemble with the analysis' seed. Every design point uses the same seeds (common random numbers):
 * harvest shocks, heists and every other random event are the same at each point, so differences between points come
 * from the parameters alone and the indices do not count the model's own noise as a parameter's effect. With several
 * replicates the output is the mean over them, and the indices describe that mean.
 */
final class SensitivityStudy {
    static final double SWING_LOW = 0.05;
    static final double SWING_HIGH = 0.95;
    private static final int SUGGESTIONS = 5;

    private final Scenario scenario;
    private final ParameterSpace space;
    private final Hermit.ModelFactory models;
    private final Inputs inputs;

    SensitivityStudy(Scenario scenario, ParameterSpace space, Inputs inputs,
                     Hermit.ModelFactory models) {
        this.scenario = scenario;
        this.space = space;
        this.inputs = inputs;
        this.models = models;
    }

    SensitivityResult run(SensitivityOptions o) {
        long started = System.nanoTime();
        Variable variable = variable(o.variable());
        int year = year(o.year());
        requireDefined(variable, year);
        long seed = o.seed() != null ? o.seed() : scenario.seed();
        List<String> notes = new ArrayList<>();
        if (scenario.posteriorFile() != null && !scenario.posteriorFile().isBlank()) {
            notes.add("The scenario names a posterior sample (" + scenario.posteriorFile() + "); the analysis varies"
                    + " the parameters over their priors and the scenario's overrides instead.");
        }

        Map<String, Distribution> overrides = scenario.parameters();
        List<ParameterSampler.ParameterUse> uses = ParameterSampler.random(space, overrides, null).uses();
        double[] central = ParameterSampler.central(space, overrides, null).centralValues().toArray();
        List<String> free = new ArrayList<>();
        for (ParameterSampler.ParameterUse use : uses) {
            if (!use.distribution().isFixed()) {
                free.add(use.def().id());
            }
        }
        List<String> chosen = o.parameters() == null ? null : chosen(o.parameters(), uses);
        if (chosen == null && free.isEmpty()) {
            throw InputException.of("--params", 0, 0, "", "every parameter is fixed in scenario " + scenario.name()
                    + ": there is nothing to vary");
        }

        // The model runs only as far as the year asked for: the monthly step never looks ahead.
        Scenario truncated = year < Months.year(scenario.endMonth()) ? scenario.withEndMonth(Months.of(year, 12)) : scenario;
        MonthlyModel model = models.create(truncated, space, inputs);
        Output output = new Output(model, variable, year, seed, o.replicates());

        boolean screening = chosen == null && o.method() == SensitivityOptions.Method.SOBOL && o.screenTop() > 0
                && o.screenTop() < free.size();
        int screenSize = screening ? o.screenTrajectories() : 0;
        int k = chosen != null ? chosen.size() : screening ? o.screenTop() : free.size();
        long points = (long) screenSize * (free.size() + 1)
                + (o.method() == SensitivityOptions.Method.SOBOL ? (long) o.designSize() * (k + 2)
                        : (long) o.designSize() * (k + 1))
                + 2L * k + 1;
        Progress progress = new Progress(o.progress(), points * o.replicates(), o.replicates());
        ToDoubleFunction<double[]> f = x -> {
            double y = output.at(x);
            progress.step();
            return y;
        };

        MorrisResult screen = null;
        if (screenSize > 0) {
            Priors all = priors(uses, central, Set.copyOf(free));
            screen = Morris.analyze(all, f, MorrisSettings.of(screenSize, seed, o.threads()));
            chosen = screen.ranked().stream().limit(k).map(MorrisEffect::id).toList();
        } else if (chosen == null) {
            chosen = free;
        }

        Priors priors = priors(uses, central, Set.copyOf(chosen));
        SobolResult sobol = null;
        MorrisResult morris = null;
        List<String> ranked;
        if (o.method() == SensitivityOptions.Method.SOBOL) {
            try {
                sobol = Sobol.analyze(priors, f, o.designSize(), seed, o.threads());
            } catch (IllegalStateException e) {
                if (output.constant()) {
                    throw InputException.of("--output", 0, 0, "", variable.id() + " in " + year + " is "
                            + output.lowest() + " at every design point: the parameters varied do not move it");
                }
                throw e;
            }
            ranked = sobol.ranked().stream().map(SobolIndices::id).toList();
        } else {
            morris = Morris.analyze(priors, f, MorrisSettings.of(o.designSize(), seed, o.threads()));
            ranked = morris.ranked().stream().map(MorrisEffect::id).toList();
        }
        TornadoChart swing = TornadoChart.swing(priors, f, SWING_LOW, SWING_HIGH, o.threads());

        List<SensitivityResult.Factor> factors = new ArrayList<>(ranked.size());
        for (String id : ranked) {
            int index = space.indexOf(id);
            TornadoChart.Bar bar = swing.bars().stream().filter(b -> b.id().equals(id)).findFirst().orElseThrow();
            factors.add(new SensitivityResult.Factor(factors.size() + 1, space.get(index), uses.get(index).distribution(),
                    sobol == null ? null : sobol.of(id), morris == null ? null : morris.of(id), bar.outputAtLow(),
                    bar.outputAtHigh()));
        }
        return new SensitivityResult(scenario.name(), variable, year, o.method(), seed, o.replicates(), o.threads(),
                factors, sobol,
                morris, screen, swing, progress.runs(), Duration.ofNanos(System.nanoTime() - started), notes);
    }

    private static Variable variable(String id) {
        return Variables.byId(id).orElseThrow(() -> {
            List<String> near = NearestNames.candidates(id, Variables.all().stream().map(Variable::id).toList(),
                    SUGGESTIONS);
            return InputException.of("--output", 0, 0, "", "unknown output variable '" + id + "'"
                    + (near.isEmpty() ? "; variables are named as in the variable column of summary.csv, such as"
                            + " reserves_usd, kpw_per_usd, rice_kpw_per_kg or revenue_usd.coal"
                            : "; did you mean " + String.join(", ", near) + "?"));
        });
    }

    private int year(Integer asked) {
        int first = Months.year(scenario.startMonth());
        int last = Months.year(scenario.endMonth());
        if (asked == null) {
            return last;
        }
        if (asked < first || asked > last) {
            throw InputException.of("--output", 0, 0, "", "year " + asked + " is outside scenario " + scenario.name()
                    + ", which runs from " + Months.format(scenario.startMonth()) + " to "
                    + Months.format(scenario.endMonth()) + "; give a year from " + first + " to " + last);
        }
        return asked;
    }

    /** A year in which the variable has no meaning (gdp_growth_pct in a run's first year) is bad input. */
    private void requireDefined(Variable variable, int year) {
        int start = scenario.startMonth();
        int months = scenario.months();
        if (variable.definedInYear(start, months, year)) {
            return;
        }
        int first = year;
        int last = Months.year(scenario.endMonth());
        while (first <= last && !variable.definedInYear(start, months, first)) {
            first++;
        }
        throw InputException.of("--output", 0, 0, "", variable.id() + " has no value in " + year + ": it is undefined"
                + " in a run's first " + variable.undefinedMonths() + " months, and scenario " + scenario.name()
                + " starts " + Months.format(start)
                + (first <= last ? "; give a year from " + first + " to " + last : "; no year of this scenario has a value"));
    }

    /** The parameters asked for, in the registry's order; unknown or fixed ones are bad input. */
    private List<String> chosen(List<String> asked, List<ParameterSampler.ParameterUse> uses) {
        List<InputProblem> problems = new ArrayList<>();
        Set<String> wanted = new LinkedHashSet<>();
        for (String id : asked) {
            if (!space.contains(id)) {
                List<String> near = NearestNames.candidates(id, space.ids(), SUGGESTIONS);
                problems.add(new InputProblem("--params", 0, 0, "", "unknown parameter '" + id + "'"
                        + (near.isEmpty() ? "; `hermit params` lists them" : "; did you mean " + String.join(", ", near) + "?")));
            } else if (uses.get(space.indexOf(id)).distribution().isFixed()) {
                ParameterSampler.ParameterUse use = uses.get(space.indexOf(id));
                problems.add(new InputProblem("--params", 0, 0, "", "parameter '" + id + "' is fixed at "
                        + use.distribution().mean() + (use.origin() == ParameterSampler.Origin.SCENARIO
                        ? " by scenario " + scenario.name() : " in the registry") + ": there is nothing to vary"));
            } else {
                wanted.add(id);
            }
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        if (wanted.isEmpty()) {
            throw InputException.of("--params", 0, 0, "", "no parameters given");
        }
        return space.ids().stream().filter(wanted::contains).toList();
    }

    /** The chosen parameters over their distributions, every other fixed at its central value; legal ranges kept. */
    private Priors priors(List<ParameterSampler.ParameterUse> uses, double[] central, Set<String> chosen) {
        List<String> ids = new ArrayList<>(uses.size());
        List<Distribution> distributions = new ArrayList<>(uses.size());
        double[] lower = new double[uses.size()];
        double[] upper = new double[uses.size()];
        for (int i = 0; i < uses.size(); i++) {
            ParameterDef def = uses.get(i).def();
            ids.add(def.id());
            distributions.add(chosen.contains(def.id()) ? uses.get(i).distribution() : new Distribution.Fixed(central[i]));
            lower[i] = def.min();
            upper[i] = def.max();
        }
        return new Priors(ids, distributions, lower, upper);
    }

    /** The variable's annual value in the year, as a thread-safe function of every parameter's value. */
    private final class Output {
        private final MonthlyModel model;
        private final AnnualAggregation annual;
        private final int cell;
        private final long[] runSeeds;
        private final DoubleAccumulator lowest = new DoubleAccumulator(Math::min, Double.POSITIVE_INFINITY);
        private final DoubleAccumulator highest = new DoubleAccumulator(Math::max, Double.NEGATIVE_INFINITY);

        Output(MonthlyModel model, Variable variable, int year, long seed, int replicates) {
            this.model = model;
            this.annual = new AnnualAggregation(model.startMonth(), model.months());
            this.cell = variable.index() * annual.years() + (year - annual.firstYear());
            this.runSeeds = new long[replicates];
            for (int r = 0; r < replicates; r++) {
                runSeeds[r] = RandomStreams.runSeed(seed, r);
            }
        }

        double at(double[] x) {
            double[] values = new double[x.length];
            for (int i = 0; i < x.length; i++) {
                values[i] = space.get(i).clamp(x[i]);
            }
            ParameterValues params = new ParameterValues(space, values);
            SeriesBuffer buffer = new SeriesBuffer(model.months());
            double[] annualValues = new double[annual.cells()];
            double sum = 0;
            for (long runSeed : runSeeds) {
                buffer.clear();
                model.run(params, runSeed, buffer);
                annual.aggregate(buffer.raw(), annualValues);
                sum += annualValues[cell];
            }
            double y = sum / runSeeds.length;
            lowest.accumulate(y);
            highest.accumulate(y);
            return y;
        }

        boolean constant() {
            return lowest.get() == highest.get();
        }

        double lowest() {
            return lowest.get();
        }
    }

    /** Counts model runs across worker threads and tells the listener in order. */
    private static final class Progress {
        private final ProgressListener listener;
        private final long total;
        private final int perPoint;
        private long done;

        Progress(ProgressListener listener, long total, int perPoint) {
            this.listener = listener;
            this.total = total;
            this.perPoint = perPoint;
        }

        synchronized void step() {
            done += perPoint;
            listener.progress(done, Math.max(done, total));
        }

        synchronized long runs() {
            return done;
        }
    }
}
