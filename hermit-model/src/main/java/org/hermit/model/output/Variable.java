package org.hermit.model.output;

/** An output variable: a stable id other tools depend on, its unit, how it aggregates to a year. */
public record Variable(int index, String id, String unit, Aggregation annual, String description) {}
