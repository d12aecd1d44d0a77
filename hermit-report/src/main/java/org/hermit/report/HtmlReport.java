package org.hermit.report;

import java.awt.Color;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.DoubleFunction;
import org.hermit.model.Channel;
import org.hermit.model.output.Aggregation;
import org.hermit.model.output.Variable;
import org.hermit.model.output.Variables;
import org.hermit.model.time.Months;
import org.hermit.report.Charts.BandLayer;
import org.hermit.report.Charts.FanLayer;
import org.hermit.report.Charts.Hue;
import org.hermit.report.Charts.ObservedLayer;
import org.hermit.report.Charts.StackLayer;

/**
 * The report page: sections in the order a reader follows (the answer first, how to read it, revenue, treasury,
 * currency and food, checks against observed data, differences for a comparison, parameters and sources, metadata),
 * each chart with a caption saying how to read it.
 */
final class HtmlReport {
    static final String STATE_REVENUE = "state_revenue_usd.total";
    static final String GROSS_REVENUE = "revenue_usd.total";
    static final String RESERVES = "reserves_usd";
    static final String KPW_PER_USD = "kpw_per_usd";
    static final String RICE = "rice_kpw_per_kg";
    static final String FOOD_INSECURE = "food_insecure_people";
    static final String FOOD_INSECURE_SHARE = "food_insecure_share";
    static final String GDP_GROWTH = "gdp_growth_pct";
    static final String CN_EXPORTS = "cn_exports_to_dprk_usd";
    static final String CN_IMPORTS = "cn_imports_from_dprk_usd";

    /** Channels drawn in their own colour; smaller ones are added up as "Other channels". */
    static final int STACKED_CHANNELS = 10;
    /** Rows per year in the table of largest differences. */
    static final int DIFFERENCE_ROWS = 12;
    static final int WIDTH = 960;
    static final int HEIGHT = 440;

    static final String CSS = """
            :root { color-scheme: light; }
            body { margin: 0; background: #fff; color: #1a1a1a;
                   font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
            main { max-width: 1040px; margin: 0 auto; padding: 16px 24px 64px; }
            h1 { font-size: 1.9rem; line-height: 1.2; margin: 0.4em 0 0.2em; }
            h2 { font-size: 1.45rem; margin: 2.2em 0 0.4em; padding-top: 0.4em; border-top: 2px solid #08519c; }
            h3 { font-size: 1.1rem; margin: 1.6em 0 0.3em; }
            .lede { color: #444; margin-top: 0; }
            .brief h2, .howto h2 { border: 0; margin: 0.5em 0 0.2em; padding-top: 0; }
            .howto h2 { font-size: 1.15rem; }
            .brief { background: #eef3f9; border-left: 6px solid #08519c; padding: 10px 22px; margin: 18px 0; }
            .brief ul { padding-left: 1.1em; margin: 0.4em 0; }
            .brief li { margin: 0.45em 0; font-size: 1.07rem; }
            .howto { border: 1px solid #c8c8c8; border-radius: 6px; padding: 4px 20px; background: #fafafa; }
            .howto dt { font-weight: 600; margin-top: 0.5em; }
            .howto dd { margin: 0 0 0.4em 0; }
            .swatch { display: inline-block; width: 1.6em; height: 0.9em; vertical-align: -0.1em; border-radius: 2px; }
            .dot { display: inline-block; width: 0.7em; height: 0.7em; border-radius: 50%; background: #111; vertical-align: 0; }
            nav ol { columns: 2; padding-left: 1.4em; }
            figure { margin: 26px 0 34px; }
            svg.chart { display: block; width: 100%; height: auto; border: 1px solid #e4e4e4; border-radius: 4px; }
            figcaption { color: #333; font-size: 0.95rem; margin-top: 8px; max-width: 62em; }
            .missing { color: #555; font-style: italic; }
            div.table { overflow-x: auto; }
            td.metaval { overflow-wrap: anywhere; }
            details { margin-top: 6px; font-size: 0.92rem; }
            summary { cursor: pointer; color: #0b4f9c; }
            table { border-collapse: collapse; width: 100%; font-size: 0.92rem; margin: 10px 0 20px; }
            caption { text-align: left; font-weight: 600; padding: 6px 0; font-size: 1rem; }
            th, td { text-align: left; padding: 6px 8px; border-bottom: 1px solid #dcdcdc; vertical-align: top; }
            thead th { border-bottom: 2px solid #888; background: #f4f4f4; }
            td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
            td.id code { font-size: 0.85em; color: #333; }
            table.parameters { table-layout: fixed; }
            table.parameters td { overflow-wrap: anywhere; }
            table.parameters td.num { white-space: normal; }
            table.parameters col.name { width: 27%; }
            table.parameters col.unit { width: 9%; }
            table.parameters col.central { width: 13%; }
            table.parameters col.prior { width: 16%; }
            table.parameters col.sources { width: 35%; }
            td.src ul { margin: 0; padding-left: 1.1em; }
            td.src .note { color: #444; }
            .muted { color: #555; }
            a { color: #0b4f9c; }
            a:focus { outline: 2px solid #e69f00; }
            @media print { h2 { break-before: page; } figure { break-inside: avoid; } }
            """;

    private final ReportSubject subject;
    private final ReportOptions options;
    private final List<Figure> figures = new ArrayList<>();
    private final StringBuilder body = new StringBuilder();
    private final Map<String, String> contents = new LinkedHashMap<>();

    private HtmlReport(ReportSubject subject, ReportOptions options) {
        this.subject = subject;
        this.options = options;
    }

    /** Builds the page and its charts. */
    static HtmlReport build(ReportSubject subject, ReportOptions options) {
        HtmlReport r = new HtmlReport(subject, options);
        if (subject instanceof ReportSubject.Single s) {
            r.single(s.run());
        } else if (subject instanceof ReportSubject.Comparison c) {
            r.comparison(c);
        }
        return r;
    }

    /** The charts in page order. */
    List<Figure> figures() {
        return List.copyOf(figures);
    }

    String html() {
        String title = subject instanceof ReportSubject.Comparison c
                ? "Hermit comparison: " + c.b().scenario() + " against " + c.a().scenario()
                : "Hermit report: " + ((ReportSubject.Single) subject).run().scenario();
        StringBuilder toc = new StringBuilder("<nav aria-label=\"Contents\"><h2 id=\"contents\">Contents</h2><ol>");
        contents.forEach((id, heading) -> toc.append("<li><a href=\"#").append(id).append("\">")
                .append(Html.escape(heading)).append("</a></li>"));
        toc.append("</ol></nav>\n");
        String page = body.toString();
        int cut = page.indexOf("<!--contents-->");
        page = page.substring(0, cut) + toc + page.substring(cut + "<!--contents-->".length());
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<title>" + Html.escape(title) + "</title>\n<style>\n" + CSS + "</style>\n</head>\n<body>\n<main>\n"
                + page + "</main>\n</body>\n</html>\n";
    }

    // ---------------------------------------------------------------- single run

