package org.hermit.api;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hermit.analysis.posterior.PosteriorSample;
import org.hermit.engine.Arm;
import org.hermit.engine.MonthlyModel;
import org.hermit.engine.ParameterSampler;
import org.hermit.engine.PosteriorDraws;
import org.hermit.io.InputException;
import org.hermit.io.inputs.InputsLoader;
import org.hermit.io.observed.ObservedData;
import org.hermit.io.params.ParameterRegistry;
import org.hermit.io.scenario.ScenarioLoader;
import org.hermit.io.output.CompareOutcome;
import org.hermit.io.output.CompareSweep;
import org.hermit.io.output.EnsembleSweep;
import org.hermit.io.output.SweepInput;
import org.hermit.io.output.SweepOptions;
import org.hermit.io.output.SweepOutcome;
import org.hermit.model.Simulation;
import org.hermit.model.inputs.Inputs;
import org.hermit.model.param.ParameterSpace;
import org.hermit.model.scenario.Scenario;
import org.hermit.model.time.Months;
import org.hermit.report.Observations;
import org.hermit.report.ReportOptions;
import org.hermit.report.ReportWriter;

/**
 * Hermit from Java: load a scenario, run it once or as an ensemble, in memory or into an output directory, compare
 * two scenarios, read a finished output directory back.
 *
 * <pre>{@code
 * Hermit hermit = Hermit.withBundledData();
 * Scenario baseline = hermit.scenario("baseline");
 * EnsembleResult r = hermit.run(baseline, RunOptions.defaults().runs(100).threads(2));
 * double[] reservesP50 = r.quantiles("reserves_usd").p50();
 * }</pre>
 *
 * Thread-safe: every method may be called from any thread.
 */
public final class Hermit {
    private final ParameterSpace parameters;
    private final Inputs inputs;
    private final ScenarioSource scenarios;
    private final Reporter reporter;
    private final ModelFactory models;

    /** Builds the model of a scenario: the real simulation, or for tests and benchmarks another model. */
    public interface ModelFactory {
        MonthlyModel create(Scenario scenario, ParameterSpace parameters, Inputs inputs);
    }

    private static final ModelFactory SIMULATION = (s, p, i) -> MonthlyModel.of(new Simulation(s, p, i));

    private Hermit(ParameterSpace parameters, Inputs inputs, ScenarioSource scenarios, Reporter reporter, ModelFactory models) {
        this.parameters = parameters;
        this.inputs = inputs;
        this.scenarios = scenarios;
        this.reporter = reporter;
        this.models = models;
    }

    /**
     * Hermit with its bundled parameter registry (citations resolved to the evidence's URLs), exogenous inputs and
     * scenarios, writing reports with the report module (observed data drawn over the simulation).
     */
    public static Hermit withBundledData() {
        ParameterSpace registry = ParameterRegistry.bundled();
        ScenarioLoader loader = new ScenarioLoader(registry);
        ScenarioSource scenarios = new ScenarioSource() {
            @Override
            public Scenario resolve(String nameOrPath) {
                Scenario s = loader.resolve(nameOrPath);
                posteriorSample(s, registry); // a bad posterior file is bad input for every command, used or not
                return s;
            }

            @Override
            public List<String> bundledNames() {
                return ScenarioLoader.bundledNames();
            }
        };
        Reporter reports = (dir, png) -> {
            ReportWriter.Written written = ReportWriter.write(dir, ReportOptions.standard()
                    .withObserved(Observations.from(ObservedData.bundled())).withPng(png));
            List<Path> files = new ArrayList<>();
            files.add(written.report());
            files.addAll(written.charts());
            return files;
        };
        return of(registry, InputsLoader.bundled(), scenarios).withReporter(reports);
    }

    /** Hermit over this parameter registry, these exogenous inputs and these scenarios, without a report writer. */
    public static Hermit of(ParameterSpace parameters, Inputs inputs, ScenarioSource scenarios) {
        return new Hermit(parameters, inputs, scenarios, null, SIMULATION);
    }

    /**
     * The same machinery (sampling, ensembles, outputs) around another model than the simulation: for tests and
     * benchmarks of the machinery. Every other way to get a Hermit runs the real simulation.
     */
    public static Hermit withModel(ParameterSpace parameters, Inputs inputs, ScenarioSource scenarios, ModelFactory models) {
        return new Hermit(parameters, inputs, scenarios, null, models);
    }

