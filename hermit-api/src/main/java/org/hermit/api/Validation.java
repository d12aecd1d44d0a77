package org.hermit.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.hermit.analysis.abc.AbcResult;
import org.hermit.analysis.abc.AbcSettings;
import org.hermit.analysis.abc.GenerationStats;
import org.hermit.analysis.history.CalibrationParameters;
import org.hermit.analysis.history.Calibrator;
import org.hermit.analysis.history.HistoryFit;
import org.hermit.analysis.history.HistoryTable;
import org.hermit.analysis.history.Target;
import org.hermit.analysis.score.EnsembleQuantiles;
import org.hermit.analysis.score.ForecastPoint;
import org.hermit.analysis.score.ForecastScorer;
import org.hermit.analysis.score.Score;
import org.hermit.analysis.score.ScoreTable;
import org.hermit.analysis.score.SeriesForecast;
import org.hermit.api.BacktestResult.ScoredSeries;
import org.hermit.engine.Arm;
import org.hermit.engine.EnsembleRunner;
import org.hermit.engine.MonthlyModel;
import org.hermit.engine.ParameterSampler;
import org.hermit.engine.PosteriorDraws;
import org.hermit.engine.stats.AnnualQuantiles;
import org.hermit.engine.stats.MonthlyQuantiles;
import org.hermit.io.InputException;
import org.hermit.io.observed.Frequency;
import org.hermit.io.observed.Observation;
import org.hermit.io.observed.ObservedData;
import org.hermit.io.observed.ObservedSeries;
import org.hermit.model.inputs.Inputs;
import org.hermit.model.output.Variables;
import org.hermit.model.param.ParameterSpace;
import org.hermit.model.param.ParameterValues;
import org.hermit.model.scenario.Scenario;
import org.hermit.model.time.Months;
import org.hermit.report.BacktestReport;
import org.hermit.report.ObservedPoint;
import org.hermit.report.Quantiles;

/** Hermit against the record: calibration, backtests and the history table (see the methods of {@link Hermit}). */
final class Validation {
    /** The label suffix of a series' monthly observations when the record also gives it by year. */
    static final String MONTHLY_SUFFIX = "@monthly";
    static final String BACKTEST_CSV = "backtest.csv";
    static final String FORECASTS_CSV = "forecasts.csv";
    static final String POSTERIOR_CSV = "posterior.csv";

    private final ParameterSpace space;
    private final Inputs inputs;
    private final Hermit.ModelFactory models;

    Validation(ParameterSpace space, Inputs inputs, Hermit.ModelFactory models) {
        this.space = space;
        this.inputs = inputs;
        this.models = models;
    }

    // ---------------------------------------------------------------- calibration

