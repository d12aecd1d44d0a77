package org.hermit.analysis.sensitivity;

import java.util.Comparator;
import java.util.List;

/**
 * The outcome of a Sobol analysis: indices per free parameter in the priors' order, and the design's size.
 *
 * @param baseSamples        N, the rows of each of the matrices A and B
 * @param evaluations        N (k + 2) model evaluations
 * @param outputMean         mean of the output over A and B
 * @param outputVariance     variance of the output over A and B (indices are shares of it)
 * @param bootstrapResamples resamples behind the 95% confidence intervals
 */
public record SobolResult(int baseSamples, long evaluations, double outputMean, double outputVariance,
                          int bootstrapResamples, List<SobolIndices> indices) {

    /** Confidence level of the intervals. */
    public static final double CONFIDENCE = 0.95;

    public SobolResult {
        indices = List.copyOf(indices);
    }

    /** The indices from the largest total index down (ties keep the priors' order). */
    public List<SobolIndices> ranked() {
        return indices.stream().sorted(Comparator.comparingDouble(SobolIndices::total).reversed()).toList();
    }

    /** The indices of one parameter. */
    public SobolIndices of(String id) {
        return indices.stream().filter(i -> i.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no free parameter '" + id + "' in the analysis"));
    }
}
