package org.hermit.analysis.score;

/**
 * Out-of-sample scores of one series over one horizon band. A metric that is undefined for the points at
 * hand is NaN (see {@link ForecastScorer} for when).
 *
 * @param n            observations in the band
 * @param mape         mean absolute percentage error of the median forecast, in percent
 * @param mase         mean absolute error of the median over that of the no-change forecast
 * @param coverage90   share of observations inside [p5, p95], in [0, 1]
 * @param directionHit share of observations whose direction of change from the cut-off value the median
 *                     gets right, in [0, 1]
 */
public record Score(String series, HorizonBand band, int n, double mape, double mase, double coverage90,
                    double directionHit) {
}