    private void single(RunOutput run) {
        Quantiles q = run.quantiles();
        int year = q.lastFullYear().orElse(0);
        body.append("<h1>").append(Html.escape("Hermit report: " + run.scenario())).append("</h1>\n");
        body.append("<p class=\"lede\">").append(Html.escape(lede(run))).append("</p>\n");
        body.append("<section class=\"brief\" aria-labelledby=\"in-brief\"><h2 id=\"in-brief\">In brief</h2><ul>\n");
        for (String sentence : headline(run, year)) {
            body.append("<li>").append(sentence).append("</li>\n");
        }
        body.append("</ul></section>\n");
        howToRead(run.metadata().runs(), false);
        body.append("<!--contents-->");

        section("revenue", "Where the hard currency comes from");
        List<Channel> channels = stackOrder(List.of(q));
        revenueFigure("revenue-by-channel", "Revenue by channel, " + run.scenario() + " (median run, per year)", q, channels, Double.NaN);
        revenueTable(q, year);

        section("treasury", "Treasury, currency and food");
        for (FanSpec spec : FanSpec.ALL) {
            fanFigure(spec, List.of(new FanLayer(run.scenario(), Hue.BLUE, q.monthly(spec.variable()), false)), run.metadata().runs(), q);
        }

        section("checks", "Checks against observed data");
        gdpFigure(List.of(new BandLayer(run.scenario(), Hue.BLUE, q.annual(GDP_GROWTH), false)));
        chinaTradeFigure("china-trade", "China's recorded trade with the DPRK, per year",
                List.of(new BandLayer("China's exports to the DPRK", Hue.BLUE, q.annual(CN_EXPORTS), false),
                        new BandLayer("China's imports from the DPRK", Hue.ORANGE, q.annual(CN_IMPORTS), false)),
                List.of(observedLayer(CN_EXPORTS, "observed exports", new Color(0x08, 0x30, 0x6b), 0, annualRange(q, CN_EXPORTS), q),
                        observedLayer(CN_IMPORTS, "observed imports", new Color(0x7f, 0x27, 0x04), 0, annualRange(q, CN_IMPORTS), q)));

        section("parameters", "Parameters and their sources");
        parametersIntro(run.metadata().runs() == 1);
        parameterTable(run.parameters(), "Parameters the run drew from", Map.of());

        section("metadata", "About this run");
        metadataTable(List.of(run));
    }

    // ---------------------------------------------------------------- comparison

    private void comparison(ReportSubject.Comparison c) {
        RunOutput a = c.a();
        RunOutput b = c.b();
        Quantiles d = c.difference();
        int year = b.quantiles().lastFullYear().orElse(0);
        String nameA = a.scenario();
        String nameB = b.scenario();
        body.append("<h1>").append(Html.escape("Hermit comparison: " + nameB + " against " + nameA)).append("</h1>\n");
        body.append("<p class=\"lede\">").append(Html.escape("Scenario " + nameB + " (B) compared with " + nameA
                + " (A). " + lede(b))).append("</p>\n");
        body.append("<section class=\"brief\" aria-labelledby=\"in-brief\"><h2 id=\"in-brief\">In brief</h2><ul>\n");
        for (String sentence : comparisonHeadline(a, b, d, year)) {
            body.append("<li>").append(sentence).append("</li>\n");
        }
        body.append("</ul></section>\n");
        howToRead(b.metadata().runs(), true);
        body.append("<!--contents-->");

        section("differences", "What changes: " + nameB + " minus " + nameA);
        body.append("<p>Each run of ").append(Html.escape(nameB)).append(" is paired with the run of ")
                .append(Html.escape(nameA)).append(" that drew the same parameters and random events, and the charts "
                        + "show the spread of these paired differences. Above zero: higher under ")
                .append(Html.escape(nameB)).append("; below zero: lower.</p>\n");
        differenceFigures(a, b, d);
        differenceTables(a, d, nameA, nameB);

        section("revenue", "Where the hard currency comes from");
        List<Channel> channels = stackOrder(List.of(a.quantiles(), b.quantiles()));
        double top = 1.05 * Math.max(stackMax(a.quantiles(), channels), stackMax(b.quantiles(), channels));
        revenueFigure("revenue-by-channel-a", "Revenue by channel, " + nameA + " (A, median run, per year)", a.quantiles(), channels, top);
        revenueFigure("revenue-by-channel-b", "Revenue by channel, " + nameB + " (B, median run, per year)", b.quantiles(), channels, top);

        section("treasury", "Treasury, currency and food");
        for (FanSpec spec : FanSpec.ALL) {
            fanFigure(spec, List.of(new FanLayer(nameA + " (A)", Hue.BLUE, a.quantiles().monthly(spec.variable()), false),
                    new FanLayer(nameB + " (B)", Hue.ORANGE, b.quantiles().monthly(spec.variable()), true)), b.metadata().runs(),
                    a.quantiles());
        }

        section("checks", "Checks against observed data");
        gdpFigure(List.of(new BandLayer(nameA + " (A)", Hue.BLUE, a.quantiles().annual(GDP_GROWTH), false),
                new BandLayer(nameB + " (B)", Hue.ORANGE, b.quantiles().annual(GDP_GROWTH), true)));
        for (String variable : List.of(CN_EXPORTS, CN_IMPORTS)) {
            chinaTradeFigure(variable.equals(CN_EXPORTS) ? "china-exports" : "china-imports",
                    Labels.variable(variable) + ", per year",
                    List.of(new BandLayer(nameA + " (A)", Hue.BLUE, a.quantiles().annual(variable), false),
                            new BandLayer(nameB + " (B)", Hue.ORANGE, b.quantiles().annual(variable), true)),
                    List.of(observedLayer(variable, "observed", Charts.OBSERVED, 0, annualRange(b.quantiles(), variable), b.quantiles())));
        }

        section("parameters", "Parameters and their sources");
        parametersIntro(a.metadata().runs() == 1);
        Map<String, RunOutput.Parameter> inB = new LinkedHashMap<>();
        b.parameters().forEach(p -> inB.put(p.id(), p));
        List<RunOutput.Parameter> differing = a.parameters().stream()
                .filter(p -> inB.containsKey(p.id()) && !sameValue(p, inB.get(p.id()))).toList();
        if (differing.isEmpty()) {
            body.append("<p>Both scenarios draw every parameter from the same distribution; they differ only in "
                    + "their policies and events.</p>\n");
        } else {
            Map<String, RunOutput.Parameter> other = new LinkedHashMap<>();
            differing.forEach(p -> other.put(p.id(), inB.get(p.id())));
            parameterTable(differing, "Parameters that differ between the scenarios (value in A, then in B)", other);
        }
        parameterTable(a.parameters(), "Parameters " + nameA + " (A) drew from", Map.of());

        section("metadata", "About these runs");
        metadataTable(List.of(a, b));
    }

    // ---------------------------------------------------------------- headline

    private static String lede(RunOutput run) {
        RunOutput.Metadata m = run.metadata();
        StringBuilder sb = new StringBuilder();
        sb.append("Scenario ").append(run.scenario());
        if (m.runs() > 0) {
            sb.append(", ").append(Formats.number(m.runs())).append(m.runs() == 1 ? " run" : " runs");
        }
        String start = field(m, "startMonth");
        String end = field(m, "endMonth");
        if (!start.isBlank() && !end.isBlank()) {
            sb.append(", ").append(start).append(" to ").append(end);
        }
        sb.append('.');
        String description = field(m, "description");
        if (!description.isBlank()) {
            sb.append(' ').append(description.strip()).append(description.strip().endsWith(".") ? "" : ".");
        }
        sb.append(" Simulated by Hermit, an open model of how the DPRK economy funds itself under sanctions.");
        return sb.toString();
    }