    /** The same, writing reports with this reporter. */
    public Hermit withReporter(Reporter r) {
        return new Hermit(parameters, inputs, scenarios, r, models);
    }

    /** The parameter registry. */
    public ParameterSpace parameters() {
        return parameters;
    }

    public Inputs inputs() {
        return inputs;
    }

    /** A bundled scenario by name, or a scenario file by path; InputException when missing or invalid. */
    public Scenario scenario(String nameOrPath) {
        return scenarios.resolve(nameOrPath);
    }

    public List<String> bundledScenarios() {
        return scenarios.bundledNames();
    }

    /**
     * Runs a scenario: options.runs() runs (the scenario's own number if not set) seeded from options.seed() (or
     * the scenario's). With an output directory, writes it as {@link EnsembleSweep} describes (resuming an
     * interrupted sweep if asked); without, keeps the statistics and the first runs' series in memory.
     */
    public EnsembleResult run(Scenario scenario, RunOptions options) {
        Scenario s = settle(scenario, options, scenario);
        PosteriorDraws posterior = posteriorOf(s, parameters);
        MonthlyModel model = models.create(s, parameters, inputs);
        if (options.out() != null) {
            SweepOutcome out = EnsembleSweep.run(new SweepInput(s, model, posterior, s.posteriorFile()), options.out(),
                    sweepOptions(s, options));
            return EnsembleResult.of(out);
        }
        Arm arm = new Arm(s.name(), model, ParameterSampler.forEnsemble(parameters, s.parameters(), posterior, s.runs()));
        return InMemoryEnsemble.run(List.of(arm), s.startMonth(), s.months(), s.seed(), s.runs(), options.threads(),
                options.seriesRuns(), options.progress()).arms().get(0);
    }

    /**
     * Runs two scenarios side by side with the same seeds (runs and seed from the options, else from a) and the
     * paired differences b - a. With an output directory, writes DIR/&lt;a&gt;/, DIR/&lt;b&gt;/, DIR/diff/ and
     * DIR/compare.json ({@link CompareSweep}).
     */
    public ComparisonResult compare(Scenario a, Scenario b, RunOptions options) {
        Scenario sa = settle(a, options, a);
        Scenario sb = settle(b, options, a);
        PosteriorDraws pa = posteriorOf(sa, parameters);
        PosteriorDraws pb = posteriorOf(sb, parameters);
        MonthlyModel ma = models.create(sa, parameters, inputs);
        MonthlyModel mb = models.create(sb, parameters, inputs);
        if (options.out() != null) {
            CompareOutcome out = CompareSweep.run(new SweepInput(sa, ma, pa, sa.posteriorFile()),
                    new SweepInput(sb, mb, pb, sb.posteriorFile()), options.out(), sweepOptions(sa, options.resume(false)));
            return new ComparisonResult(EnsembleResult.of(out.a()), EnsembleResult.of(out.b()), out.difference(),
                    out.directory(), out.files());
        }
        if (sa.name().equals(sb.name())) {
            throw InputException.of(sb.origin(), 0, 0, "name", "both scenarios are named '" + sa.name()
                    + "'; give one of them another name to compare them");
        }
        if (sa.startMonth() != sb.startMonth() || sa.endMonth() != sb.endMonth()) {
            throw InputException.of(sb.origin(), 0, 0, "start", "cannot compare runs over different months: "
                    + sa.name() + " runs " + Months.format(sa.startMonth()) + " to " + Months.format(sa.endMonth()) + ", "
                    + sb.name() + " " + Months.format(sb.startMonth()) + " to " + Months.format(sb.endMonth()));
        }
        List<Arm> arms = List.of(
                new Arm(sa.name(), ma, ParameterSampler.forEnsemble(parameters, sa.parameters(), pa, sa.runs())),
                new Arm(sb.name(), mb, ParameterSampler.forEnsemble(parameters, sb.parameters(), pb, sb.runs())));
        InMemoryEnsemble.Output out = InMemoryEnsemble.run(arms, sa.startMonth(), sa.months(), sa.seed(), sa.runs(),
                options.threads(), options.seriesRuns(), options.progress());
        return new ComparisonResult(out.arms().get(0), out.arms().get(1), out.difference(), null, List.of());
    }

