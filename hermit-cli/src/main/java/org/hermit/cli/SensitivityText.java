package org.hermit.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.DoubleFunction;
import org.hermit.analysis.sensitivity.Interval;
import org.hermit.api.SensitivityResult;
import org.hermit.report.Formats;

/**
 * The ranked table printed after `hermit sensitivity`: one line of numbers per parameter, its description on the line
 * below (wrapped to 100 columns), and a heading saying what was explained, how, and at what cost.
 */
final class SensitivityText {
    static final int WIDTH = ResultTables.WIDTH;
    private static final String INDENT = "      ";

    private SensitivityText() {}

    static String table(SensitivityResult r) {
        boolean sobol = r.sobol() != null;
        DoubleFunction<String> out = Formats.forUnit(r.variable().unit());
        StringBuilder b = new StringBuilder();
        b.append(r.scenario()).append(": what drives ").append(r.output()).append(" (")
                .append(r.variable().unit()).append(", ").append(rule(r)).append(")\n");
        String design = sobol ? "Sobol indices, N = " + r.sobol().baseSamples()
                : "Morris screening, " + r.morris().trajectories() + " trajectories";
        String chosen = r.screen() != null ? r.factors().size() + " parameters a Morris screen of "
                + r.screen().effects().size() + " ranked highest" : r.factors().size() + " parameters";
        b.append(String.format(Locale.ROOT, "%s, %s; %,d model runs in %.1f s%n%n", design, chosen, r.modelRuns(),
                r.elapsed().toMillis() / 1000.0));

        List<String[]> rows = new ArrayList<>();
        rows.add(sobol ? new String[] {"rank", "parameter", "S1 [95% CI]", "ST [95% CI]", "at p5 -> at p95"}
                : new String[] {"rank", "parameter", "mu* [95% CI]", "sigma", "at p5 -> at p95"});
        for (SensitivityResult.Factor f : r.factors()) {
            String swing = out.apply(f.outputAtLow()) + " -> " + out.apply(f.outputAtHigh());
            rows.add(sobol
                    ? new String[] {Integer.toString(f.rank()), f.id(), index(f.sobol().firstOrder(), f.sobol().firstOrderCi()),
                            index(f.sobol().total(), f.sobol().totalCi()), swing}
                    : new String[] {Integer.toString(f.rank()), f.id(), out.apply(f.morris().muStar()) + " "
                            + interval(f.morris().muStarCi(), out), out.apply(f.morris().sigma()), swing});
        }
        int[] width = new int[rows.get(0).length];
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                width[i] = Math.max(width[i], row[i].length());
            }
        }
        for (int r0 = 0; r0 < rows.size(); r0++) {
            String[] row = rows.get(r0);
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < row.length; i++) {
                boolean left = i == 1;
                String cell = left ? pad(row[i], width[i]) : leftPad(row[i], width[i]);
                line.append(i == 0 ? "" : "  ").append(cell);
            }
            b.append(line.toString().stripTrailing()).append('\n');
            if (r0 > 0) {
                SensitivityResult.Factor f = r.factors().get(r0 - 1);
                String unit = f.parameter().unit().isBlank() ? "" : " (" + f.parameter().unit() + ")";
                for (String wrapped : wrap(f.parameter().description() + unit, WIDTH - INDENT.length())) {
                    b.append(INDENT).append(wrapped).append('\n');
                }
            }
        }
        b.append('\n');
        if (sobol) {
            b.append("S1: share of the output's variance due to the parameter alone; ST: with its interactions.\n");
        } else {
            b.append("mu*: mean absolute change of the output across a parameter's range; sigma: how much it varies.\n");
        }
        b.append("at p5 -> at p95: the output with the parameter at its 5th and 95th percentile, the others at their\n"
                + "medians. Every design point runs the same seed (common random numbers).\n");
        return b.toString();
    }

    private static String rule(SensitivityResult r) {
        return switch (r.variable().annual()) {
            case SUM -> "the year's total";
            case MEAN -> "the year's average";
            case LAST -> "at the year's end";
            case MAX -> "the year's largest";
        };
    }

    private static String index(double v, Interval ci) {
        return String.format(Locale.ROOT, "%.3f [%.3f, %.3f]", v, ci.lower(), ci.upper());
    }

    private static String interval(Interval ci, DoubleFunction<String> format) {
        return "[" + format.apply(ci.lower()) + ", " + format.apply(ci.upper()) + "]";
    }

    private static String pad(String s, int width) {
        return s + " ".repeat(Math.max(0, width - s.length()));
    }

    private static String leftPad(String s, int width) {
        return " ".repeat(Math.max(0, width - s.length())) + s;
    }

    /** Words joined into lines of at most width characters (a longer word stands alone). */
    static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.strip().split("\\s+")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.length() == 0 ? "" : " ").append(word);
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }
}