    CalibrationResult calibrate(Scenario s, CalibrationOptions o) {
        ObservedData record = simulated(o.observed() != null ? o.observed() : ObservedData.bundled());
        int cutoff = o.cutoff() != null ? o.cutoff() : defaultCutoff(s, record);
        checkCutoff(s, cutoff);
        List<String> ids = CalibrationParameters.check(o.parameters() == null ? CalibrationParameters.bundled()
                : o.parameters().stream().map(id -> new CalibrationParameters.Entry(id, "parameters", 0)).toList(), space);
        List<String> overridden = ids.stream().filter(s.parameters()::containsKey).toList();
        if (!overridden.isEmpty()) {
            throw InputException.of(s.origin(), 0, 0, "parameters", "the scenario sets " + String.join(", ", overridden)
                    + ", and a scenario's own values take precedence over a posterior; leave "
                    + (overridden.size() == 1 ? "it" : "them") + " out of the fit or remove the override");
        }
        ObservedData fitted = record.filter(obs -> obs.firstMonth() >= s.startMonth() && obs.lastMonth() <= cutoff);
        if (count(fitted) == 0) {
            throw InputException.of(s.origin(), 0, 0, "cutoff", "no observation of a series the model simulates lies"
                    + " between the scenario's start " + Months.format(s.startMonth()) + " and the cut-off "
                    + Months.format(cutoff) + "; nothing to fit");
        }
        long seed = o.seed() != null ? o.seed() : s.seed();
        MonthlyModel model = models.create(s.withEndMonth(cutoff), space, inputs);
        ParameterValues base = ParameterSampler.central(space, s.parameters(), Hermit.posteriorOf(s, space)).centralValues();
        Calibrator calibrator = new Calibrator(model, base, fitted, ids);
        AbcSettings settings = new AbcSettings(o.population(), o.maxGenerations(), o.budget(), 0.0, 0.01, seed, o.threads());
        AbcResult abc = calibrator.calibrate(settings, o.progress());
        double[] centre = calibrator.baseTheta();
        double[] mean = new double[ids.size()];
        for (int j = 0; j < mean.length; j++) {
            mean[j] = abc.population().mean(j);
        }
        Map<String, Double> atCentre = calibrator.fitPerSeries(calibrator.values(centre), seed, o.fitRuns());
        Map<String, Double> atMean = calibrator.fitPerSeries(calibrator.values(mean), seed, o.fitRuns());
        List<CalibrationResult.SeriesFit> fit = new ArrayList<>();
        for (String id : calibrator.fit().seriesIds()) {
            fit.add(new CalibrationResult.SeriesFit(id, calibrator.fit().targets(id).size(), atCentre.get(id), atMean.get(id)));
        }
        return new CalibrationResult(s.name(), s.startMonth(), cutoff, ids, abc, centre, mean, fit, seed);
    }

    /** The scenario's end or the last observed month of a series the model simulates, whichever comes first. */
    static int defaultCutoff(Scenario s, ObservedData record) {
        int last = Integer.MIN_VALUE;
        for (ObservedSeries series : record.series().values()) {
            for (Observation o : series.observations()) {
                last = Math.max(last, o.lastMonth());
            }
        }
        if (last == Integer.MIN_VALUE) {
            throw InputException.of(s.origin(), 0, 0, "", "the record holds no observation of a series the model simulates");
        }
        return Math.min(s.endMonth(), last);
    }

    private static void checkCutoff(Scenario s, int cutoff) {
        if (cutoff < s.startMonth()) {
            throw InputException.of(s.origin(), 0, 0, "cutoff", "the cut-off " + Months.format(cutoff)
                    + " lies before the scenario's start " + Months.format(s.startMonth()) + "; nothing could be fitted");
        }
    }

    /** Only the series the model has an output variable for. */
    static ObservedData simulated(ObservedData record) {
        Map<String, ObservedSeries> kept = new TreeMap<>();
        record.series().forEach((id, series) -> {
            if (Variables.byId(id).isPresent()) {
                kept.put(id, series);
            }
        });
        return new ObservedData(kept);
    }

    private static int count(ObservedData data) {
        return data.series().values().stream().mapToInt(s -> s.observations().size()).sum();
    }

    // ---------------------------------------------------------------- backtest