    /** Plain sentences with the year's medians and 90% ranges; HTML (numbers in bold). */
    private static List<String> headline(RunOutput run, int year) {
        Quantiles q = run.quantiles();
        List<String> out = new ArrayList<>();
        String revenue = q.annual(STATE_REVENUE, year).isPresent() ? STATE_REVENUE : GROSS_REVENUE;
        q.annual(revenue, year).ifPresent(a -> out.add("In " + year + " the state's hard-currency revenue"
                + (revenue.equals(GROSS_REVENUE) ? " (gross, before costs and shares kept abroad)" : "")
                + " is <strong>" + Html.escape(Labels.value(revenue, a.p50())) + "</strong> (90% of runs between "
                + Html.escape(range(revenue, a.p5(), a.p95())) + ")."));
        List<Channel> top = topChannels(q, year, 3);
        if (!top.isEmpty()) {
            List<String> parts = new ArrayList<>();
            for (Channel c : top) {
                double v = q.annual(Variables.get(Variables.revenue(c)).id(), year).orElseThrow().p50();
                parts.add(Html.escape(inSentence(Labels.channel(c))) + " (" + Html.escape(Formats.usd(v)) + ")");
            }
            out.add("Its largest sources in " + year + ", by median gross receipts, are " + join(parts) + ".");
        }
        q.annual(RESERVES, year).ifPresent(a -> out.add("The state's reserves at the end of " + year + ": <strong>"
                + Html.escape(Labels.value(RESERVES, a.p50())) + "</strong> (90% of runs between "
                + Html.escape(range(RESERVES, a.p5(), a.p95())) + ")."));
        Optional<Quantiles.Annual> kpw = q.annual(KPW_PER_USD, year);
        Optional<Quantiles.Annual> rice = q.annual(RICE, year);
        if (kpw.isPresent() || rice.isPresent()) {
            StringBuilder sb = new StringBuilder("On average over " + year + ", ");
            kpw.ifPresent(a -> sb.append("a US dollar buys <strong>").append(Html.escape(Formats.number(a.p50())))
                    .append(" won</strong> on the market (90% of runs: ").append(Html.escape(Formats.number(a.p5()) + " to "
                            + Formats.number(a.p95()))).append(")"));
            if (kpw.isPresent() && rice.isPresent()) {
                sb.append(" and ");
            }
            rice.ifPresent(a -> sb.append("a kilogram of rice costs <strong>").append(Html.escape(Formats.number(a.p50())))
                    .append(" won</strong> (90% of runs: ").append(Html.escape(Formats.number(a.p5()) + " to "
                            + Formats.number(a.p95()))).append(")"));
            out.add(sb.append('.').toString());
        }
        q.annual(FOOD_INSECURE, year).ifPresent(a -> out.add("About <strong>" + Html.escape(Labels.value(FOOD_INSECURE, a.p50()))
                + "</strong> eat below their food need in " + year + " (90% of runs between "
                + Html.escape(Formats.countWords(a.p5()) + " and " + Formats.countWords(a.p95())) + ")."));
        if (out.isEmpty()) {
            out.add("This run's output has none of the headline variables (" + STATE_REVENUE + ", " + RESERVES + ", "
                    + KPW_PER_USD + ", " + RICE + ", " + FOOD_INSECURE + ").");
        }
        return out;
    }

    private static List<String> comparisonHeadline(RunOutput a, RunOutput b, Quantiles d, int year) {
        List<String> out = new ArrayList<>();
        String nameA = Html.escape(a.scenario());
        String nameB = Html.escape(b.scenario());
        String revenue = b.quantiles().annual(STATE_REVENUE, year).isPresent() ? STATE_REVENUE : GROSS_REVENUE;
        for (String variable : List.of(revenue, RESERVES, KPW_PER_USD, RICE, FOOD_INSECURE)) {
            Optional<Quantiles.Annual> va = a.quantiles().annual(variable, year);
            Optional<Quantiles.Annual> vb = b.quantiles().annual(variable, year);
            Optional<Quantiles.Annual> vd = d.annual(variable, year);
            if (va.isEmpty() || vb.isEmpty() || vd.isEmpty()) {
                continue;
            }
            String what = switch (variable) {
                case STATE_REVENUE -> "the state's hard-currency revenue";
                case GROSS_REVENUE -> "gross hard-currency revenue";
                case RESERVES -> "the state's reserves at year end";
                case KPW_PER_USD -> "the won's market rate";
                case RICE -> "the price of rice";
                default -> "the number of people eating below their food need";
            };
            Quantiles.Annual diff = vd.get();
            double scale = Math.max(Math.max(Math.abs(diff.p5()), Math.abs(diff.p95())),
                    Math.max(Math.abs(va.get().p50()), Math.abs(vb.get().p50())));
            out.add("In " + year + ", " + what + " is <strong>" + Html.escape(Labels.value(variable, vb.get().p50()))
                    + "</strong> under " + nameB + " against " + Html.escape(Labels.value(variable, va.get().p50()))
                    + " under " + nameA + ": a paired difference of <strong>"
                    + Html.escape(signed(variable, negligibleAsZero(diff.p50(), scale)))
                    + "</strong> (90% of paired runs between " + Html.escape(signedRange(variable,
                    negligibleAsZero(diff.p5(), scale), negligibleAsZero(diff.p95(), scale))) + ").");
        }
        if (out.isEmpty()) {
            out.add("The outputs have none of the headline variables for " + year + ".");
        }
        return out;
    }

    private void howToRead(long runs, boolean comparison) {
        String n = runs > 0 ? Formats.number(runs) : "many";
        body.append("<section class=\"howto\" aria-labelledby=\"how-to-read\"><h2 id=\"how-to-read\">How to read this report</h2><dl>\n")
                .append("<dt>Many runs, not one forecast</dt><dd>Hermit ran the scenario ").append(n)
                .append(" times. Each run draws every uncertain number (prices, volumes, enforcement, heists) from its "
                        + "plausible range, so the runs together show how sure the model can be.</dd>\n")
                .append("<dt>Line and bands</dt><dd>The line is the median run (p50): half the runs lie above it, half "
                        + "below. <span class=\"swatch\" style=\"background:#6aa2cf\"></span> The darker band holds the "
                        + "middle half of the runs (p25 to p75); <span class=\"swatch\" style=\"background:#c6dcec\"></span> "
                        + "the lighter band holds 90% of them (p5 to p95).</dd>\n")
                .append("<dt>Observed data</dt><dd><span class=\"dot\"></span> Dots are what sources reported; a "
                        + "whisker spans the lowest to the highest figure given for that month or year. Where the dots "
                        + "fall inside the bands, the model agrees with the evidence.</dd>\n");
        if (comparison) {
            body.append("<dt>Two scenarios</dt><dd>Scenario A is drawn as a blue fan, scenario B as orange lines "
                    + "(its median solid, the edges of its 90% band dashed). Differences (purple) are B minus A, run "
                    + "by run: both scenarios use the same draws, so a difference shows the effect of the change "
                    + "alone.</dd>\n");
        }
        body.append("<dt>Numbers</dt><dd>$1.2bn is 1.2 billion US dollars, $350m is 350 million. Won (KPW) are "
                + "market prices, not the official rate.</dd>\n</dl></section>\n");
    }

    // ---------------------------------------------------------------- revenue

    /** Channels with revenue, largest first (by the sum of their medians over all years of all runs given). */
    private static List<Channel> stackOrder(List<Quantiles> outputs) {
        Map<Channel, Double> totals = new LinkedHashMap<>();
        for (Channel c : Channel.values()) {
            double sum = 0;
            for (Quantiles q : outputs) {
                for (Quantiles.Annual a : q.annual(Variables.get(Variables.revenue(c)).id())) {
                    sum += Math.max(0, a.p50());
                }
            }
            if (sum > 0) {
                totals.put(c, sum);
            }
        }
        List<Channel> order = new ArrayList<>(totals.keySet());
        order.sort(Comparator.comparingDouble((Channel c) -> totals.get(c)).reversed());
        return order;
    }

    private static List<StackLayer> stackLayers(Quantiles q, List<Channel> order) {
        List<StackLayer> layers = new ArrayList<>();
        Set<Integer> years = new TreeSet<>();
        for (Channel c : order) {
            q.annual(Variables.get(Variables.revenue(c)).id()).forEach(a -> years.add(a.year()));
        }
        boolean group = order.size() > STACKED_CHANNELS + 1;
        int own = group ? STACKED_CHANNELS : order.size();
        for (int i = 0; i < own; i++) {
            Channel c = order.get(i);
            layers.add(new StackLayer(Labels.channel(c), Charts.CATEGORICAL.get(i % Charts.CATEGORICAL.size()),
                    byYear(q, List.of(c), years)));
        }
        if (group) {
            layers.add(new StackLayer("Other channels (" + (order.size() - own) + ")", Charts.REST,
                    byYear(q, order.subList(own, order.size()), years)));
        }
        return layers;
    }

