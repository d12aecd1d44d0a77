package org.hermit.model.output;

/** How a monthly variable becomes an annual value: flows add up, prices average, stocks take December's. */
public enum Aggregation {
    SUM, MEAN, LAST, MAX
}
