package org.hermit.report;

/** What a report is about: one run, or two runs compared with their paired differences. */
public sealed interface ReportSubject permits ReportSubject.Single, ReportSubject.Comparison {

    /** The output directory of `hermit run`. */
    record Single(RunOutput run) implements ReportSubject {}

    /**
     * The output directory of `hermit compare A B`: both runs and the quantiles of the paired per-run
     * differences B - A (diff/).
     */
    record Comparison(RunOutput a, RunOutput b, Quantiles difference) implements ReportSubject {}
}