    BacktestResult backtest(Scenario s, BacktestOptions o) {
        ObservedData all = o.observed() != null ? o.observed() : ObservedData.bundled();
        ObservedData record = simulated(all);
        int cutoff = o.cutoff();
        checkCutoff(s, cutoff);
        List<String> notes = new ArrayList<>();
        List<String> notSimulated = all.series().keySet().stream().filter(id -> !record.series().containsKey(id)).toList();
        if (!notSimulated.isEmpty()) {
            notes.add("Observed series the model does not simulate are not scored: " + String.join(", ", notSimulated) + ".");
        }
        int lastScored = Integer.MIN_VALUE;
        for (ObservedSeries series : record.series().values()) {
            for (Observation obs : series.observations()) {
                if (obs.firstMonth() > cutoff) {
                    lastScored = Math.max(lastScored, obs.lastMonth());
                }
            }
        }
        if (lastScored == Integer.MIN_VALUE) {
            throw InputException.of(s.origin(), 0, 0, "cutoff", "no observation of a series the model simulates lies after"
                    + " the cut-off " + Months.format(cutoff) + "; nothing to score");
        }
        // The runs stop at the end of the last scored year (the model looks only backwards, so stopping early changes
        // no month before), past the scenario's end if the record reaches further.
        int end = Months.of(Months.year(lastScored), 12);
        if (end > s.endMonth()) {
            notes.add("Observations reach " + Months.format(lastScored) + ", past the scenario's end "
                    + Months.format(s.endMonth()) + ": the runs were extended to " + Months.format(end)
                    + " with the policies in force at the end and the inputs held at their last values.");
        }
        int runs = o.runs() != null ? o.runs() : s.runs();
        if (runs < 2) {
            throw InputException.of(s.origin(), 0, 0, "runs", "a backtest needs an ensemble of at least 2 runs for its"
                    + " 90% range; the scenario asks for " + runs + " (give --runs)");
        }
        long seed = o.seed() != null ? o.seed() : s.seed();

        Optional<CalibrationResult> calibration = Optional.empty();
        PosteriorDraws posterior;
        if (o.fit()) {
            CalibrationResult c = calibrate(s, o.calibration().cutoff(cutoff).observed(all).seed(seed).threads(o.threads()));
            calibration = Optional.of(c);
            posterior = Hermit.draws(c.posterior());
            if (s.posteriorFile() != null && !s.posteriorFile().isBlank()) {
                notes.add("The scenario's own posterior file is replaced by the fit.");
            }
        } else {
            posterior = Hermit.posteriorOf(s, space);
        }
        Scenario extended = s.withEndMonth(end).withRuns(runs).withSeed(seed);
        MonthlyModel model = models.create(extended, space, inputs);
        Arm arm = new Arm(s.name(), model, ParameterSampler.forEnsemble(space, extended.parameters(), posterior, runs));
        EnsembleResult ensemble = InMemoryEnsemble.run(List.of(arm), extended.startMonth(), extended.months(), seed, runs,
                o.threads(), 0, o.progress()).arms().get(0);

        List<ScoredSeries> scored = new ArrayList<>();
        List<String> noBaseline = new ArrayList<>();
        List<String> unchanged = new ArrayList<>();
        List<String> undefined = new ArrayList<>();
        for (ObservedSeries series : record.series().values()) {
            org.hermit.model.output.Variable variable = Variables.byId(series.id()).orElseThrow();
            boolean both = !series.observations(Frequency.ANNUAL).isEmpty() && !series.observations(Frequency.MONTHLY).isEmpty();
            for (Frequency f : List.of(Frequency.ANNUAL, Frequency.MONTHLY)) {
                List<Observation> obs = series.observations(f);
                List<Observation> after = obs.stream().filter(x -> x.firstMonth() > cutoff).toList();
                // A period the model does not define (GDP growth in a run's first year) is not scored.
                List<Observation> defined = after.stream()
                        .filter(x -> new Target(variable, x).definedIn(extended.startMonth(), extended.months())).toList();
                for (Observation x : after) {
                    if (!defined.contains(x)) {
                        undefined.add(series.id() + " " + x.label());
                    }
                }
                after = defined;
                if (after.isEmpty()) {
                    continue;
                }
                List<Observation> before = obs.stream().filter(x -> x.lastMonth() <= cutoff).toList();
                double last = before.isEmpty() ? Double.NaN : before.get(before.size() - 1).value();
                String label = f == Frequency.MONTHLY && both ? series.id() + MONTHLY_SUFFIX : series.id();
                if (before.isEmpty()) {
                    noBaseline.add(label);
                }
                List<ForecastPoint> points = new ArrayList<>();
                for (Observation x : after) {
                    points.add(f == Frequency.MONTHLY
                            ? ForecastPoint.monthly(cutoff, x.period(), x.value(), monthlyAt(ensemble, series.id(), x.period()))
                            : ForecastPoint.annual(cutoff, x.period(), x.value(), annualAt(ensemble, series.id(), x.period())));
                }
                scored.add(new ScoredSeries(label, series.id(), f, new SeriesForecast(label, last, points)));
                if (!before.isEmpty() && !points.isEmpty() && points.stream().allMatch(p -> p.observed() == last)) {
                    unchanged.add(label);
                }
            }
        }
        if (!undefined.isEmpty()) {
            notes.add("Not scored, the model's value being undefined then (early in a run): " + String.join(", ", undefined) + ".");
        }
        if (!noBaseline.isEmpty()) {
            notes.add("No observation at or before the cut-off, so no no-change forecast to compare with (MASE and"
                    + " direction undefined): " + String.join(", ", noBaseline) + ".");
        }
        if (!unchanged.isEmpty()) {
            notes.add("Every observation after the cut-off equals the last one before it, so the no-change forecast is"
                    + " exact (MASE undefined) and there is no direction to get right: " + String.join(", ", unchanged) + ".");
        }
        List<Score> scores = ForecastScorer.scoreAll(scored.stream().map(ScoredSeries::forecast).toList());
        List<Path> files = List.of();
        BacktestResult result = new BacktestResult(s.name(), cutoff, s.startMonth(), end, runs, seed, calibration, scored,
                scores, ensemble, notes, files);
        if (o.out() != null) {
            files = write(o.out(), result, record);
            result = new BacktestResult(s.name(), cutoff, s.startMonth(), end, runs, seed, calibration, scored, scores,
                    ensemble, notes, files);
        }
        return result;
    }

