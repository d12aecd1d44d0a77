package org.hermit.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.DoubleFunction;
import org.hermit.analysis.sensitivity.Interval;
import org.hermit.io.HermitVersion;
import org.hermit.model.output.Aggregation;
import org.hermit.report.Figure;
import org.hermit.report.Formats;
import org.hermit.report.SensitivityPage;
import org.hermit.report.SensitivityPage.Cell;
import org.hermit.report.SensitivityPage.Column;
import org.hermit.report.SensitivityPage.Kind;
import org.hermit.report.Tornado;

/**
 * The files of a sensitivity analysis in one directory: sensitivity.csv (one row per parameter, ranked, numbers at
 * full precision), tornado.svg and tornado.png (the chart), and sensitivity.html (a self-contained page with the
 * chart, the table, how to read them and the settings). The csv depends only on the result's numbers, so it is the
 * same whatever the thread count; the page also records the time taken.
 */
public final class SensitivityFiles {
    public static final String CSV = "sensitivity.csv";
    public static final String SVG = "tornado.svg";
    public static final String PNG = "tornado.png";
    public static final String HTML = "sensitivity.html";
    /** Bars on a Morris chart: beyond these the table has the rest. */
    public static final int MORRIS_BARS = 25;

    private SensitivityFiles() {}

    /** Writes the four files into dir (created if missing) and returns them, the csv first. */
    public static List<Path> write(SensitivityResult result, Path dir) {
        try {
            Files.createDirectories(dir);
            Figure chart = chart(result);
            List<Path> files = new ArrayList<>();
            files.add(Files.writeString(dir.resolve(CSV), csv(result), StandardCharsets.UTF_8));
            files.add(Files.writeString(dir.resolve(SVG), chart.svgDocument(), StandardCharsets.UTF_8));
            Path png = chart.writePng(dir);
            files.add(png);
            files.add(Files.writeString(dir.resolve(HTML), page(result, chart).html(), StandardCharsets.UTF_8));
            return List.copyOf(files);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the sensitivity files in " + dir + ": " + e.getMessage(), e);
        }
    }

    /** The ranked table as CSV. */
    public static String csv(SensitivityResult r) {
        StringBuilder b = new StringBuilder();
        boolean sobol = r.sobol() != null;
        b.append("rank,parameter,unit,distribution,")
                .append(sobol ? "s1,s1_low,s1_high,st,st_low,st_high," : "mu_star,mu_star_low,mu_star_high,mu,sigma,")
                .append("output_at_p5,output_at_p95,description\n");
        for (SensitivityResult.Factor f : r.factors()) {
            List<Object> row = new ArrayList<>(List.of(f.rank(), f.id(), f.parameter().unit(),
                    f.distribution().describe()));
            if (sobol) {
                row.addAll(List.of(f.sobol().firstOrder(), f.sobol().firstOrderCi().lower(),
                        f.sobol().firstOrderCi().upper(), f.sobol().total(), f.sobol().totalCi().lower(),
                        f.sobol().totalCi().upper()));
            } else {
                row.addAll(List.of(f.morris().muStar(), f.morris().muStarCi().lower(), f.morris().muStarCi().upper(),
                        f.morris().mu(), f.morris().sigma()));
            }
            row.addAll(List.of(f.outputAtLow(), f.outputAtHigh(), f.parameter().description()));
            for (int i = 0; i < row.size(); i++) {
                b.append(i == 0 ? "" : ",").append(csvCell(String.valueOf(row.get(i))));
            }
            b.append('\n');
        }
        return b.toString();
    }

    /** The tornado chart: Sobol total and first-order indices, or the Morris mu* of the top parameters. */
    public static Figure chart(SensitivityResult r) {
        if (r.sobol() != null) {
            List<Tornado.Bar> first = new ArrayList<>();
            List<Tornado.Bar> total = new ArrayList<>();
            for (SensitivityResult.Factor f : r.factors()) {
                first.add(bar(f.id(), f.sobol().firstOrder(), f.sobol().firstOrderCi()));
                total.add(bar(f.id(), f.sobol().total(), f.sobol().totalCi()));
            }
            return Tornado.sobol("tornado", r.output(), first, total);
        }
        List<Tornado.Bar> bars = new ArrayList<>();
        for (SensitivityResult.Factor f : r.factors().subList(0, Math.min(MORRIS_BARS, r.factors().size()))) {
            bars.add(bar(f.id(), f.morris().muStar(), f.morris().muStarCi()));
        }
        String shown = bars.size() < r.factors().size() ? " (top " + bars.size() + " of " + r.factors().size() + ")" : "";
        return Tornado.single("tornado", "What drives " + r.output() + ": Morris screening" + shown,
                "mu*, mean absolute effect (" + r.variable().unit() + " across a prior's range)", bars);
    }

    /** A bar whose whiskers cover its estimate (a percentile bootstrap interval need not). */
    private static Tornado.Bar bar(String id, double value, Interval ci) {
        return new Tornado.Bar(id, value, Math.min(value, ci.lower()), Math.max(value, ci.upper()));
    }

