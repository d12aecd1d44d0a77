package org.hermit.io.observed;

/** How often a series is observed: an observation covers one calendar month or one calendar year. */
public enum Frequency { MONTHLY, ANNUAL }
