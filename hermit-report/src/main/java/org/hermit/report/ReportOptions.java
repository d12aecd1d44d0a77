package org.hermit.report;

import java.util.List;

/**
 * How to write a report.
 *
 * @param png      also write every chart as DIR/charts/&lt;chart&gt;.png
 * @param observed observed data to draw over the simulation (by output variable id)
 * @param years    the years the table of largest differences shows; empty: the first year with a difference and the
 *                 last full year
 */
public record ReportOptions(boolean png, Observations observed, List<Integer> years) {
    public ReportOptions {
        observed = observed == null ? Observations.none() : observed;
        years = years == null ? List.of() : List.copyOf(years);
    }

    /** What `hermit report`, `hermit run` and `hermit compare` use: the bundled evidence over the simulation, no PNGs. */
    public static ReportOptions standard() {
        return new ReportOptions(false, Observations.bundled(), List.of());
    }

    /** No PNGs, no observed data, default years. */
    public static ReportOptions defaults() {
        return new ReportOptions(false, Observations.none(), List.of());
    }

    public ReportOptions withPng(boolean png) {
        return new ReportOptions(png, observed, years);
    }

    public ReportOptions withObserved(Observations observed) {
        return new ReportOptions(png, observed, years);
    }

    public ReportOptions withYears(List<Integer> years) {
        return new ReportOptions(png, observed, years);
    }
}
