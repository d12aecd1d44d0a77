package org.hermit.analysis.sensitivity;

/**
 * Sobol indices of one parameter with their bootstrap confidence intervals.
 *
 * @param firstOrder share of the output variance due to the parameter alone (S1)
 * @param total      share due to the parameter including all its interactions (ST); ST &gt;= S1 in theory,
 *                   though estimates at small N need not be
 */
public record SobolIndices(String id, double firstOrder, Interval firstOrderCi, double total, Interval totalCi) {
}