    private static Map<Integer, Double> byYear(Quantiles q, List<Channel> channels, Set<Integer> years) {
        Map<Integer, Double> out = new TreeMap<>();
        for (int y : years) {
            double sum = 0;
            for (Channel c : channels) {
                sum += q.annual(Variables.get(Variables.revenue(c)).id(), y).map(Quantiles.Annual::p50).orElse(0.0);
            }
            out.put(y, sum);
        }
        return out;
    }

    private static double stackMax(Quantiles q, List<Channel> order) {
        double max = 0;
        Map<Integer, Double> total = byYear(q, order, years(q, order));
        for (double v : total.values()) {
            max = Math.max(max, v);
        }
        return max;
    }

    private static Set<Integer> years(Quantiles q, List<Channel> order) {
        Set<Integer> years = new TreeSet<>();
        for (Channel c : order) {
            q.annual(Variables.get(Variables.revenue(c)).id()).forEach(a -> years.add(a.year()));
        }
        return years;
    }

    private void revenueFigure(String id, String title, Quantiles q, List<Channel> order, double upper) {
        if (order.isEmpty()) {
            missing("revenue by channel", "revenue_usd.<channel>");
            return;
        }
        List<StackLayer> layers = stackLayers(q, order);
        Set<Integer> years = years(q, order);
        int first = years.stream().min(Integer::compare).orElse(0);
        int last = years.stream().max(Integer::compare).orElse(0);
        StringBuilder desc = new StringBuilder("Stacked areas of each channel's median yearly gross revenue in US dollars, "
                + first + " to " + last + ". ");
        Map<Integer, Double> total = byYear(q, order, years);
        desc.append("The stack's top is ").append(Formats.usd(total.getOrDefault(first, 0.0))).append(" in ").append(first)
                .append(" and ").append(Formats.usd(total.getOrDefault(last, 0.0))).append(" in ").append(last)
                .append(". Largest channels over the period: ");
        List<String> names = new ArrayList<>();
        for (int i = 0; i < Math.min(3, order.size()); i++) {
            names.add(Labels.channel(order.get(i)));
        }
        desc.append(String.join(", ", names)).append('.');
        String caption = "Each coloured layer is one channel's median yearly revenue across the runs, stacked so that "
                + "the top edge is about the total (medians of parts do not add up exactly to the median total). "
                + "Gross receipts in US dollars, before costs and the shares kept by middlemen and workers."
                + (order.size() > STACKED_CHANNELS + 1 ? " The smallest channels are added together in grey." : "")
                + " The legend lists the layers from top to bottom.";
        addFigure(new Figure(id, Charts.stacked(title, "US dollars per year", Formats::usd, layers, upper),
                WIDTH, 480, desc.toString(), caption));
    }

    private void revenueTable(Quantiles q, int year) {
        List<Channel> channels = new ArrayList<>();
        double sum = 0;
        for (Channel c : Channel.values()) {
            Optional<Quantiles.Annual> a = q.annual(Variables.get(Variables.revenue(c)).id(), year);
            if (a.isPresent() && a.get().p95() > 0) {
                channels.add(c);
                sum += Math.max(0, a.get().p50());
            }
        }
        if (channels.isEmpty()) {
            return;
        }
        channels.sort(Comparator.comparingDouble((Channel c) ->
                q.annual(Variables.get(Variables.revenue(c)).id(), year).orElseThrow().p50()).reversed());
        body.append("<div class=\"table\"><table><caption>Revenue by channel in ").append(year)
                .append("</caption><thead><tr><th scope=\"col\">Channel</th><th scope=\"col\" class=\"num\">Median</th>"
                        + "<th scope=\"col\" class=\"num\">90% of runs</th><th scope=\"col\" class=\"num\">Share</th>"
                        + "<th scope=\"col\">What it is</th></tr></thead><tbody>\n");
        for (Channel c : channels) {
            Quantiles.Annual a = q.annual(Variables.get(Variables.revenue(c)).id(), year).orElseThrow();
            body.append("<tr><th scope=\"row\">").append(Html.escape(Labels.channel(c))).append("</th><td class=\"num\">")
                    .append(Html.escape(Formats.usd(a.p50()))).append("</td><td class=\"num\">")
                    .append(Html.escape(rangeCell(GROSS_REVENUE, a.p5(), a.p95()))).append("</td><td class=\"num\">")
                    .append(sum > 0 ? Html.escape(Formats.percent(100 * Math.max(0, a.p50()) / sum)) : "")
                    .append("</td><td>").append(Html.escape(c.description())).append("</td></tr>\n");
        }
        body.append("</tbody></table></div>\n<p class=\"muted\">Share: the channel's median as a part of the sum of all "
                + "channels' medians.</p>\n");
    }

    private static List<Channel> topChannels(Quantiles q, int year, int n) {
        List<Channel> with = new ArrayList<>();
        for (Channel c : Channel.values()) {
            q.annual(Variables.get(Variables.revenue(c)).id(), year).filter(a -> a.p50() > 0).ifPresent(a -> with.add(c));
        }
        with.sort(Comparator.comparingDouble((Channel c) ->
                q.annual(Variables.get(Variables.revenue(c)).id(), year).orElseThrow().p50()).reversed());
        return with.subList(0, Math.min(n, with.size()));
    }

    // ---------------------------------------------------------------- fans

    /** A monthly fan chart of one variable. */
    record FanSpec(String id, String variable, String title, boolean includeZero, String what) {
        static final List<FanSpec> ALL = List.of(
                new FanSpec("reserves", RESERVES, "State's hard-currency reserves, end of each month", true,
                        "the state treasury's hard-currency reserves"),
                new FanSpec("kpw-per-usd", KPW_PER_USD, "Market exchange rate: won per US dollar", false,
                        "the market exchange rate (won per US dollar; higher means a weaker won)"),
                new FanSpec("rice-price", RICE, "Market price of rice", false, "the market price of rice in won per kg"),
                new FanSpec("food-insecure", FOOD_INSECURE, "People eating below their food need", true,
                        "the number of people eating below their food need"));
    }

    private void fanFigure(FanSpec spec, List<FanLayer> layers, long runs, Quantiles reference) {
        List<FanLayer> present = layers.stream().filter(l -> !l.months().isEmpty()).toList();
        if (present.isEmpty()) {
            missing(spec.title().toLowerCase(java.util.Locale.ROOT), spec.variable());
            return;
        }
        int first = present.stream().mapToInt(l -> l.months().get(0).month()).min().orElseThrow();
        int last = present.stream().mapToInt(l -> l.months().get(l.months().size() - 1).month()).max().orElseThrow();
        int annualMonth = Variables.byId(spec.variable()).map(Variable::annual).orElse(Aggregation.MEAN) == Aggregation.LAST ? 12 : 7;
        ObservedLayer observed = observedLayer(spec.variable(), "observed", Charts.OBSERVED, annualMonth,
                new int[] {first, last}, reference);
        DoubleFunction<String> format = Formats.forUnit(Labels.unit(spec.variable()));
        var chart = Charts.monthlyFans(spec.title(), Labels.axis(spec.variable()), format, present,
                List.of(observed), spec.includeZero(), false, annualMonth, Charts.Runs.RUNS);
        StringBuilder desc = new StringBuilder("Fan chart of " + spec.what() + ", monthly from " + Months.format(first)
                + " to " + Months.format(last) + ". ");
        for (FanLayer l : present) {
            Quantiles.Monthly end = l.months().get(l.months().size() - 1);
            desc.append(present.size() > 1 ? l.name() + ": " : "").append("in ").append(Months.format(end.month()))
                    .append(" the median run is at ").append(Labels.value(spec.variable(), end.p50())).append(", 90% of runs between ")
                    .append(range(spec.variable(), end.p5(), end.p95())).append(". ");
        }
        desc.append(observedSentence(observed));
        String caption = "The line is the median run; the darker band holds the middle half of the "
                + (runs > 0 ? Formats.number(runs) + " runs" : "runs") + " and the lighter band 90% of them. "
                + (present.size() > 1 ? "The blue fan is " + present.get(0).name() + "; the orange lines are "
                        + present.get(1).name() + " (its median solid, the edges of its 90% band dashed). Where the "
                        + "orange lines follow the blue fan, the scenarios agree. " : "")
                + observedCaption(observed, annualMonth == 12 ? "December" : "mid-year")
                + (derivedFromShare(spec.variable()) && !observed.points().isEmpty()
                        ? " Sources give this as a share of the population; the dots turn the share into people with "
                                + "the run's own population." : "");
        addFigure(new Figure(spec.id(), chart, WIDTH, HEIGHT, desc.toString(), caption), spec.variable(), List.of(observed));
    }

