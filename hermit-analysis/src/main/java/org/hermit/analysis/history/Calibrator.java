package org.hermit.analysis.history;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hermit.analysis.Priors;
import org.hermit.analysis.abc.AbcModel;
import org.hermit.analysis.abc.AbcProgress;
import org.hermit.analysis.abc.AbcResult;
import org.hermit.analysis.abc.AbcSettings;
import org.hermit.analysis.abc.AbcSmc;
import org.hermit.engine.MonthlyModel;
import org.hermit.engine.ParameterSampler;
import org.hermit.io.observed.ObservedData;
import org.hermit.model.ModelException;
import org.hermit.model.Simulation;
import org.hermit.model.inputs.Inputs;
import org.hermit.model.output.SeriesBuffer;
import org.hermit.model.param.ParameterDef;
import org.hermit.model.param.ParameterSpace;
import org.hermit.model.param.ParameterValues;
import org.hermit.model.random.RandomStreams;
import org.hermit.model.scenario.Scenario;

/**
 * Fits chosen parameters of the model to the record up to a cut-off month by ABC-SMC: every proposal runs the model
 * from its start to its last month (the cut-off) and is scored by {@link HistoryFit}. The parameters not chosen keep
 * fixed base values (their central values, or the scenario's overrides), so that the distance moves with the chosen
 * ones rather than with 200 others drawn at random. Thread-safe: each simulation fills its own buffer.
 */
public final class Calibrator {
    private final MonthlyModel model;
    private final ParameterValues base;
    private final HistoryFit fit;
    private final List<String> calibrated;
    private final int[] indices;

    /**
     * @param model      the model, running from the scenario's start to the cut-off (its last month)
     * @param base       values of every parameter; the calibrated ones are replaced by each proposal
     * @param observed   observations; those the run covers are fitted (the caller leaves out what lies after the cut-off)
     * @param calibrated ids of the parameters to fit: registry ids with a prior that is not fixed, each once
     * @throws IllegalArgumentException for an unknown, fixed or repeated id, or when no observation falls in the run
     */
    public Calibrator(MonthlyModel model, ParameterValues base, ObservedData observed, List<String> calibrated) {
        ParameterSpace space = model.space();
        if (base.space() != space) {
            throw new IllegalArgumentException("the base values belong to another parameter space than the model's");
        }
        if (calibrated.isEmpty()) {
            throw new IllegalArgumentException("nothing to calibrate: no parameter chosen");
        }
        Set<String> seen = new HashSet<>();
        this.indices = new int[calibrated.size()];
        for (int i = 0; i < indices.length; i++) {
            String id = calibrated.get(i);
            ParameterDef def = space.find(id)
                    .orElseThrow(() -> new IllegalArgumentException("unknown parameter '" + id + "'"));
            if (def.prior().isFixed()) {
                throw new IllegalArgumentException("parameter '" + id + "' has a fixed prior; there is nothing to fit");
            }
            if (!seen.add(id)) {
                throw new IllegalArgumentException("parameter '" + id + "' chosen twice");
            }
            indices[i] = space.indexOf(id);
        }
        this.model = model;
        this.base = base;
        this.calibrated = List.copyOf(calibrated);
        int last = model.startMonth() + model.months() - 1;
        this.fit = new HistoryFit(observed.upTo(last), model.startMonth(), model.months(), Set.of());
    }

    /**
     * The real model of a scenario run from its start to the cut-off, the other parameters at the scenario's central
     * values (its overrides' means, else the registry's central values).
     */
    public static Calibrator of(Scenario scenario, ParameterSpace space, Inputs inputs, int cutoff, ObservedData observed,
                                List<String> calibrated) {
        return new Calibrator(scenario, space, inputs, cutoff, observed, calibrated);
    }

    /** As {@link #of}. */
    public Calibrator(Scenario scenario, ParameterSpace space, Inputs inputs, int cutoff, ObservedData observed,
                      List<String> calibrated) {
        this(modelToCutoff(scenario, space, inputs, cutoff),
                ParameterSampler.central(space, scenario.parameters(), null).centralValues(), observed, calibrated);
    }

