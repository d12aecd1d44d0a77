package org.hermit.analysis.abc;

/**
 * How one generation of ABC-SMC went.
 *
 * @param generation          0 for the prior sample, then 1, 2, ...
 * @param epsilon             the distance below which proposals were accepted (infinite in generation 0,
 *                            which only rejects non-finite distances)
 * @param acceptanceRate      accepted particles over the proposals drawn until the last one was accepted
 * @param simulations         simulations run in this generation (counted against the budget; may exceed
 *                            the proposals needed because simulations run in parallel batches)
 * @param effectiveSampleSize Kish's effective sample size of the weights, (sum w)^2 / sum w^2
 */
public record GenerationStats(int generation, double epsilon, double acceptanceRate, long simulations,
                              double effectiveSampleSize) {
}