    private void gdpFigure(List<BandLayer> layers) {
        List<BandLayer> present = layers.stream().filter(l -> !l.years().isEmpty()).toList();
        if (present.isEmpty()) {
            missing("GDP growth", GDP_GROWTH);
            return;
        }
        int[] span = span(present);
        ObservedLayer observed = observedLayer(GDP_GROWTH, "observed", Charts.OBSERVED, 0, span, Quantiles.EMPTY);
        var chart = Charts.annualBands("Real GDP growth per year", "percent change on the year before",
                Formats::percent, present, List.of(observed), false, true, Charts.Runs.RUNS);
        String desc = "Real GDP growth per calendar year, " + span[0] + " to " + span[1] + ", median run with the band "
                + "holding 90% of runs. " + observedSentence(observed);
        String caption = "Growth of real GDP over the calendar year (the December value of the 12-month growth rate). "
                + "The line with squares is the median run and the band holds 90% of the runs; the horizontal line "
                + "marks zero growth. " + overlaySentence(present) + observedCaption(observed, null);
        addFigure(new Figure("gdp-growth", chart, WIDTH, HEIGHT, desc, caption), GDP_GROWTH, List.of(observed));
    }

    private void chinaTradeFigure(String id, String title, List<BandLayer> layers, List<ObservedLayer> observed) {
        List<BandLayer> present = layers.stream().filter(l -> !l.years().isEmpty()).toList();
        if (present.isEmpty()) {
            missing(title.toLowerCase(java.util.Locale.ROOT), CN_EXPORTS + ", " + CN_IMPORTS);
            return;
        }
        int[] span = span(present);
        var chart = Charts.annualBands(title, "US dollars per year", Formats::usd, present, observed, true, false,
                Charts.Runs.RUNS);
        StringBuilder desc = new StringBuilder(title + ", " + span[0] + " to " + span[1] + ": ");
        for (BandLayer l : present) {
            Quantiles.Annual end = l.years().get(l.years().size() - 1);
            desc.append(l.name()).append(" median ").append(Formats.usd(end.p50())).append(" in ").append(end.year()).append("; ");
        }
        for (ObservedLayer o : observed) {
            desc.append(observedSentence(o)).append(' ');
        }
        boolean any = observed.stream().anyMatch(o -> !o.points().isEmpty());
        String caption = "China's customs records of its trade with the DPRK, per calendar year, in US dollars. Lines "
                + "with squares are median runs and the bands hold 90% of the runs. " + overlaySentence(present)
                + (any ? "Dots are the yearly totals Chinese customs reported, as sources quote them ("
                        + String.join("; ", observed.stream().filter(o -> !o.points().isEmpty())
                                .map(o -> Charts.sources(o.points())).toList())
                        + "); whiskers span the figures different sources gave."
                        : "The evidence has no yearly totals to compare with here.");
        // Both series are in US dollars, so either id formats the observed values.
        addFigure(new Figure(id, chart, WIDTH, HEIGHT, desc.toString().strip(), caption), CN_EXPORTS, observed);
    }

    /** For a comparison's annual chart: which scenario is the band and which the lines. */
    private static String overlaySentence(List<BandLayer> layers) {
        if (layers.size() < 2 || !layers.get(1).outlined()) {
            return "";
        }
        return "The blue band is " + layers.get(0).name() + "; the orange lines are " + layers.get(1).name()
                + " (its median solid, the edges of its 90% band dashed). ";
    }

    /**
     * The observed values of a variable that fall in the charted span.
     *
     * @param annualMonth 0 on a chart of years (only yearly values are drawn); else the month a yearly value is drawn
     *                    at on a chart of months
     * @param reference   the run whose population turns an observed share of hungry people into people
     */
    private ObservedLayer observedLayer(String variable, String label, Color colour, int annualMonth, int[] span,
                                        Quantiles reference) {
        List<ObservedPoint> points = new ArrayList<>();
        for (ObservedPoint p : observedPoints(variable, reference)) {
            if (annualMonth > 0) {
                int at = p.annual() ? Months.of(p.period(), annualMonth) : p.period();
                if (at >= span[0] && at <= span[1]) {
                    points.add(p);
                }
            } else if (p.annual() && p.period() >= span[0] && p.period() <= span[1]) {
                points.add(p);
            }
        }
        String sources = Charts.sources(points);
        return new ObservedLayer(sources.isEmpty() ? label : label + " (" + sources + ")", colour, points);
    }

    private List<ObservedPoint> observedPoints(String variable, Quantiles reference) {
        List<ObservedPoint> direct = options.observed().of(variable);
        if (!direct.isEmpty() || !variable.equals(FOOD_INSECURE)) {
            return direct;
        }
        // The evidence counts hunger as a share of the population. The run's own people-to-share ratio in that year
        // (its population, an input) turns the share into people.
        List<ObservedPoint> derived = new ArrayList<>();
        for (ObservedPoint p : options.observed().of(FOOD_INSECURE_SHARE)) {
            Optional<Quantiles.Annual> people = reference.annual(FOOD_INSECURE, p.year());
            Optional<Quantiles.Annual> share = reference.annual(FOOD_INSECURE_SHARE, p.year());
            if (people.isPresent() && share.isPresent() && share.get().p50() > 0) {
                double population = people.get().p50() / share.get().p50();
                derived.add(new ObservedPoint(p.annual(), p.period(), p.value() * population, p.low() * population,
                        p.high() * population, p.source()));
            }
        }
        return derived;
    }

    private boolean derivedFromShare(String variable) {
        return variable.equals(FOOD_INSECURE) && options.observed().of(FOOD_INSECURE).isEmpty()
                && !options.observed().of(FOOD_INSECURE_SHARE).isEmpty();
    }

    private static String observedSentence(ObservedLayer o) {
        if (o.points().isEmpty()) {
            return "No observed values to compare with.";
        }
        return o.points().size() + " observed values are drawn as dots (" + Charts.sources(o.points()) + ").";
    }

    private static String observedCaption(ObservedLayer o, String annualPlacement) {
        if (o.points().isEmpty()) {
            return "The evidence has no observed values of this series in the simulated period, so there is nothing "
                    + "to check it against here.";
        }
        boolean annual = o.points().stream().anyMatch(ObservedPoint::annual);
        return "Dots are observed values (" + Charts.sources(o.points()) + "); a whisker spans the lowest to the "
                + "highest figure sources gave" + (annual && annualPlacement != null
                        ? ", and a yearly figure is drawn at " + annualPlacement : "") + ".";
    }

    private static int[] span(List<BandLayer> layers) {
        int first = layers.stream().mapToInt(l -> l.years().get(0).year()).min().orElseThrow();
        int last = layers.stream().mapToInt(l -> l.years().get(l.years().size() - 1).year()).max().orElseThrow();
        return new int[] {first, last};
    }

    private static int[] annualRange(Quantiles q, String variable) {
        List<Quantiles.Annual> years = q.annual(variable);
        return years.isEmpty() ? new int[] {0, -1} : new int[] {years.get(0).year(), years.get(years.size() - 1).year()};
    }

    // ---------------------------------------------------------------- differences

