package org.hermit.analysis.history;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hermit.analysis.Priors;
import org.hermit.analysis.abc.AbcModel;
import org.hermit.analysis.abc.AbcProgress;
import org.hermit.analysis.abc.AbcResult;
import org.hermit.analysis.abc.AbcSettings;
import org.hermit.analysis.abc.AbcSmc;
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
 * Fits chosen parameters of the model to the record up to a cut-off month by ABC-SMC: every proposal runs the
 * scenario from its start to the cut-off and is scored by {@link HistoryFit}; the parameters not chosen stay at
 * their central values. Thread-safe: each simulation builds its own economy.
 */
public final class Calibrator {
    private final Simulation simulation;
    private final ParameterSpace space;
    private final HistoryFit fit;
    private final List<String> calibrated;
    private final int[] indices;

    /**
     * @param scenario   the scenario whose history is fitted (run from its start to the cut-off)
     * @param cutoff     last month of observations used (Months encoding)
     * @param observed   observations (only those up to the cut-off are used)
     * @param calibrated ids of the parameters to fit (each must have a non-fixed prior)
     */
    public Calibrator(Scenario scenario, ParameterSpace space, Inputs inputs, int cutoff, ObservedData observed,
                      List<String> calibrated) {
        if (cutoff < scenario.startMonth()) {
            throw new IllegalArgumentException("the cut-off lies before the scenario starts");
        }
        Scenario truncated = scenario.withEndMonth(Math.min(scenario.endMonth(), cutoff));
        this.simulation = new Simulation(truncated, space, inputs);
        this.space = space;
        this.fit = new HistoryFit(observed.upTo(cutoff), truncated.startMonth(), truncated.months(), Set.of());
        this.calibrated = List.copyOf(calibrated);
        this.indices = new int[calibrated.size()];
        for (int i = 0; i < indices.length; i++) {
            indices[i] = space.indexOf(calibrated.get(i));
        }
    }

    public HistoryFit fit() {
        return fit;
    }

    public List<String> calibrated() {
        return calibrated;
    }

    /** The priors of the chosen parameters, cut to their legal ranges. */
    public Priors priors() {
        List<ParameterDef> defs = new ArrayList<>();
        for (int i : indices) {
            defs.add(space.get(i));
        }
        return Priors.of(new ParameterSpace(defs));
    }

    /** Parameter values with the chosen ones set to theta and the rest central. */
    public ParameterValues values(double[] theta) {
        double[] v = space.centralValues();
        for (int i = 0; i < indices.length; i++) {
            v[indices[i]] = space.get(indices[i]).clamp(theta[i]);
        }
        return new ParameterValues(space, v);
    }

    /** Runs to the cut-off with these values and returns the output (for reporting the fit). */
    public SeriesBuffer run(ParameterValues values, long seed) {
        SeriesBuffer out = new SeriesBuffer(simulation.months());
        simulation.run(values, RandomStreams.runSeed(seed, 0), out);
        return out;
    }

    /** Distance of one proposal; a run that breaks down (NaN) is rejected rather than stopping the fit. */
    public double distance(double[] theta, long seed) {
        try {
            SeriesBuffer out = new SeriesBuffer(simulation.months());
            simulation.run(values(theta), seed, out);
            return fit.distance(out);
        } catch (ModelException e) {
            return Double.NaN;
        }
    }

    public AbcResult calibrate(AbcSettings settings, AbcProgress progress) {
        AbcModel model = this::distance;
        return AbcSmc.run(priors(), model, settings, progress);
    }

    /** Fit per series of a run at the given values. */
    public Map<String, Double> fitPerSeries(ParameterValues values, long seed) {
        return fit.perSeries(run(values, seed));
    }
}
