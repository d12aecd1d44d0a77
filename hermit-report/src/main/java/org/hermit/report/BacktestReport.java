package org.hermit.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.DoubleFunction;
import org.hermit.model.time.Months;
import org.hermit.report.Charts.BandLayer;
import org.hermit.report.Charts.FanLayer;
import org.hermit.report.Charts.Hue;
import org.hermit.report.Charts.ObservedLayer;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;

/**
 * The charts and page of a backtest: per scored series, the ensemble's fan (or annual bands) from the start of the run
 * with the observations before the cut-off in grey, those after it in black, and the cut-off as a dashed line; and
 * DIR/backtest.html, one self-contained page with the score table and every chart inline.
 */
public final class BacktestReport {
    public static final String PAGE = "backtest.html";
    public static final String CHARTS_DIR = "charts";
    static final int WIDTH = 900;
    static final int HEIGHT = 420;
    private static final Color BEFORE = new Color(0x99, 0x99, 0x99);
    private static final Color CUTOFF = new Color(0xb3, 0x00, 0x00);

    private static final String CSS = """
            :root { color-scheme: light; }
            body { margin: 0; background: #fff; color: #1a1a1a;
                   font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
            main { max-width: 1000px; margin: 0 auto; padding: 16px 24px 64px; }
            h1 { font-size: 1.8rem; line-height: 1.2; margin: 0.4em 0 0.2em; }
            h2 { font-size: 1.35rem; margin: 2em 0 0.4em; padding-top: 0.4em; border-top: 2px solid #08519c; }
            .lede { color: #444; margin-top: 0; }
            figure { margin: 22px 0 30px; }
            svg.chart { display: block; width: 100%; height: auto; border: 1px solid #e4e4e4; border-radius: 4px; }
            figcaption { color: #333; font-size: 0.95rem; margin-top: 8px; }
            div.table { overflow-x: auto; }
            table { border-collapse: collapse; width: 100%; font-size: 0.92rem; margin: 10px 0 20px; }
            caption { text-align: left; font-weight: 600; padding: 6px 0; font-size: 1rem; }
            th, td { text-align: left; padding: 5px 8px; border-bottom: 1px solid #dcdcdc; vertical-align: top; }
            thead th { border-bottom: 2px solid #888; background: #f4f4f4; }
            td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
            tr.all td { font-weight: 600; }
            dt { font-weight: 600; margin-top: 0.4em; }
            dd { margin: 0 0 0.3em 0; }
            a { color: #0b4f9c; }
            """;

    private BacktestReport() {}

    /**
     * One scored series as a chart draws it.
     *
     * @param label      the series' label in the score table and the chart file's name (e.g. kpw_per_usd,
     *                   cn_exports_to_dprk_usd@monthly)
     * @param variableId the output variable simulating it
     * @param annual     true to draw annual bands and annual observations, false for a monthly fan
     * @param monthly    the ensemble's monthly quantiles to draw (used when not annual)
     * @param years      the ensemble's annual quantiles to draw (used when annual)
     * @param before     observations at or before the cut-off
     * @param after      observations after it, the ones scored
     */
    public record SeriesChart(String label, String variableId, boolean annual, List<Quantiles.Monthly> monthly,
                              List<Quantiles.Annual> years, List<ObservedPoint> before, List<ObservedPoint> after) {
        public SeriesChart {
            monthly = List.copyOf(monthly);
            years = List.copyOf(years);
            before = List.copyOf(before);
            after = List.copyOf(after);
        }
    }

    /** A table of text cells; the columns in numeric are right-aligned, and a row whose second cell is "all" is bold. */
    public record Table(String caption, List<String> header, List<List<String>> rows, Set<Integer> numeric) {
        public Table {
            header = List.copyOf(header);
            rows = rows.stream().map(List::copyOf).toList();
            numeric = Set.copyOf(numeric);
        }
    }

    /**
     * What the page says besides the charts.
     *
     * @param title   the page's title and heading
     * @param lede    one paragraph under the heading: what was run and how
     * @param terms   how to read the table: pairs of term and explanation
     * @param tables  the score table, then any others (the calibration's generations)
     * @param notes   further paragraphs (series left out, out-of-range observations)
     */
    public record Page(String title, String lede, List<String[]> terms, List<Table> tables, List<String> notes) {
        public Page {
            terms = List.copyOf(terms);
            tables = List.copyOf(tables);
            notes = List.copyOf(notes);
        }
    }