    private void differenceFigures(RunOutput a, RunOutput b, Quantiles d) {
        String nameA = a.scenario();
        String nameB = b.scenario();
        OptionalInt firstChange = firstDifferentMonth(d);
        // Years in which the scenarios are identical would only squeeze the change into a corner of each chart.
        int from = firstChange.isPresent() ? Months.of(Months.year(firstChange.getAsInt()) - 2, 1) : Integer.MIN_VALUE;
        if (firstChange.isPresent()) {
            body.append("<p>Until ").append(Html.escape(Months.format(firstChange.getAsInt())))
                    .append(" both scenarios are the same, so the charts start two years before that.</p>\n");
        } else {
            body.append("<p>The two scenarios give the same results in every month: every paired difference is zero.</p>\n");
        }
        String revenue = d.annual(STATE_REVENUE).isEmpty() ? GROSS_REVENUE : STATE_REVENUE;
        int fromYear = from == Integer.MIN_VALUE ? Integer.MIN_VALUE : Months.year(from);
        List<Quantiles.Annual> revenueDiff = d.annual(revenue).stream().filter(y -> y.year() >= fromYear).toList();
        if (revenueDiff.isEmpty()) {
            missing("the difference in revenue", revenue);
        } else {
            String title = Labels.variable(revenue) + " per year: " + nameB + " minus " + nameA;
            var chart = Charts.annualBands(title, "difference, US dollars per year", signedFormat(revenue),
                    List.of(new BandLayer("B - A", Hue.PURPLE, revenueDiff, false)), List.of(), false, true,
                    Charts.Runs.PAIRED);
            Quantiles.Annual end = revenueDiff.get(revenueDiff.size() - 1);
            String desc = "Paired difference in " + Labels.variable(revenue).toLowerCase(java.util.Locale.ROOT)
                    + ", " + nameB + " minus " + nameA + ", per year from " + revenueDiff.get(0).year() + "; in "
                    + end.year() + " the median difference is " + signed(revenue, negligibleAsZero(end.p50(),
                    Math.max(Math.abs(end.p5()), Math.abs(end.p95())))) + ", 90% of paired runs "
                    + "between " + signedRange(revenue, end.p5(), end.p95()) + ".";
            String caption = "Yearly revenue under " + nameB + " minus that under " + nameA + ", run by run. The line "
                    + "is the median difference and the band holds 90% of the paired runs; below the zero line "
                    + nameB + " earns less.";
            addFigure(new Figure("diff-revenue", chart, WIDTH, HEIGHT, desc, caption));
        }
        for (FanSpec spec : FanSpec.ALL) {
            List<Quantiles.Monthly> months = d.monthly(spec.variable()).stream().filter(m -> m.month() >= from).toList();
            if (months.isEmpty()) {
                missing("the difference in " + spec.title().toLowerCase(java.util.Locale.ROOT), spec.variable());
                continue;
            }
            String title = spec.title() + ": " + nameB + " minus " + nameA;
            var chart = Charts.monthlyFans(title, "difference, " + Labels.axis(spec.variable()),
                    signedFormat(spec.variable()), List.of(new FanLayer("B - A", Hue.PURPLE, months, false)), List.of(),
                    false, true, 7, Charts.Runs.PAIRED);
            Quantiles.Monthly end = months.get(months.size() - 1);
            String desc = "Fan chart of the paired difference in " + spec.what() + ", " + nameB + " minus " + nameA
                    + ", monthly from " + Months.format(months.get(0).month()) + ". In " + Months.format(end.month())
                    + " the median difference is " + signed(spec.variable(), negligibleAsZero(end.p50(),
                    Math.max(Math.abs(end.p5()), Math.abs(end.p95())))) + ", 90% of paired runs between "
                    + signedRange(spec.variable(), end.p5(), end.p95()) + ".";
            String caption = "How much " + spec.what() + " differs between the paired runs, month by month. The line "
                    + "is the median difference, the darker band the middle half of the paired runs and the lighter "
                    + "band 90%; above the zero line it is higher under " + nameB + ".";
            addFigure(new Figure("diff-" + spec.id(), chart, WIDTH, HEIGHT, desc, caption));
        }
    }

    /** The first month in which some quantile of some paired difference is not zero (ledger checks left out). */
    static OptionalInt firstDifferentMonth(Quantiles d) {
        int first = Integer.MAX_VALUE;
        for (Map.Entry<String, List<Quantiles.Monthly>> e : d.monthly().entrySet()) {
            if (e.getKey().startsWith("ledger_imbalance")) {
                continue;
            }
            for (Quantiles.Monthly m : e.getValue()) {
                if (m.p5() != 0 || m.p50() != 0 || m.p95() != 0) {
                    first = Math.min(first, m.month());
                    break;
                }
            }
        }
        return first == Integer.MAX_VALUE ? OptionalInt.empty() : OptionalInt.of(first);
    }

    private void differenceTables(RunOutput a, Quantiles d, String nameA, String nameB) {
        List<Integer> years = options.years().isEmpty() ? defaultYears(d) : options.years();
        for (int year : years) {
            List<DifferenceRow> rows = largestDifferences(a.quantiles(), d, year);
            body.append("<div class=\"table\"><table class=\"differences\"><caption>Largest differences in ").append(year)
                    .append(": ").append(Html.escape(nameB)).append(" minus ").append(Html.escape(nameA))
                    .append(" (by size relative to ").append(Html.escape(nameA)).append(")</caption>")
                    .append("<thead><tr><th scope=\"col\">Variable</th><th scope=\"col\" class=\"num\">")
                    .append(Html.escape(nameA)).append(" (median)</th><th scope=\"col\" class=\"num\">Difference (median)</th>"
                            + "<th scope=\"col\" class=\"num\">90% of paired runs</th><th scope=\"col\" class=\"num\">Change</th>"
                            + "</tr></thead><tbody>\n");
            if (rows.isEmpty()) {
                body.append("<tr><td colspan=\"5\">No variable differs in ").append(year).append(".</td></tr>\n");
            }
            for (DifferenceRow r : rows) {
                // Numbers only in the cells, the unit once beside the variable's name, so the columns stay narrow.
                String v = r.variable();
                String unit = Labels.suffix(v).strip();
                body.append("<tr><th scope=\"row\">").append(Html.escape(Labels.variable(v)))
                        .append(unit.isEmpty() ? "" : " <span class=\"muted\">(" + Html.escape(unit) + ")</span>")
                        .append("<br><code class=\"muted\">").append(Html.escape(v)).append("</code></th><td class=\"num\">")
                        .append(Double.isNaN(r.a()) ? "" : Html.escape(Labels.number(v, r.a())))
                        .append("</td><td class=\"num\">").append(Html.escape(differenceNumber(v, r.diff().p50())))
                        .append("</td><td class=\"num\">").append(Html.escape(differenceNumber(v, r.diff().p5())
                                + " to " + differenceNumber(v, r.diff().p95())))
                        .append("</td><td class=\"num\">").append(Double.isNaN(r.relative()) ? ""
                                : Html.escape((r.relative() > 0 ? "+" : "") + Formats.percent(100 * r.relative())))
                        .append("</td></tr>\n");
            }
            body.append("</tbody></table></div>\n");
        }
        body.append("<p class=\"muted\">Change: the median difference as a share of ").append(Html.escape(nameA))
                .append("'s median. pp: percentage points, the difference of two rates or shares (growth of 3% against "
                        + "5% differs by -2 pp).</p>\n");
    }

    /** One row of the differences table; relative is the median difference over A's median (NaN when A is zero). */
    record DifferenceRow(String variable, double a, Quantiles.Annual diff, double relative, double score) {}