    private static EnsembleQuantiles monthlyAt(EnsembleResult e, String variable, int month) {
        MonthlyQuantiles q = e.quantiles(variable);
        int t = month - q.startMonth();
        return new EnsembleQuantiles(q.p5()[t], q.p50()[t], q.p95()[t]);
    }

    private static EnsembleQuantiles annualAt(EnsembleResult e, String variable, int year) {
        AnnualQuantiles q = e.annual(variable);
        int i = year - q.firstYear();
        return new EnsembleQuantiles(q.p5()[i], q.p50()[i], q.p95()[i]);
    }

    private static List<Path> write(Path dir, BacktestResult r, ObservedData record) {
        try {
            Files.createDirectories(dir);
            List<Path> files = new ArrayList<>();
            Path csv = dir.resolve(BACKTEST_CSV);
            Files.writeString(csv, ScoreTable.csv(r.scores()), StandardCharsets.UTF_8);
            files.add(csv);
            Path forecasts = dir.resolve(FORECASTS_CSV);
            Files.writeString(forecasts, forecastsCsv(r), StandardCharsets.UTF_8);
            files.add(forecasts);
            if (r.calibration().isPresent()) {
                Path posterior = dir.resolve(POSTERIOR_CSV);
                r.calibration().get().writePosterior(posterior);
                files.add(posterior);
            }
            List<BacktestReport.SeriesChart> charts = new ArrayList<>();
            for (ScoredSeries s : r.series()) {
                charts.add(chart(s, r, record));
            }
            files.addAll(BacktestReport.write(dir, page(r), charts, r.cutoff(), r.calibration().isPresent()));
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the backtest in " + dir + ": " + e.getMessage(), e);
        }
    }

    /** Every scored observation beside its forecast: series,period,horizon_months,observed,p5,p50,p95. */
    static String forecastsCsv(BacktestResult r) {
        StringBuilder sb = new StringBuilder("series,period,horizon_months,observed,p5,p50,p95\n");
        for (ScoredSeries s : r.series()) {
            for (ForecastPoint p : s.forecast().points()) {
                sb.append(s.label()).append(',').append(p.period()).append(',').append(p.horizonMonths()).append(',')
                        .append(p.observed()).append(',').append(p.forecast().p5()).append(',').append(p.forecast().p50())
                        .append(',').append(p.forecast().p95()).append('\n');
            }
        }
        return sb.toString();
    }

