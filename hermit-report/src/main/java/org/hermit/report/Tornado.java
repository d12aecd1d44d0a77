package org.hermit.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;

/**
 * Tornado charts of sensitivity results: one row per parameter, most influential at the top, horizontal bars for
 * the indices and whiskers for their confidence intervals. The analysis module hands over plain lists of bars.
 */
public final class Tornado {
    static final Color TOTAL = new Color(0x08, 0x51, 0x9c);
    static final Color FIRST_ORDER = new Color(0xE6, 0x9F, 0x00);
    static final Color WHISKER = new Color(0x22, 0x22, 0x22);

    private Tornado() {}

    /**
     * One parameter's index with its confidence interval.
     *
     * @param name  the parameter's id or name, as the chart should label it
     * @param value the index's estimate
     * @param low   the lower end of its confidence interval (at most value)
     * @param high  the upper end of its confidence interval (at least value)
     */
    public record Bar(String name, double value, double low, double high) {
        public Bar {
            if (name == null || name.isBlank()) {
                throw new IllegalArgumentException("a bar needs a name");
            }
            if (!(low <= value && value <= high)) {
                throw new IllegalArgumentException(name + ": expected low <= value <= high, got " + low + ", " + value + ", " + high);
            }
        }
    }

    /**
     * Sobol indices of one output: for each parameter its total index (alone and in interactions) and its
     * first-order index (alone), sorted by total index, largest at the top. A parameter missing from one list gets
     * no bar there.
     *
     * @param id     the figure's id, lower-case words joined by '-' (the PNG's name)
     * @param output what the indices explain, e.g. "reserves_usd in 2030"
     */
    public static Figure sobol(String id, String output, List<Bar> firstOrder, List<Bar> total) {
        Map<String, Bar> totals = byName(total);
        Map<String, Bar> firsts = byName(firstOrder);
        List<String> names = new ArrayList<>(totals.keySet());
        firsts.keySet().stream().filter(n -> !totals.containsKey(n)).forEach(names::add);
        names.sort(Comparator.comparingDouble((String n) -> rank(totals.get(n), firsts.get(n))).reversed()
                .thenComparing(Comparator.naturalOrder()));
        List<Row> rows = new ArrayList<>();
        rows.add(new Row("total index (ST)", TOTAL, totals));
        rows.add(new Row("first-order index (S1)", FIRST_ORDER, firsts));
        String title = "What drives " + output + ": Sobol sensitivity indices";
        JFreeChart chart = chart(title, "share of the output's variance", names, rows);
        StringBuilder desc = new StringBuilder("Horizontal bars of the total and first-order Sobol indices of "
                + names.size() + " parameters for " + output + ", largest total first. ");
        for (int i = 0; i < Math.min(3, names.size()); i++) {
            Bar t = totals.get(names.get(i));
            Bar f = firsts.get(names.get(i));
            desc.append(names.get(i)).append(": total ").append(t == null ? "n/a" : interval(t))
                    .append(", first-order ").append(f == null ? "n/a" : interval(f)).append(". ");
        }
        String caption = "Each row is one parameter, the most influential at the top. The blue bar (total index) is "
                + "the share of the variance of " + output + " the parameter accounts for alone and through its "
                + "interactions with others; the orange bar (first-order index) its share alone. Whiskers are "
                + "confidence intervals. A parameter whose total index is near zero can be fixed at its central value "
                + "without changing the result.";
        return new Figure(id, chart, 960, height(names.size()), desc.toString().strip(), caption);
    }

    /**
     * One index per parameter (e.g. Morris mu*), sorted by value, largest at the top.
     *
     * @param valueLabel the axis label: what the index is, with its unit
     */
    public static Figure single(String id, String title, String valueLabel, List<Bar> bars) {
        Map<String, Bar> byName = byName(bars);
        List<String> names = new ArrayList<>(byName.keySet());
        names.sort(Comparator.comparingDouble((String n) -> byName.get(n).value()).reversed()
                .thenComparing(Comparator.naturalOrder()));
        JFreeChart chart = chart(title, valueLabel, names, List.of(new Row(valueLabel, TOTAL, byName)));
        StringBuilder desc = new StringBuilder("Horizontal bars of " + valueLabel + " for " + names.size()
                + " parameters, largest first. ");
        for (int i = 0; i < Math.min(3, names.size()); i++) {
            desc.append(names.get(i)).append(": ").append(interval(byName.get(names.get(i)))).append(". ");
        }
        String caption = "Each row is one parameter, the most influential at the top; whiskers are confidence intervals.";
        return new Figure(id, chart, 960, height(names.size()), desc.toString().strip(), caption);
    }