    /** Variables ranked by how large their median difference is next to A's value (ledger checks left out). */
    static List<DifferenceRow> largestDifferences(Quantiles a, Quantiles d, int year) {
        List<DifferenceRow> rows = new ArrayList<>();
        for (String variable : new TreeSet<>(d.annual().keySet())) {
            if (variable.startsWith("ledger_imbalance")) {
                continue;
            }
            Optional<Quantiles.Annual> diff = d.annual(variable, year);
            if (diff.isEmpty() || diff.get().p50() == 0) {
                continue;
            }
            double va = a.annual(variable, year).map(Quantiles.Annual::p50).orElse(Double.NaN);
            double dm = diff.get().p50();
            double scale = Double.isNaN(va) ? Math.abs(dm) : Math.max(Math.abs(va), Math.abs(va + dm));
            double score = scale == 0 ? 0 : Math.abs(dm) / scale;
            // A change of a rate or a share is read in points, which the difference column already shows.
            boolean rate = Labels.unit(variable).equals("%") || Labels.unit(variable).equals("share");
            double relative = rate || Double.isNaN(va) || va == 0 ? Double.NaN : dm / Math.abs(va);
            rows.add(new DifferenceRow(variable, va, diff.get(), relative, score));
        }
        rows.sort(Comparator.comparingDouble(DifferenceRow::score).reversed().thenComparing(DifferenceRow::variable));
        return rows.subList(0, Math.min(DIFFERENCE_ROWS, rows.size()));
    }

    /** The first year in which some median difference is not zero, and the last year. */
    static List<Integer> defaultYears(Quantiles d) {
        TreeSet<Integer> all = new TreeSet<>();
        TreeSet<Integer> differing = new TreeSet<>();
        d.annual().forEach((variable, years) -> {
            for (Quantiles.Annual y : years) {
                all.add(y.year());
                if (!variable.startsWith("ledger_imbalance") && y.p50() != 0) {
                    differing.add(y.year());
                }
            }
        });
        if (all.isEmpty()) {
            return List.of();
        }
        int last = all.last();
        Integer first = differing.isEmpty() ? null : differing.first();
        return first == null || first == last ? List.of(last) : List.of(first, last);
    }

    // ---------------------------------------------------------------- parameters and metadata

    private static boolean sameValue(RunOutput.Parameter p, RunOutput.Parameter q) {
        return p.distribution().equals(q.distribution())
                && (Double.compare(p.central(), q.central()) == 0);
    }

    /** How to read the parameter table: what each column holds and what the distributions' names mean. */
    private void parametersIntro(boolean singleRun) {
        body.append("<p>Every number the model takes as given. <em>Central value</em> is the best estimate")
                .append(singleRun ? ", which this single run used" : "")
                .append("; <em>Uncertainty</em> is the range ").append(singleRun ? "an ensemble draws" : "each run drew")
                .append(" the value from: <code>pert(min, most likely, max)</code> and "
                        + "<code>triangular(min, most likely, max)</code> stay between min and max and favour the most "
                        + "likely value, <code>uniform(min, max)</code> favours none, <code>normal(mean, sd)</code> and "
                        + "<code>lognormal(median, sigma)</code> are bell curves (lognormal on a log scale), and "
                        + "<code>fixed(x)</code> is not varied. <em>Sources</em> link to the published figure behind the "
                        + "number (file, series and period of the evidence bundled with Hermit); where no source gives "
                        + "the number, the assumption says why it was chosen.</p>\n");
    }

    private void parameterTable(List<RunOutput.Parameter> parameters, String caption, Map<String, RunOutput.Parameter> inB) {
        if (parameters.isEmpty()) {
            body.append("<p class=\"missing\">run.json lists no parameters.</p>\n");
            return;
        }
        body.append("<div class=\"table\"><table class=\"parameters\"><caption>").append(Html.escape(caption)).append(" (")
                .append(parameters.size()).append(")</caption>")
                .append("<colgroup><col class=\"name\"><col class=\"unit\"><col class=\"central\"><col class=\"prior\">"
                        + "<col class=\"sources\"></colgroup>")
                .append("<thead><tr><th scope=\"col\">Parameter</th>"
                        + "<th scope=\"col\">Unit</th><th scope=\"col\" class=\"num\">Central value</th>"
                        + "<th scope=\"col\">Uncertainty</th><th scope=\"col\">Sources</th></tr></thead><tbody>\n");
        for (RunOutput.Parameter p : parameters) {
            RunOutput.Parameter b = inB.get(p.id());
            body.append("<tr><td class=\"id\">");
            if (!p.description().isBlank()) {
                body.append(Html.escape(p.description())).append("<br>");
            }
            body.append("<code>").append(breakable(p.id())).append("</code></td><td>").append(breakable(p.unit()))
                    .append("</td><td class=\"num\">").append(Html.escape(central(p)));
            if (b != null) {
                body.append("<br>B: ").append(Html.escape(central(b)));
            }
            body.append("</td><td>").append(Html.escape(groupDigits(p.distribution()))).append(originNote(p));
            if (b != null) {
                body.append("<br>B: ").append(Html.escape(groupDigits(b.distribution()))).append(originNote(b));
            }
            body.append("</td><td class=\"src\">");
            sources(p);
            body.append("</td></tr>\n");
        }
        body.append("</tbody></table></div>\n");
    }

    /** A central value as given: 22,000,000 or 0.035; a year (2017.375) without a thousands separator. */
    static String central(RunOutput.Parameter p) {
        if (Double.isNaN(p.central())) {
            return "";
        }
        return p.unit().equals("year") ? Formats.plain(p.central()) : Formats.exact(p.central());
    }

    /**
     * Escaped text that a narrow column may break after a dot or a slash (ids such as
     * treasury.strategic_inputs_usd_per_year, units such as share/month) rather than inside a word.
     */
    static String breakable(String text) {
        return Html.escape(text).replaceAll("([./])(?=\\w)", "$1<wbr>");
    }

    /** Where a distribution came from, when not the registry's prior. */
    private static String originNote(RunOutput.Parameter p) {
        return switch (p.origin()) {
            case "scenario" -> " <span class=\"muted\">(set by the scenario)</span>";
            case "posterior" -> " <span class=\"muted\">(from the calibration's posterior)</span>";
            default -> "";
        };
    }

    private void sources(RunOutput.Parameter p) {
        if (!p.sources().isEmpty()) {
            body.append("<ul>");
            for (RunOutput.Source s : p.sources()) {
                String label = breakable(s.file() + " · " + s.series() + (s.period().isBlank() ? "" : " · " + s.period()));
                body.append("<li>");
                if (Html.isWebAddress(s.url())) {
                    body.append("<a href=\"").append(Html.escape(s.url())).append("\">").append(label).append("</a>");
                } else {
                    body.append(label);
                }
                if (!s.note().isBlank()) {
                    body.append(" <span class=\"note\">(").append(Html.escape(s.note())).append(")</span>");
                }
                body.append("</li>");
            }
            body.append("</ul>");
        }
        if (!p.assumption().isBlank()) {
            body.append("<p style=\"margin:0.2em 0\"><strong>Assumption:</strong> ").append(Html.escape(p.assumption())).append("</p>");
        }
    }

    private static final Map<String, String> META_LABELS = Map.ofEntries(
            Map.entry("scenario", "Scenario"), Map.entry("origin", "Scenario file"),
            Map.entry("scenarioHash", "Scenario hash"), Map.entry("description", "Scenario in brief"),
            Map.entry("seed", "Master seed"), Map.entry("runs", "Runs"), Map.entry("threads", "Threads"),
            Map.entry("version", "Hermit version"), Map.entry("startMonth", "First month"),
            Map.entry("endMonth", "Last month"), Map.entry("created", "Created"),
            Map.entry("timings.runSeconds", "Time running the model (seconds)"),
            Map.entry("timings.writeSeconds", "Time writing the outputs (seconds)"),
            Map.entry("timings.totalSeconds", "Time in all (seconds)"),
            Map.entry("timings.runsComputed", "Runs computed"),
            Map.entry("timings.runsResumed", "Runs taken from an interrupted sweep"),
            Map.entry("parameterMode", "Parameters"), Map.entry("posterior", "Posterior file"),
            Map.entry("seriesRuns", "Runs with full series in series.csv"),
            Map.entry("exactQuantiles", "Exact quantiles (else t-digest estimates)"), Map.entry("files", "Files"));