    static SensitivityPage page(SensitivityResult r, Figure chart) {
        boolean sobol = r.sobol() != null;
        DoubleFunction<String> out = Formats.forUnit(r.variable().unit());
        List<Column> columns = new ArrayList<>(List.of(new Column("Rank", Kind.NUMBER),
                new Column("Parameter, what it is, what it was varied over", Kind.CODE)));
        if (sobol) {
            columns.addAll(List.of(new Column("Total index ST", Kind.NUMBER), new Column("First-order S1", Kind.NUMBER)));
        } else {
            columns.addAll(List.of(new Column("mu*", Kind.NUMBER), new Column("mu", Kind.NUMBER),
                    new Column("sigma", Kind.NUMBER)));
        }
        columns.add(new Column("Output at its p5 \u2192 p95", Kind.NUMBER));
        List<List<Cell>> rows = new ArrayList<>();
        for (SensitivityResult.Factor f : r.factors()) {
            List<Cell> row = new ArrayList<>(List.of(Cell.of(Integer.toString(f.rank())),
                    new Cell(f.id(), describe(f) + "; " + Formats.distribution(f.distribution().describe()))));
            if (sobol) {
                row.add(new Cell(index(f.sobol().total()), interval(f.sobol().totalCi(), SensitivityFiles::index)));
                row.add(new Cell(index(f.sobol().firstOrder()), interval(f.sobol().firstOrderCi(), SensitivityFiles::index)));
            } else {
                row.add(new Cell(out.apply(f.morris().muStar()), interval(f.morris().muStarCi(), out)));
                row.add(Cell.of(out.apply(f.morris().mu())));
                row.add(Cell.of(out.apply(f.morris().sigma())));
            }
            row.add(new Cell(out.apply(f.outputAtLow()) + " → " + out.apply(f.outputAtHigh()),
                    direction(f.outputAtLow(), f.outputAtHigh())));
            rows.add(row);
        }
        String caption = sobol ? "Parameters ranked by total Sobol index (95% intervals below each index)"
                : "Parameters ranked by Morris mu* (95% interval below it)";
        return new SensitivityPage("What drives " + r.output(), lede(r), chart,
                new SensitivityPage.Table(caption, columns, rows), howToRead(r), settings(r));
    }

    private static String direction(double low, double high) {
        return high > low ? "rises with it" : high < low ? "falls as it rises" : "no change";
    }

    private static String describe(SensitivityResult.Factor f) {
        String unit = f.parameter().unit().isBlank() ? "" : " (" + f.parameter().unit() + ")";
        return f.parameter().description() + unit;
    }

    private static String lede(SensitivityResult r) {
        StringBuilder b = new StringBuilder("Scenario ").append(r.scenario()).append(". ")
                .append(r.sobol() != null ? "Sobol sensitivity indices" : "Morris screening").append(" of ")
                .append(r.variable().description().isBlank() ? r.variable().id() : lowerFirst(r.variable().description()))
                .append(" (").append(r.variable().id()).append(", ").append(annualRule(r.variable().annual()))
                .append(") in ").append(r.year()).append(", from ").append(String.format(Locale.ROOT, "%,d", r.modelRuns()))
                .append(" model runs. ");
        List<SensitivityResult.Factor> top = r.factors().subList(0, Math.min(3, r.factors().size()));
        b.append(top.size() == 1 ? "The parameter that matters most: " : "The parameters that matter most: ");
        for (int i = 0; i < top.size(); i++) {
            SensitivityResult.Factor f = top.get(i);
            b.append(i == 0 ? "" : i == top.size() - 1 ? " and " : ", ").append(f.id()).append(" (")
                    .append(r.sobol() != null ? "total index " + index(f.sobol().total())
                            : "mu* " + Formats.forUnit(r.variable().unit()).apply(f.morris().muStar()))
                    .append(')');
        }
        return b.append('.').toString();
    }

    /** "The state treasury's reserves" reads "the state treasury's reserves" inside a sentence. */
    private static String lowerFirst(String s) {
        return s.length() > 1 && Character.isUpperCase(s.charAt(0)) && !Character.isUpperCase(s.charAt(1))
                ? Character.toLowerCase(s.charAt(0)) + s.substring(1) : s;
    }

    private static String annualRule(Aggregation a) {
        return switch (a) {
            case SUM -> "the year's total";
            case MEAN -> "the year's average";
            case LAST -> "the value at the year's end";
            case MAX -> "the year's largest value";
        };
    }