    private record Row(String label, Color colour, Map<String, Bar> bars) {}

    private static JFreeChart chart(String title, String valueLabel, List<String> names, List<Row> rows) {
        XYIntervalSeriesCollection dataset = new XYIntervalSeriesCollection();
        double band = 0.8 / rows.size();
        double lowest = 0;
        double highest = 0;
        for (int r = 0; r < rows.size(); r++) {
            XYIntervalSeries s = new XYIntervalSeries(rows.get(r).label());
            for (int i = 0; i < names.size(); i++) {
                Bar b = rows.get(r).bars().get(names.get(i));
                if (b == null) {
                    continue;
                }
                double start = i - 0.4 + r * band;
                s.add(start + band / 2, start + 0.05 * band, start + 0.95 * band, b.value(), b.low(), b.high());
                lowest = Math.min(lowest, b.low());
                highest = Math.max(highest, b.high());
            }
            dataset.addSeries(s);
        }
        SymbolAxis parameters = new SymbolAxis(null, names.toArray(String[]::new));
        parameters.setGridBandsVisible(false);
        parameters.setInverted(true);
        parameters.setTickLabelFont(new Font(Charts.FONT, Font.PLAIN, 13));
        parameters.setTickLabelPaint(Charts.TEXT);
        parameters.setLowerMargin(0.02);
        parameters.setUpperMargin(0.02);
        parameters.setRange(-0.6, names.size() - 0.4);
        NumberAxis values = Charts.valueAxis(valueLabel, Formats::number, true);
        values.setRange(Math.min(0, lowest), Math.max(highest, 1e-9) * 1.05);
        values.setTickUnit(new org.jfree.chart.axis.NumberTickUnit(
                Formats.niceStep(Math.max(highest, 1e-9) - Math.min(0, lowest), 6), Formats.axis(Formats::number)));

        XYBarRenderer bars = new XYBarRenderer();
        bars.setBarPainter(new StandardXYBarPainter());
        bars.setShadowVisible(false);
        bars.setDrawBarOutline(false);
        XYErrorRenderer whiskers = new XYErrorRenderer();
        whiskers.setDrawXError(false);
        whiskers.setDefaultLinesVisible(false);
        whiskers.setDefaultShapesVisible(false);
        whiskers.setErrorPaint(WHISKER);
        whiskers.setErrorStroke(new BasicStroke(1.3f));
        whiskers.setCapLength(6);
        LegendItemCollection legend = new LegendItemCollection();
        for (int r = 0; r < rows.size(); r++) {
            bars.setSeriesPaint(r, rows.get(r).colour());
            whiskers.setSeriesShapesVisible(r, false);
            whiskers.setSeriesLinesVisible(r, false);
            legend.add(new LegendItem(rows.get(r).label(), null, null, null, Charts.square(), rows.get(r).colour()));
        }
        legend.add(Charts.line("confidence interval", WHISKER, new BasicStroke(1.5f)));

        XYPlot plot = new XYPlot(dataset, parameters, values, bars);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setDataset(1, dataset);
        plot.setRenderer(1, whiskers);
        plot.setDatasetRenderingOrder(org.jfree.chart.plot.DatasetRenderingOrder.FORWARD);
        plot.setDomainGridlinesVisible(false);
        plot.setFixedLegendItems(legend);
        return Charts.chart(title, plot);
    }

    private static Map<String, Bar> byName(List<Bar> bars) {
        Map<String, Bar> out = new HashMap<>();
        for (Bar b : bars) {
            if (out.put(b.name(), b) != null) {
                throw new IllegalArgumentException("parameter '" + b.name() + "' given twice");
            }
        }
        return out;
    }

    private static double rank(Bar total, Bar first) {
        return total != null ? total.value() : first.value();
    }

    private static int height(int parameters) {
        return Math.max(260, 110 + 34 * parameters);
    }

    private static String interval(Bar b) {
        return String.format(Locale.ROOT, "%s (%s to %s)", Formats.number(b.value()), Formats.number(b.low()),
                Formats.number(b.high()));
    }
}
