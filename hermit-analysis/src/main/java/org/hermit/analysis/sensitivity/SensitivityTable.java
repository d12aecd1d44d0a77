package org.hermit.analysis.sensitivity;

import java.util.List;
import java.util.Locale;

/** Ranked plain-text tables of sensitivity results, for the terminal. */
public final class SensitivityTable {
    private SensitivityTable() {}

    /** Sobol indices ranked by total index, with 95% intervals. */
    public static String sobol(SobolResult result) {
        List<SobolIndices> ranked = result.ranked();
        int width = idWidth(ranked.stream().map(SobolIndices::id).toList());
        String format = "%4s  %-" + width + "s  %7s  %-17s  %7s  %s%n";
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, format, "rank", "parameter", "S1", "S1 95% CI", "ST", "ST 95% CI"));
        int rank = 1;
        for (SobolIndices i : ranked) {
            sb.append(String.format(Locale.ROOT, format, rank++, i.id(), fixed(i.firstOrder()),
                    interval(i.firstOrderCi()), fixed(i.total()), interval(i.totalCi())));
        }
        sb.append(String.format(Locale.ROOT, "N = %d base samples, %d evaluations, output variance %s%n",
                result.baseSamples(), result.evaluations(), general(result.outputVariance())));
        return sb.toString();
    }

    /** Morris effects ranked by mu*, with the 95% interval of mu*. */
    public static String morris(MorrisResult result) {
        List<MorrisEffect> ranked = result.ranked();
        int width = idWidth(ranked.stream().map(MorrisEffect::id).toList());
        String format = "%4s  %-" + width + "s  %10s  %-23s  %10s  %10s%n";
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, format, "rank", "parameter", "mu*", "mu* 95% CI", "mu", "sigma"));
        int rank = 1;
        for (MorrisEffect e : ranked) {
            sb.append(String.format(Locale.ROOT, format, rank++, e.id(), general(e.muStar()),
                    "[" + general(e.muStarCi().lower()) + ", " + general(e.muStarCi().upper()) + "]",
                    general(e.mu()), general(e.sigma())));
        }
        sb.append(String.format(Locale.ROOT, "%d trajectories on %d levels, %d evaluations%n",
                result.trajectories(), result.levels(), result.evaluations()));
        return sb.toString();
    }

    private static int idWidth(List<String> ids) {
        int width = "parameter".length();
        for (String id : ids) {
            width = Math.max(width, id.length());
        }
        return width;
    }

    private static String fixed(double v) {
        return String.format(Locale.ROOT, "%.3f", v);
    }

    private static String interval(Interval i) {
        return "[" + fixed(i.lower()) + ", " + fixed(i.upper()) + "]";
    }

    private static String general(double v) {
        return String.format(Locale.ROOT, "%.4g", v);
    }
}
