package org.hermit.analysis.abc;

import java.util.List;
import org.hermit.analysis.Priors;
import org.hermit.analysis.posterior.PosteriorSample;

/**
 * The outcome of a calibration: the last complete generation (the weighted posterior approximation), the
 * history of every generation, why it stopped and how many simulations it ran in all.
 */
public record AbcResult(Priors priors, Population population, List<GenerationStats> generations,
                        StopReason stopReason, long simulations) {

    public AbcResult {
        generations = List.copyOf(generations);
    }

    /** The final population as a weighted posterior sample (one row per particle, with its weight). */
    public PosteriorSample weightedSample() {
        double[][] draws = new double[population.size()][];
        for (int i = 0; i < draws.length; i++) {
            draws[i] = population.theta(i);
        }
        return new PosteriorSample(priors.ids(), draws, population.weights());
    }

    /** An unweighted posterior sample of the given size, resampled from the final population. */
    public PosteriorSample posterior(int size, long seed) {
        return new PosteriorSample(priors.ids(), population.resample(size, seed));
    }

    /** The last generation's statistics. */
    public GenerationStats last() {
        return generations.get(generations.size() - 1);
    }
}