    private void metadataTable(List<RunOutput> runs) {
        Set<String> keys = new LinkedHashSet<>();
        for (RunOutput r : runs) {
            r.metadata().fields().forEach(f -> keys.add(f.key()));
        }
        body.append("<div class=\"table\"><table class=\"metadata\"><caption>From run.json").append(runs.size() > 1 ? " of each run" : "")
                .append("</caption><thead><tr><th scope=\"col\">Fact</th>");
        for (RunOutput r : runs) {
            body.append("<th scope=\"col\">").append(Html.escape(runs.size() > 1 ? r.scenario() : "Value")).append("</th>");
        }
        body.append("</tr></thead><tbody>\n");
        for (String key : keys) {
            body.append("<tr><th scope=\"row\">").append(Html.escape(metaLabel(key))).append("</th>");
            for (RunOutput r : runs) {
                body.append("<td class=\"metaval\">").append(Html.escape(field(r.metadata(), key))).append("</td>");
            }
            body.append("</tr>\n");
        }
        body.append("<tr><th scope=\"row\">Folder</th>");
        for (RunOutput r : runs) {
            body.append("<td>").append(Html.escape(r.name())).append("</td>");
        }
        body.append("</tr>\n</tbody></table></div>\n");
    }

    /** A known key's name, else the key in words: "timings.gcSeconds" becomes "Timings: gc seconds". */
    static String metaLabel(String key) {
        String known = META_LABELS.get(key);
        if (known != null) {
            return known;
        }
        String words = key.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT)
                .replace('_', ' ').replace(".", ": ");
        return words.isEmpty() ? key : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** Long whole numbers in a distribution's text with thousands separators: pert(18,000,000, 22,000,000, ...). */
    static String groupDigits(String text) {
        // 2.0E-4 reads 0.0002: an exponent means nothing to most readers.
        java.util.regex.Matcher e = java.util.regex.Pattern.compile("(?<![\\w.])-?\\d+(\\.\\d+)?E-?\\d+").matcher(text);
        StringBuilder plain = new StringBuilder();
        while (e.find()) {
            e.appendReplacement(plain, Formats.plain(Double.parseDouble(e.group())));
        }
        e.appendTail(plain);
        text = plain.toString();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?<![\\d.])\\d{5,}(?![\\d.])").matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sb, Formats.exact(Double.parseDouble(m.group())));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    private static String field(RunOutput.Metadata m, String key) {
        return m.fields().stream().filter(f -> f.key().equals(key)).map(RunOutput.Field::value).findFirst().orElse("");
    }

    // ---------------------------------------------------------------- page pieces

    private void section(String id, String heading) {
        contents.put(id, heading);
        body.append("<h2 id=\"").append(id).append("\">").append(Html.escape(heading)).append("</h2>\n");
    }

    private void addFigure(Figure f) {
        addFigure(f, "", List.of());
    }

    /** A figure and, below its caption, a list of the observed values drawn on it with their full sources. */
    private void addFigure(Figure f, String variable, List<ObservedLayer> observed) {
        figures.add(f);
        body.append("<figure id=\"fig-").append(f.id()).append("\">\n").append(f.inlineSvg()).append("\n<figcaption>")
                .append(Html.escape(f.caption())).append("</figcaption>\n");
        for (ObservedLayer layer : observed) {
            if (layer.points().isEmpty()) {
                continue;
            }
            body.append("<details><summary>").append(Html.escape(layer.label().startsWith("observed")
                            ? "The " + layer.points().size() + " observed values drawn" : layer.label()))
                    .append(observed.size() > 1 ? " (" + Html.escape(layer.label().split(" \\(")[0]) + ")" : "")
                    .append("</summary>\n<div class=\"table\"><table><thead><tr><th scope=\"col\">Period</th><th scope=\"col\" class=\"num\">Value</th>"
                            + "<th scope=\"col\" class=\"num\">Lowest to highest</th><th scope=\"col\">Source</th></tr></thead><tbody>\n");
            List<ObservedPoint> sorted = new ArrayList<>(layer.points());
            sorted.sort(Comparator.comparingInt(ObservedPoint::year).thenComparing(ObservedPoint::annual)
                    .thenComparingInt(ObservedPoint::period));
            for (ObservedPoint p : sorted) {
                body.append("<tr><td>").append(p.annual() ? Integer.toString(p.period()) : Months.format(p.period()))
                        .append("</td><td class=\"num\">").append(Html.escape(Labels.value(variable, p.value())))
                        .append("</td><td class=\"num\">").append(p.low() == p.high() ? ""
                                : Html.escape(rangeCell(variable, p.low(), p.high())))
                        .append("</td><td>").append(Html.escape(p.source())).append("</td></tr>\n");
            }
            body.append("</tbody></table></div></details>\n");
        }
        body.append("</figure>\n");
    }

    private void missing(String what, String variable) {
        body.append("<p class=\"missing\">No chart of ").append(Html.escape(what)).append(": the output has no ")
                .append(Html.escape(variable)).append(".</p>\n");
    }

    /** "$1.5bn and $2.7bn", "29,900 and 90,400 won per US dollar" for "between ... and ...". */
    private static String range(String variable, double lo, double hi) {
        return Labels.number(variable, lo) + " and " + Labels.number(variable, hi) + Labels.suffix(variable);
    }

    /** "$1.5bn to $2.7bn" for a table cell. */
    private static String rangeCell(String variable, double lo, double hi) {
        return Labels.number(variable, lo) + " to " + Labels.number(variable, hi) + Labels.suffix(variable);
    }

    /**
     * Zero for a value that is floating-point noise next to the numbers it is read with (a median difference of
     * 5e-11 people beside differences of thousands), so that a sentence says "0 people", not "+0.0000000000525 people".
     */
    static double negligibleAsZero(double v, double scale) {
        return Math.abs(v) <= 1e-9 * Math.abs(scale) ? 0.0 : v;
    }

    /** A difference of a variable in a table cell; rates and shares differ in percentage points: "-1.9 pp". */
    static String differenceNumber(String variable, double v) {
        String unit = Labels.unit(variable);
        String number = Labels.number(variable, v);
        return plus(v) + (unit.equals("%") || unit.equals("share") ? number.replace("%", " pp") : number);
    }

    /** A difference with its sign: "+$120m", "-1,500 won per US dollar". */
    static String signed(String variable, double v) {
        return plus(v) + Labels.value(variable, v);
    }

    /** Two differences for "between ... and ...": "-$146m and -$21.8m", "+441 and +2,950 won per kg". */
    static String signedRange(String variable, double lo, double hi) {
        return plus(lo) + Labels.number(variable, lo) + " and " + plus(hi) + Labels.number(variable, hi)
                + Labels.suffix(variable);
    }

    /** Two differences for a table cell. */
    static String signedCell(String variable, double lo, double hi) {
        return plus(lo) + Labels.number(variable, lo) + " to " + plus(hi) + Labels.number(variable, hi)
                + Labels.suffix(variable);
    }

    private static String plus(double v) {
        return v > 0 ? "+" : "";
    }

    private static DoubleFunction<String> signedFormat(String variable) {
        DoubleFunction<String> base = Formats.forUnit(Labels.unit(variable));
        return v -> v > 0 ? "+" + base.apply(v) : base.apply(v);
    }

    /** A name inside a sentence: "crypto theft", but "IT workers" keeps its capitals. */
    static String inSentence(String name) {
        if (name.length() > 1 && Character.isUpperCase(name.charAt(0)) && !Character.isUpperCase(name.charAt(1))) {
            return Character.toLowerCase(name.charAt(0)) + name.substring(1);
        }
        return name;
    }

    private static String join(List<String> parts) {
        if (parts.size() <= 1) {
            return String.join("", parts);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
    }
}