    private static List<String> howToRead(SensitivityResult r) {
        List<String> p = new ArrayList<>();
        if (r.sobol() != null) {
            p.add("The total index ST of a parameter is the share of the variance of " + r.output() + " that would go"
                    + " away if the parameter were known exactly: its effect alone and through its interactions with the"
                    + " others. The first-order index S1 is its effect alone. A total index near zero means the"
                    + " parameter can be held at its central value without changing the answer; a total index well"
                    + " above the first-order index means the parameter matters through its interactions.");
            p.add("Intervals are 95% bootstrap intervals over the design's rows; they are wide when the design is"
                    + " small (raise --n) and tend to overstate the estimates' error. Small negative estimates are"
                    + " noise around zero.");
        } else {
            p.add("mu* is the mean absolute change of " + r.output() + " when the parameter moves from one level of its"
                    + " prior to another, scaled to its whole range; it ranks parameters by importance at a low cost."
                    + " mu is the mean signed change (effects of both signs cancel) and sigma their spread: a sigma as"
                    + " large as mu* means the effect depends on the other parameters (interactions or a curved"
                    + " response). Morris screening ranks; for shares of the variance, run the Sobol method on the"
                    + " parameters it puts at the top.");
        }
        p.add("The two output columns give the direction of each effect: " + r.output() + " with the parameter at the"
                + " 5th and at the 95th percentile of its distribution, every other parameter varied held at its"
                + " median (" + Formats.forUnit(r.variable().unit()).apply(r.swing().baseline()) + " with all at their"
                + " medians).");
        p.add("Each parameter is varied over its distribution in the registry, or over the scenario's own where the"
                + " scenario sets one; values map through the distribution's quantile function and are kept within"
                + " the parameter's legal range. Parameters not varied stay at their central values. Every design point"
                + " runs the scenario with the same random seed" + (r.replicates() > 1 ? "s (" + r.replicates()
                + " runs averaged)" : "") + " (common random numbers): harvest shocks, heists and the other random"
                + " events are the same at every point, so the differences between points come from the parameters"
                + " alone and the model's own randomness is not counted as a parameter's effect. The indices therefore"
                + " describe the model for this draw of events" + (r.replicates() > 1 ? "s" : "")
                + "; --replicates averages over more.");
        if (r.screen() != null) {
            p.add("The " + r.factors().size() + " parameters varied are those a quick Morris screen of every uncertain"
                    + " parameter (" + r.screen().effects().size() + " of them, " + r.screen().trajectories()
                    + " trajectories) ranked highest; --params chooses others or all.");
        }
        p.addAll(r.notes());
        return p;
    }

    private static List<SensitivityPage.Setting> settings(SensitivityResult r) {
        List<SensitivityPage.Setting> s = new ArrayList<>();
        s.add(new SensitivityPage.Setting("Scenario", r.scenario()));
        s.add(new SensitivityPage.Setting("Output", r.variable().id() + " in " + r.year() + " ("
                + annualRule(r.variable().annual()) + ", " + r.variable().unit() + ")"));
        if (r.sobol() != null) {
            s.add(new SensitivityPage.Setting("Method", "Sobol indices: Saltelli design, Jansen estimators, "
                    + r.sobol().bootstrapResamples() + " bootstrap resamples"));
            s.add(new SensitivityPage.Setting("Design", "N = " + r.sobol().baseSamples() + " base samples, "
                    + r.factors().size() + " parameters: N (k + 2) = " + r.sobol().evaluations() + " points"));
        } else {
            s.add(new SensitivityPage.Setting("Method", "Morris elementary effects, " + r.morris().levels() + " levels"));
            s.add(new SensitivityPage.Setting("Design", r.morris().trajectories() + " trajectories, "
                    + r.factors().size() + " parameters: r (k + 1) = " + r.morris().evaluations() + " points"));
        }
        if (r.screen() != null) {
            s.add(new SensitivityPage.Setting("Screen", "Morris, " + r.screen().trajectories() + " trajectories over "
                    + r.screen().effects().size() + " parameters: " + r.screen().evaluations() + " points"));
        }
        s.add(new SensitivityPage.Setting("Swing", "each parameter at its p5 and p95: " + (2 * r.factors().size() + 1)
                + " points"));
        s.add(new SensitivityPage.Setting("Runs per point", r.replicates() + (r.replicates() == 1 ? " (one seed)"
                : " (seeds averaged)")));
        s.add(new SensitivityPage.Setting("Model runs", String.format(Locale.ROOT, "%,d", r.modelRuns())));
        s.add(new SensitivityPage.Setting("Seed", Long.toString(r.seed())));
        s.add(new SensitivityPage.Setting("Threads", r.threads() + " (the results do not depend on them)"));
        s.add(new SensitivityPage.Setting("Time taken", String.format(Locale.ROOT, "%.1f s",
                r.elapsed().toMillis() / 1000.0)));
        s.add(new SensitivityPage.Setting("Hermit version", HermitVersion.get()));
        s.add(new SensitivityPage.Setting("Created", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString()));
        return s;
    }

    private static String index(double v) {
        return String.format(Locale.ROOT, "%.3f", v);
    }

    private static String interval(Interval i, DoubleFunction<String> format) {
        return format.apply(i.lower()) + " to " + format.apply(i.upper());
    }

    private static String csvCell(String s) {
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
            return s;
        }
        return '"' + s.replace("\"", "\"\"") + '"';
    }
}