    /** The chart of one series with the cut-off marked. */
    public static Figure figure(SeriesChart s, int cutoffMonth, boolean fitted) {
        String unit = Labels.unit(s.variableId());
        DoubleFunction<String> format = Formats.forUnit(unit);
        boolean includeZero = unit.equals("USD") || unit.equals("persons") || unit.equals("t");
        boolean zeroLine = unit.equals("%");
        String beforeLabel = fitted ? "observed, used for the fit" : "observed before the cut-off";
        List<ObservedLayer> observed = List.of(
                new ObservedLayer(beforeLabel, BEFORE, s.before()),
                new ObservedLayer("observed after the cut-off (scored)", Charts.OBSERVED, s.after()));
        String title = Labels.variable(s.variableId()) + (s.annual() ? ", by year" : ", by month");
        JFreeChart chart;
        double cutoffX;
        if (s.annual()) {
            chart = Charts.annualBands(title, Labels.axis(s.variableId()), format,
                    List.of(new BandLayer("forecast", Hue.BLUE, s.years(), false)), observed, includeZero, zeroLine,
                    Charts.Runs.RUNS);
            // Years sit at their integers; the end of the cut-off month lies this far into its year.
            cutoffX = Months.year(cutoffMonth) + Months.monthOfYear(cutoffMonth) / 12.0 - 0.5;
        } else {
            chart = Charts.monthlyFans(title, Labels.axis(s.variableId()), format,
                    List.of(new FanLayer("forecast", Hue.BLUE, s.monthly(), false)), observed, includeZero, zeroLine, 7,
                    Charts.Runs.RUNS);
            cutoffX = Charts.millis(cutoffMonth + 1);
        }
        ValueMarker marker = new ValueMarker(cutoffX, CUTOFF, new BasicStroke(1.5f, BasicStroke.CAP_BUTT,
                BasicStroke.JOIN_ROUND, 1f, new float[] {5f, 4f}, 0f));
        marker.setLabel("cut-off " + Months.format(cutoffMonth));
        marker.setLabelFont(new Font(Charts.FONT, Font.PLAIN, 12));
        marker.setLabelPaint(CUTOFF);
        marker.setLabelBackgroundColor(Color.WHITE);
        marker.setLabelAnchor(RectangleAnchor.TOP_LEFT);
        marker.setLabelTextAnchor(TextAnchor.TOP_RIGHT);
        chart.getXYPlot().addDomainMarker(marker);
        String description = describe(s, cutoffMonth);
        String caption = "The line is the median run and the band holds 90% of the runs"
                + (s.annual() ? "" : " (the darker band the middle half)")
                + ", every run starting at the scenario's start with the known policies. Grey dots were observed at or"
                + " before the cut-off " + Months.format(cutoffMonth) + (fitted ? " and used to fit the parameters" : "")
                + "; black dots were observed after it and are scored. Whiskers span what the sources reported.";
        return new Figure(figureId(s.label()), chart, WIDTH, HEIGHT, description, caption);
    }

    /** A figure id from a series label: lower-case words joined by '-'. */
    static String figureId(String label) {
        String id = label.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        return id.isEmpty() || !Character.isLetter(id.charAt(0)) ? "series-" + id : id;
    }

    private static String describe(SeriesChart s, int cutoffMonth) {
        StringBuilder d = new StringBuilder(Labels.variable(s.variableId()) + ": the ensemble's forecast from "
                + Months.format(cutoffMonth) + " against " + s.after().size() + " later observations. ");
        int inside = 0;
        for (ObservedPoint p : s.after()) {
            double[] band = bandAt(s, p);
            if (band != null && p.value() >= band[0] && p.value() <= band[1]) {
                inside++;
            }
        }
        d.append(inside).append(" of them lie inside the 90% band.");
        return d.toString();
    }

    private static double[] bandAt(SeriesChart s, ObservedPoint p) {
        if (s.annual()) {
            return s.years().stream().filter(a -> a.year() == p.year()).findFirst()
                    .map(a -> new double[] {a.p5(), a.p95()}).orElse(null);
        }
        return s.monthly().stream().filter(m -> m.month() == p.period()).findFirst()
                .map(m -> new double[] {m.p5(), m.p95()}).orElse(null);
    }