    private static BacktestReport.SeriesChart chart(ScoredSeries s, BacktestResult r, ObservedData record) {
        ObservedSeries series = record.series(s.variable()).orElseThrow();
        boolean annual = s.frequency() == Frequency.ANNUAL;
        int lastMonth = s.forecast().points().stream().mapToInt(p -> p.period().length() == 4
                ? Months.of(Integer.parseInt(p.period()), 12) : Months.parse(p.period())).max().orElseThrow();
        int lastChartMonth = Math.min(r.endMonth(), Months.of(Months.year(lastMonth), 12));
        List<ObservedPoint> before = new ArrayList<>();
        List<ObservedPoint> after = new ArrayList<>();
        for (Observation o : series.observations(s.frequency())) {
            if (o.firstMonth() < r.startMonth() || o.lastMonth() > lastChartMonth) {
                continue;
            }
            ObservedPoint p = new ObservedPoint(annual, o.period(), o.value(), o.low(), o.high(), o.source());
            if (o.lastMonth() <= r.cutoff()) {
                before.add(p);
            } else if (o.firstMonth() > r.cutoff()) {
                after.add(p);
            }
        }
        List<Quantiles.Monthly> monthly = new ArrayList<>();
        List<Quantiles.Annual> years = new ArrayList<>();
        if (annual) {
            AnnualQuantiles q = r.ensemble().annual(s.variable());
            for (int i = 0; i < q.years() && q.firstYear() + i <= Months.year(lastChartMonth); i++) {
                if (Double.isNaN(q.p50()[i])) {
                    continue; // undefined that year: nothing to draw
                }
                years.add(new Quantiles.Annual(q.firstYear() + i, q.p5()[i], q.p50()[i], q.p95()[i]));
            }
        } else {
            MonthlyQuantiles q = r.ensemble().quantiles(s.variable());
            for (int t = 0; t < q.months() && q.startMonth() + t <= lastChartMonth; t++) {
                if (Double.isNaN(q.p50()[t])) {
                    continue;
                }
                monthly.add(new Quantiles.Monthly(q.startMonth() + t, q.p5()[t], q.p25()[t], q.p50()[t], q.p75()[t], q.p95()[t]));
            }
        }
        return new BacktestReport.SeriesChart(s.label(), s.variable(), annual, monthly, years, before, after);
    }