    private static MonthlyModel modelToCutoff(Scenario scenario, ParameterSpace space, Inputs inputs, int cutoff) {
        if (cutoff < scenario.startMonth()) {
            throw new IllegalArgumentException("the cut-off lies before the scenario starts");
        }
        return MonthlyModel.of(new Simulation(scenario.withEndMonth(cutoff), space, inputs));
    }

    public HistoryFit fit() {
        return fit;
    }

    public List<String> calibrated() {
        return calibrated;
    }

    /** First month of the runs. */
    public int startMonth() {
        return model.startMonth();
    }

    /** Last month of the runs: the cut-off. */
    public int cutoffMonth() {
        return model.startMonth() + model.months() - 1;
    }

    /** The priors of the chosen parameters, cut to their legal ranges, in the order chosen. */
    public Priors priors() {
        List<ParameterDef> defs = new ArrayList<>();
        for (int i : indices) {
            defs.add(model.space().get(i));
        }
        return Priors.of(new ParameterSpace(defs));
    }

    /** The chosen parameters' base values (where a fit starts from: the prior's centre). */
    public double[] baseTheta() {
        double[] theta = new double[indices.length];
        for (int i = 0; i < indices.length; i++) {
            theta[i] = base.get(indices[i]);
        }
        return theta;
    }

    /** Parameter values with the chosen ones set to theta (clamped to their legal range) and the rest at base. */
    public ParameterValues values(double[] theta) {
        if (theta.length != indices.length) {
            throw new IllegalArgumentException("expected " + indices.length + " values, got " + theta.length);
        }
        double[] v = base.toArray();
        for (int i = 0; i < indices.length; i++) {
            v[indices[i]] = model.space().get(indices[i]).clamp(theta[i]);
        }
        return new ParameterValues(model.space(), v);
    }

    /** Runs to the cut-off with these values and this run seed. */
    public SeriesBuffer run(ParameterValues values, long runSeed) {
        SeriesBuffer out = new SeriesBuffer(model.months());
        model.run(values, runSeed, out);
        return out;
    }

    /** Distance of one proposal; a run that breaks down (a NaN or an infinity) is rejected rather than stopping the fit. */
    public double distance(double[] theta, long runSeed) {
        try {
            return fit.distance(run(values(theta), runSeed));
        } catch (ModelException e) {
            return Double.NaN;
        }
    }

    /** ABC-SMC over the chosen parameters' priors. */
    public AbcResult calibrate(AbcSettings settings, AbcProgress progress) {
        AbcModel abc = this::distance;
        return AbcSmc.run(priors(), abc, settings, progress);
    }

    /** Fit per series of one run with these values and this run seed (see {@link #fitPerSeries(ParameterValues, long, int)}). */
    public Map<String, Double> fitPerSeries(ParameterValues values, long runSeed) {
        return fit.perSeries(run(values, runSeed));
    }

    /**
     * Fit per series (root-mean-square error in the series' unit of comparison, see {@link HistoryFit}) averaged
     * over runs with the given values and the run seeds of master seed {@code seed}, so that one lucky or unlucky
     * draw of random events does not decide the comparison. A run that breaks down counts as infinitely far.
     */
    public Map<String, Double> fitPerSeries(ParameterValues values, long seed, int runs) {
        if (runs < 1) {
            throw new IllegalArgumentException("runs must be at least 1, got " + runs);
        }
        Map<String, Double> sum = new LinkedHashMap<>();
        for (String id : fit.seriesIds()) {
            sum.put(id, 0.0);
        }
        for (int r = 0; r < runs; r++) {
            Map<String, Double> one;
            try {
                one = fit.perSeries(run(values, RandomStreams.runSeed(seed, r)));
            } catch (ModelException e) {
                sum.replaceAll((id, v) -> Double.POSITIVE_INFINITY);
                continue;
            }
            one.forEach((id, v) -> sum.merge(id, v / runs, Double::sum));
        }
        return sum;
    }
}