    /**
     * Writes DIR/charts/&lt;label&gt;.svg and .png for every series and DIR/backtest.html, and returns the files written
     * (the page first). Each file replaces an earlier one whole.
     */
    public static List<Path> write(Path dir, Page page, List<SeriesChart> series, int cutoffMonth, boolean fitted) {
        List<Path> written = new ArrayList<>();
        List<Figure> figures = new ArrayList<>();
        try {
            Path charts = dir.resolve(CHARTS_DIR);
            Files.createDirectories(charts);
            List<Path> chartFiles = new ArrayList<>();
            for (SeriesChart s : series) {
                Figure f = figure(s, cutoffMonth, fitted);
                figures.add(f);
                Path svg = charts.resolve(s.label() + ".svg");
                replace(svg, f.svgDocument());
                Path png = charts.resolve(s.label() + ".png");
                Path tmp = charts.resolve(s.label() + ".png.tmp");
                try (OutputStream out = Files.newOutputStream(tmp)) {
                    ChartUtils.writeScaledChartAsPNG(out, f.chart(), f.width(), f.height(), 2, 2);
                }
                Files.move(tmp, png, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                chartFiles.add(svg);
                chartFiles.add(png);
            }
            Path html = dir.resolve(PAGE);
            replace(html, html(page, figures));
            written.add(html);
            written.addAll(chartFiles);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the backtest report in " + dir + ": " + e.getMessage(), e);
        }
        return written;
    }

    private static void replace(Path file, String text) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.writeString(tmp, text, StandardCharsets.UTF_8);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** The page: heading, lede, how to read, tables, notes, then each chart. */
    static String html(Page page, List<Figure> figures) {
        StringBuilder b = new StringBuilder();
        b.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
                .append(Html.escape(page.title())).append("</title>\n<style>\n").append(CSS)
                .append("</style>\n</head>\n<body>\n<main>\n<h1>").append(Html.escape(page.title())).append("</h1>\n")
                .append("<p class=\"lede\">").append(Html.escape(page.lede())).append("</p>\n");
        if (!page.terms().isEmpty()) {
            b.append("<h2 id=\"how-to-read\">How to read the scores</h2>\n<dl>\n");
            for (String[] t : page.terms()) {
                b.append("<dt>").append(Html.escape(t[0])).append("</dt><dd>").append(Html.escape(t[1])).append("</dd>\n");
            }
            b.append("</dl>\n");
        }
        for (int i = 0; i < page.tables().size(); i++) {
            Table t = page.tables().get(i);
            b.append(i == 0 ? "<h2 id=\"scores\">Scores</h2>\n" : "");
            table(b, t);
        }
        for (String note : page.notes()) {
            b.append("<p>").append(Html.escape(note)).append("</p>\n");
        }
        if (!figures.isEmpty()) {
            b.append("<h2 id=\"charts\">Forecasts against the record</h2>\n");
        }
        for (Figure f : figures) {
            b.append("<figure id=\"").append(f.id()).append("\">\n").append(f.inlineSvg()).append("\n<figcaption>")
                    .append(Html.escape(f.caption())).append("</figcaption>\n</figure>\n");
        }
        return b.append("</main>\n</body>\n</html>\n").toString();
    }

    private static void table(StringBuilder b, Table t) {
        b.append("<div class=\"table\"><table>\n<caption>").append(Html.escape(t.caption())).append("</caption>\n<thead><tr>");
        for (int c = 0; c < t.header().size(); c++) {
            b.append("<th scope=\"col\"").append(t.numeric().contains(c) ? " class=\"num\"" : "").append('>')
                    .append(Html.escape(t.header().get(c))).append("</th>");
        }
        b.append("</tr></thead>\n<tbody>\n");
        for (List<String> row : t.rows()) {
            boolean all = row.size() > 1 && row.get(1).equals("all");
            b.append(all ? "<tr class=\"all\">" : "<tr>");
            for (int c = 0; c < row.size(); c++) {
                b.append("<td").append(t.numeric().contains(c) ? " class=\"num\"" : "").append('>')
                        .append(Html.escape(row.get(c))).append("</td>");
            }
            b.append("</tr>\n");
        }
        b.append("</tbody></table></div>\n");
    }
}