    /**
     * Which parameters move one output of a scenario: Sobol indices or Morris screening of a variable's annual value
     * in one year, every design point run with the same seeds (common random numbers; see {@link SensitivityOptions}).
     * Results do not depend on the number of threads.
     *
     * @throws InputException for an unknown variable or parameter, a year outside the scenario, a fixed parameter
     */
    public SensitivityResult sensitivity(Scenario scenario, SensitivityOptions options) {
        return new SensitivityStudy(scenario, parameters, inputs, models).run(options);
    }

    /**
     * Fits a scenario's parameters to the record up to a cut-off by ABC-SMC (Approximate Bayesian Computation by
     * sequential Monte Carlo): each proposal runs the scenario from its start to the cut-off and is scored by its
     * distance to every observed series the model simulates ({@link org.hermit.analysis.history.HistoryFit}); the
     * parameters not fitted stay at their central values. Bad input (an unknown or fixed parameter, one the scenario
     * overrides, a cut-off before the start, nothing to fit) is an InputException.
     */
    public CalibrationResult calibrate(Scenario scenario, CalibrationOptions options) {
        return validation().calibrate(scenario, options);
    }

    /**
     * Scores the scenario's forecasts after a cut-off: fits the parameters up to it (unless told not to), runs the
     * ensemble from the scenario's start with its known policies (to the last observation, past the scenario's end if
     * need be), and scores every observed series after the cut-off per horizon band. With an output directory, writes
     * backtest.csv, forecasts.csv, posterior.csv (when fitted), charts/&lt;series&gt;.svg and .png, and backtest.html.
     */
    public BacktestResult backtest(Scenario scenario, BacktestOptions options) {
        return validation().backtest(scenario, options);
    }

    /**
     * The scenario's ensemble beside the record (null for the bundled evidence), observation by observation: the
     * history table and its per-series summary. Uses the runs, seed, threads and progress of the options.
     */
    public HistoryResult history(Scenario scenario, RunOptions options, ObservedData observed) {
        return validation().history(scenario, options, observed);
    }

    private Validation validation() {
        return new Validation(parameters, inputs, models);
    }

    /** Reads a finished run's output directory. */
    public EnsembleResult read(Path dir) {
        return EnsembleResult.read(dir);
    }

    /** Reads a finished comparison's output directory. */
    public ComparisonResult readComparison(Path dir) {
        return ComparisonResult.read(dir);
    }

    /** The report writer, if this Hermit has one. */
    public Optional<Reporter> reporter() {
        return Optional.ofNullable(reporter);
    }

    /** The scenario with the runs and seed the options ask for (or those of the reference scenario). */
    private static Scenario settle(Scenario scenario, RunOptions options, Scenario reference) {
        int runs = options.runs() != null ? options.runs() : reference.runs();
        long seed = options.seed() != null ? options.seed() : reference.seed();
        return scenario.withRuns(runs).withSeed(seed);
    }

    private static SweepOptions sweepOptions(Scenario s, RunOptions options) {
        return SweepOptions.of(s.runs(), s.seed()).withThreads(options.threads()).withResume(options.resume())
                .withSeriesRuns(options.seriesRuns()).withProgress(options.progress());
    }

    /**
     * The posterior sample a scenario names ({@code parameters: {posterior: FILE}}), read and checked against this
     * registry, or empty when it names none; InputException (file, line, column) when the file is bad or one of its
     * columns names no parameter of the registry.
     */
    public static Optional<PosteriorSample> posteriorSample(Scenario s, ParameterSpace registry) {
        if (s.posteriorFile() == null || s.posteriorFile().isBlank()) {
            return Optional.empty();
        }
        return Optional.of(PosteriorSample.read(Path.of(s.posteriorFile()), registry));
    }

    /** The scenario's posterior file as the engine draws from it, or null when it names none. */
    static PosteriorDraws posteriorOf(Scenario s, ParameterSpace registry) {
        return posteriorSample(s, registry).map(Hermit::draws).orElse(null);
    }

    /** A posterior sample as the engine draws from it. */
    static PosteriorDraws draws(PosteriorSample sample) {
        double[] weights = sample.weights().orElse(null);
        return new PosteriorDraws() {
            @Override
            public List<String> ids() {
                return sample.ids();
            }

            @Override
            public int size() {
                return sample.size();
            }

            @Override
            public double value(int draw, int column) {
                return sample.value(draw, column);
            }

            @Override
            public double weight(int draw) {
                return weights == null ? 1.0 : weights[draw];
            }
        };
    }
}