    private static BacktestReport.Page page(BacktestResult r) {
        String title = "Hermit backtest: " + r.scenario() + ", cut-off " + Months.format(r.cutoff());
        int observations = r.series().stream().mapToInt(s -> s.forecast().points().size()).sum();
        StringBuilder lede = new StringBuilder();
        lede.append(r.runs()).append(" runs of ").append(r.scenario()).append(" from ").append(Months.format(r.startMonth()))
                .append(" to ").append(Months.format(r.endMonth())).append(" with its known policies, seed ").append(r.seed())
                .append(", scored against ").append(observations).append(" observations of ").append(r.series().size())
                .append(" series after ").append(Months.format(r.cutoff())).append(". ");
        if (r.calibration().isPresent()) {
            CalibrationResult c = r.calibration().get();
            lede.append("Before the runs, ").append(c.parameters().size()).append(" parameters were fitted to the record up to the"
                    + " cut-off by ABC-SMC (").append(c.abc().simulations()).append(" simulations, ")
                    .append(c.generations().size()).append(" generations); the runs draw them from that posterior and every"
                            + " other parameter from its prior.");
        } else {
            lede.append("No fit: every parameter is drawn from its prior in the registry.");
        }
        List<String[]> terms = List.of(
                new String[] {"band", "months from the cut-off to the observation (a year counts from its June): 1-12, 13-24,"
                        + " 25+, and all of them together"},
                new String[] {"MAPE", "mean absolute percentage error of the median run"},
                new String[] {"MASE", "mean absolute error of the median run divided by that of the no-change forecast (the"
                        + " last observation at or before the cut-off); below 1 the model beats no change"},
                new String[] {"coverage90", "share of observations inside the runs' 90% range (p5 to p95); about 90% if the"
                        + " range is honest"},
                new String[] {"direction", "share of observations whose direction of change from the cut-off value the median"
                        + " gets right"});
        List<List<String>> rows = new ArrayList<>();
        for (Score s : r.scores()) {
            rows.add(List.of(s.series(), s.band().label(), String.valueOf(s.n()), fixed(s.mape(), 1), fixed(s.mase(), 2),
                    percent(s.coverage90()), percent(s.directionHit())));
        }
        List<BacktestReport.Table> tables = new ArrayList<>();
        tables.add(new BacktestReport.Table("Scores by series and horizon band (" + BACKTEST_CSV + ")",
                List.of("series", "band", "n", "MAPE %", "MASE", "coverage90", "direction"), rows, Set.of(2, 3, 4, 5, 6)));
        r.calibration().ifPresent(c -> {
            List<List<String>> gens = new ArrayList<>();
            for (GenerationStats g : c.generations()) {
                gens.add(List.of(String.valueOf(g.generation()), Double.isInfinite(g.epsilon()) ? "∞" : fixed(g.epsilon(), 3),
                        percent(g.acceptanceRate()), fixed(g.effectiveSampleSize(), 0), String.valueOf(g.simulations())));
            }
            tables.add(new BacktestReport.Table("The fit, generation by generation (" + POSTERIOR_CSV + " holds the last)",
                    List.of("generation", "tolerance", "acceptance", "effective sample size", "simulations"), gens,
                    Set.of(0, 1, 2, 3, 4)));
            List<List<String>> fits = new ArrayList<>();
            for (CalibrationResult.SeriesFit f : c.fit()) {
                fits.add(List.of(f.series(), String.valueOf(f.observations()), fixed(f.priorCentre(), 2),
                        fixed(f.posteriorMean(), 2)));
            }
            tables.add(new BacktestReport.Table("Fit up to the cut-off: root-mean-square error in units of comparison"
                    + " (0.25 in logs for levels, 3 points for growth, 0.1 for shares)",
                    List.of("series", "observations", "prior centre", "posterior mean"), fits, Set.of(1, 2, 3)));
        });
        return new BacktestReport.Page(title, lede.toString(), terms, tables, r.notes());
    }

    static String fixed(double v, int decimals) {
        return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%." + decimals + "f", v);
    }

    static String percent(double share) {
        return Double.isNaN(share) ? "-" : String.format(Locale.ROOT, "%.0f%%", 100 * share);
    }

    // ---------------------------------------------------------------- history

    HistoryResult history(Scenario s, RunOptions o, ObservedData observed) {
        ObservedData record = simulated(observed != null ? observed : ObservedData.bundled());
        int runs = o.runs() != null ? o.runs() : s.runs();
        long seed = o.seed() != null ? o.seed() : s.seed();
        Scenario sc = s.withRuns(runs).withSeed(seed);
        ObservedData inside = record.filter(x -> x.firstMonth() >= sc.startMonth() && x.lastMonth() <= sc.endMonth());
        if (count(inside) == 0) {
            throw InputException.of(s.origin(), 0, 0, "", "no observation of a series the model simulates lies between "
                    + Months.format(sc.startMonth()) + " and " + Months.format(sc.endMonth()));
        }
        HistoryFit fit = new HistoryFit(inside, sc.startMonth(), sc.months(), Set.of());
        HistoryTable.Collector collector = new HistoryTable.Collector(fit, sc.startMonth());
        MonthlyModel model = models.create(sc, space, inputs);
        Arm arm = new Arm(sc.name(), model, ParameterSampler.forEnsemble(space, sc.parameters(), Hermit.posteriorOf(sc, space), runs));
        EnsembleRunner.of(arm, seed, o.threads()).runAll(runs, run -> collector.add(run.series()), o.progress());
        List<HistoryTable.Row> rows = collector.rows();
        return new HistoryResult(sc.name(), sc.startMonth(), sc.endMonth(), runs, seed, rows, HistoryTable.summaries(rows));
    }
}
