package org.hermit.analysis.sensitivity;

/**
 * Morris statistics of one parameter's elementary effects, in output units per unit of the parameter's
 * quantile (u) scale.
 *
 * @param mu       mean effect (signed; effects of opposite sign cancel)
 * @param muStar   mean absolute effect: the overall importance
 * @param sigma    standard deviation of the effects: non-linearity or interactions
 * @param muStarCi bootstrap 95% interval of mu*
 */
public record MorrisEffect(String id, double mu, double muStar, double sigma, Interval muStarCi) {
}
