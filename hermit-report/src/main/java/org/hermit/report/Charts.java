package org.hermit.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.text.SimpleDateFormat;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import java.util.TreeMap;
import java.util.function.DoubleFunction;
import org.hermit.model.time.Months;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.DateTickUnit;
import org.jfree.chart.axis.DateTickUnitType;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.SeriesRenderingOrder;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYAreaRenderer;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * The report's chart types, drawn with JFreeChart: stacked annual values, monthly fans (p5-p95 and p25-p75 bands
 * around the median) with observed points over them, and annual bands. Every chart gets the same plain look: white
 * background, light grid, readable fonts, units on the axes.
 */
final class Charts {
    static final String FONT = "SansSerif";
    static final Color TEXT = new Color(0x1a, 0x1a, 0x1a);
    static final Color GRID = new Color(0xd9, 0xd9, 0xd9);
    static final Color OBSERVED = new Color(0x11, 0x11, 0x11);

    /** A fan's colours: the median line, the p25-p75 band and the p5-p95 band (translucent, so fans can overlap). */
    record Hue(Color line, Color inner, Color outer) {
        static final Hue BLUE = new Hue(new Color(8, 69, 148), new Color(49, 130, 189, 120), new Color(158, 202, 225, 120));
        static final Hue ORANGE = new Hue(new Color(166, 54, 3), new Color(230, 85, 13, 110), new Color(253, 174, 107, 110));
        static final Hue PURPLE = new Hue(new Color(84, 39, 143), new Color(117, 107, 177, 120), new Color(188, 189, 220, 120));
    }

    /**
     * Colours for stacked channels, distinguishable side by side and for the common forms of colour blindness:
     * Okabe and Ito's eight, then Paul Tol's muted scheme; the last, grey, is for the rest.
     */
    static final List<Color> CATEGORICAL = List.of(
            new Color(0x00, 0x72, 0xB2), new Color(0xE6, 0x9F, 0x00), new Color(0x00, 0x9E, 0x73),
            new Color(0xD5, 0x5E, 0x00), new Color(0x56, 0xB4, 0xE9), new Color(0xCC, 0x79, 0xA7),
            new Color(0xF0, 0xE4, 0x42), new Color(0x33, 0x22, 0x88), new Color(0x88, 0x22, 0x55),
            new Color(0x44, 0xAA, 0x99), new Color(0x99, 0x99, 0x33));
    static final Color REST = new Color(0xBB, 0xBB, 0xBB);

    private Charts() {}

    /** One layer of a stacked chart: a label, a colour, and a value per year. */
    record StackLayer(String label, Color colour, Map<Integer, Double> byYear) {}

    /** Whether a fan shows runs or the paired differences of two scenarios' runs (only the legend's words differ). */
    enum Runs {
        RUNS("median run", "runs"), PAIRED("median difference", "paired runs");

        final String median;
        final String runs;

        Runs(String median, String runs) {
            this.median = median;
            this.runs = runs;
        }
    }

    /**
     * One fan: its name (for the legend when fans share a chart), colours and monthly quantiles. A filled fan shows
     * bands; an outlined one only its median and dashed p5 and p95 lines, so it stays visible over a filled fan it
     * matches.
     */
    record FanLayer(String name, Hue hue, List<Quantiles.Monthly> months, boolean outlined) {}

    /** One annual band (p5-p95 around the median), filled or outlined like a {@link FanLayer}. */
    record BandLayer(String name, Hue hue, List<Quantiles.Annual> years, boolean outlined) {}

    /** Observed points with the label their legend entry gets. */
    record ObservedLayer(String label, Color colour, List<ObservedPoint> points) {}

    /** Annual values stacked bottom-up in the order given; the legend lists them top-down, as they appear. */
    static JFreeChart stacked(String title, String axisLabel, DoubleFunction<String> format, List<StackLayer> layers,
                              double upperBound) {
        // Each layer is drawn as the area under its running total, the highest total first and every lower one over
        // it, so each layer is one seamless polygon (JFreeChart's stacked renderers draw a piece per year, whose
        // edges show as hairlines in SVG).
        XYSeriesCollection dataset = new XYSeriesCollection();
        Map<Integer, Double> running = new TreeMap<>();
        for (StackLayer layer : layers) {
            XYSeries s = new XYSeries(layer.label(), true, false);
            layer.byYear().forEach((year, v) -> running.merge(year, v, Double::sum));
            running.forEach((year, v) -> s.add(year.doubleValue(), v.doubleValue()));
            dataset.addSeries(s);
        }
        XYAreaRenderer renderer = new XYAreaRenderer(XYAreaRenderer.AREA);
        for (int i = 0; i < layers.size(); i++) {
            renderer.setSeriesPaint(i, layers.get(i).colour());
        }
        renderer.setOutline(false);
        NumberAxis x = yearAxis(running.size());
        NumberAxis y = valueAxis(axisLabel, format, true);
        if (Double.isFinite(upperBound)) {
            y.setRange(0, upperBound);
        }
        XYPlot plot = new XYPlot(dataset, x, y, renderer);
        plot.setSeriesRenderingOrder(SeriesRenderingOrder.REVERSE);
        if (!Double.isFinite(upperBound)) {
            niceTicks(plot, y, format, true);
        }
        LegendItemCollection items = new LegendItemCollection();
        for (int i = layers.size() - 1; i >= 0; i--) {
            items.add(new LegendItem(layers.get(i).label(), null, null, null, square(), layers.get(i).colour()));
        }
        plot.setFixedLegendItems(items);
        JFreeChart chart = chart(title, plot);
        chart.getLegend().setPosition(RectangleEdge.RIGHT);
        return chart;
    }

    /**
     * Monthly fans (p5-p95 and p25-p75 bands, p50 line), one per layer, with observed points over them.
     *
     * @param includeZero whether the value axis must reach zero (stocks and counts) or may fit the data (prices)
     * @param zeroLine    draw a line at zero (for differences)
     * @param annualMonth the month (1-12) at which a yearly observation is drawn: 12 for a stock at year end, 7 for
     *                    a yearly average
     */
    static JFreeChart monthlyFans(String title, String axisLabel, DoubleFunction<String> format, List<FanLayer> fans,
                                  List<ObservedLayer> observed, boolean includeZero, boolean zeroLine, int annualMonth,
                                  Runs runs) {
        List<Fan> layers = new ArrayList<>();
        for (FanLayer f : fans) {
            int n = f.months().size();
            double[][] q = new double[6][n];
            for (int i = 0; i < n; i++) {
                Quantiles.Monthly m = f.months().get(i);
                q[0][i] = millis(m.month());
                q[1][i] = m.p5();
                q[2][i] = m.p25();
                q[3][i] = m.p50();
                q[4][i] = m.p75();
                q[5][i] = m.p95();
            }
            layers.add(new Fan(f.name(), f.hue(), q, true, f.outlined()));
        }
        DateAxis x = monthAxis(fans.stream().flatMap(f -> f.months().stream()).mapToInt(Quantiles.Monthly::month).toArray());
        return fanChart(title, x, valueAxis(axisLabel, format, includeZero), format, layers, observed, includeZero,
                zeroLine, annualMonth, runs);
    }

    /** Annual bands (p5-p95 around the median) with observed annual points; several variables or scenarios may share one chart. */
    static JFreeChart annualBands(String title, String axisLabel, DoubleFunction<String> format, List<BandLayer> bands,
                                  List<ObservedLayer> observed, boolean includeZero, boolean zeroLine, Runs runs) {
        List<Fan> layers = new ArrayList<>();
        for (BandLayer b : bands) {
            int n = b.years().size();
            double[][] q = new double[6][n];
            for (int i = 0; i < n; i++) {
                Quantiles.Annual a = b.years().get(i);
                q[0][i] = a.year();
                q[1][i] = a.p5();
                q[3][i] = a.p50();
                q[5][i] = a.p95();
            }
            layers.add(new Fan(b.name(), b.hue(), q, false, b.outlined()));
        }
        int years = (int) bands.stream().flatMap(b -> b.years().stream()).mapToInt(Quantiles.Annual::year).distinct().count();
        return fanChart(title, yearAxis(years), valueAxis(axisLabel, format, includeZero), format, layers, observed,
                includeZero, zeroLine, 0, runs);
    }

    /** A fan's points: q[0] x, q[1] p5, q[2] p25, q[3] p50, q[4] p75, q[5] p95 (p25 and p75 only when quartiles). */
    private record Fan(String name, Hue hue, double[][] q, boolean quartiles, boolean outlined) {}

    private static JFreeChart fanChart(String title, ValueAxis x, NumberAxis y, DoubleFunction<String> format,
                                       List<Fan> fans, List<ObservedLayer> observed, boolean includeZero,
                                       boolean zeroLine, int annualMonth, Runs runs) {
        boolean annual = annualMonth == 0;
        YIntervalSeriesCollection bands = new YIntervalSeriesCollection();
        DeviationRenderer bandRenderer = new DeviationRenderer(true, annual);
        bandRenderer.setAlpha(1f);
        bandRenderer.setDrawSeriesLineAsPath(true);
        XYSeriesCollection lines = new XYSeriesCollection();
        XYLineAndShapeRenderer lineRenderer = new XYLineAndShapeRenderer(true, annual);
        lineRenderer.setDrawSeriesLineAsPath(true);
        LegendItemCollection legend = new LegendItemCollection();
        for (Fan fan : fans) {
            String prefix = fans.size() > 1 ? fan.name() + ": " : "";
            double[][] q = fan.q();
            if (fan.outlined()) {
                int median = lines.getSeriesCount();
                lines.addSeries(xy(prefix + "p50", q[0], q[3]));
                lines.addSeries(xy(prefix + "p5", q[0], q[1]));
                lines.addSeries(xy(prefix + "p95", q[0], q[5]));
                lineRenderer.setSeriesPaint(median, fan.hue().line());
                lineRenderer.setSeriesStroke(median, new BasicStroke(2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
                lineRenderer.setSeriesShape(median, new Rectangle2D.Double(-2.5, -2.5, 5, 5));
                for (int k = 1; k <= 2; k++) {
                    lineRenderer.setSeriesPaint(median + k, fan.hue().line());
                    lineRenderer.setSeriesStroke(median + k, DASHED);
                    lineRenderer.setSeriesShapesVisible(median + k, false);
                }
                legend.add(line(prefix + runs.median + " (p50)", fan.hue().line(), SOLID));
                legend.add(line(prefix + "90% of " + runs.runs + " (p5 and p95, dashed)", fan.hue().line(), DASHED));
                continue;
            }
            int outer = bands.getSeriesCount();
            YIntervalSeries o = new YIntervalSeries(prefix + "p5-p95");
            for (int i = 0; i < q[0].length; i++) {
                o.add(q[0][i], q[3][i], q[1][i], q[5][i]);
            }
            bands.addSeries(o);
            styleBand(bandRenderer, outer, fan.hue().outer(), fan.hue().line());
            bandRenderer.setSeriesShape(outer, new Rectangle2D.Double(-2.5, -2.5, 5, 5));
            legend.add(line(prefix + runs.median + " (p50)", fan.hue().line(), SOLID));
            if (fan.quartiles()) {
                YIntervalSeries in = new YIntervalSeries(prefix + "p25-p75");
                for (int i = 0; i < q[0].length; i++) {
                    in.add(q[0][i], q[3][i], q[2][i], q[4][i]);
                }
                bands.addSeries(in);
                styleBand(bandRenderer, outer + 1, fan.hue().inner(), fan.hue().line());
                legend.add(new LegendItem(prefix + "middle half of " + runs.runs + " (p25-p75)", null, null, null, square(),
                        blend(fan.hue())));
            }
            legend.add(new LegendItem(prefix + "90% of " + runs.runs + " (p5-p95)", null, null, null, square(),
                    opaque(fan.hue().outer())));
        }
        XYPlot plot = new XYPlot(bands, x, y, bandRenderer);
        plot.setSeriesRenderingOrder(SeriesRenderingOrder.FORWARD);
        if (lines.getSeriesCount() > 0) {
            plot.setDataset(1, lines);
            plot.setRenderer(1, lineRenderer);
        }
        addObserved(plot, observed, legend, annualMonth);
        niceTicks(plot, y, format, includeZero);
        if (zeroLine) {
            plot.addRangeMarker(zeroMarker());
        }
        plot.setFixedLegendItems(legend);
        return chart(title, plot);
    }

    private static XYSeries xy(String key, double[] x, double[] y) {
        XYSeries s = new XYSeries(key, false, true);
        for (int i = 0; i < x.length; i++) {
            s.add(x[i], y[i]);
        }
        return s;
    }

    /**
     * Observed values as dots with whiskers from the lowest to the highest value sources gave.
     *
     * @param annualMonth 0 on a chart of years; else the month a yearly observation is drawn at on a chart of months
     */
    private static void addObserved(XYPlot plot, List<ObservedLayer> observed, LegendItemCollection legend, int annualMonth) {
        boolean monthly = annualMonth > 0;
        int dataset = 2;
        for (ObservedLayer layer : observed) {
            if (layer.points().isEmpty()) {
                continue;
            }
            YIntervalSeriesCollection points = new YIntervalSeriesCollection();
            YIntervalSeries s = new YIntervalSeries(layer.label());
            for (ObservedPoint p : layer.points()) {
                double at = monthly ? millis(p.annual() ? Months.of(p.period(), annualMonth) : p.period()) : p.year();
                s.add(at, p.value(), p.low(), p.high());
            }
            points.addSeries(s);
            XYErrorRenderer r = new XYErrorRenderer();
            r.setDrawXError(false);
            r.setDefaultLinesVisible(false);
            r.setSeriesLinesVisible(0, false);
            r.setSeriesShapesVisible(0, true);
            r.setSeriesShape(0, new Ellipse2D.Double(-3.5, -3.5, 7, 7));
            r.setSeriesPaint(0, layer.colour());
            r.setUseOutlinePaint(true);
            r.setSeriesOutlinePaint(0, Color.WHITE);
            r.setSeriesOutlineStroke(0, new BasicStroke(1f));
            r.setErrorPaint(layer.colour());
            r.setErrorStroke(new BasicStroke(1f));
            r.setCapLength(4);
            plot.setDataset(dataset, points);
            plot.setRenderer(dataset, r);
            dataset++;
            legend.add(new LegendItem(layer.label(), null, null, null, new Ellipse2D.Double(-4, -4, 8, 8), layer.colour()));
        }
        // Observed points go on top of the bands.
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
    }

    static JFreeChart chart(String title, XYPlot plot) {
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setDomainGridlinePaint(GRID);
        plot.setRangeGridlinePaint(GRID);
        plot.setDomainGridlineStroke(new BasicStroke(0.8f));
        plot.setRangeGridlineStroke(new BasicStroke(0.8f));
        plot.setAxisOffset(new RectangleInsets(4, 4, 4, 4));
        JFreeChart chart = new JFreeChart(title, new Font(FONT, Font.BOLD, 17), plot, true);
        style(chart);
        return chart;
    }

    static void style(JFreeChart chart) {
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        TextTitle t = chart.getTitle();
        if (t != null) {
            t.setPaint(TEXT);
            t.setHorizontalAlignment(HorizontalAlignment.LEFT);
            t.setPadding(new RectangleInsets(6, 8, 8, 8));
        }
        LegendTitle legend = chart.getLegend();
        if (legend != null) {
            legend.setItemFont(new Font(FONT, Font.PLAIN, 13));
            legend.setItemPaint(TEXT);
            legend.setFrame(BlockBorder.NONE);
            legend.setBackgroundPaint(Color.WHITE);
        }
    }

    /** At most about seven ticks on round numbers (JFreeChart would fill the axis with as many as fit). */
    private static void niceTicks(XYPlot plot, NumberAxis y, DoubleFunction<String> format, boolean includeZero) {
        org.jfree.data.Range r = plot.getDataRange(y);
        if (r == null) {
            return;
        }
        double lo = includeZero ? Math.min(0, r.getLowerBound()) : r.getLowerBound();
        double hi = includeZero ? Math.max(0, r.getUpperBound()) : r.getUpperBound();
        double step = Formats.niceStep(hi - lo, 6);
        y.setTickUnit(new NumberTickUnit(step, Formats.axis(format)));
    }

    static NumberAxis valueAxis(String label, DoubleFunction<String> format, boolean includeZero) {
        NumberAxis y = new NumberAxis(label);
        y.setNumberFormatOverride(Formats.axis(format));
        y.setAutoRangeIncludesZero(includeZero);
        styleAxis(y);
        return y;
    }

    /** Years on the x axis, a tick every year, every second or every fifth year depending on how many there are. */
    static NumberAxis yearAxis(int years) {
        NumberAxis x = new NumberAxis();
        x.setAutoRangeIncludesZero(false);
        x.setNumberFormatOverride(Formats.axis(Formats::year));
        x.setTickUnit(new NumberTickUnit(years <= 12 ? 1 : years <= 30 ? 2 : 5, Formats.axis(Formats::year)));
        x.setLowerMargin(0.01);
        x.setUpperMargin(0.01);
        styleAxis(x);
        return x;
    }

    private static DateAxis monthAxis(int[] months) {
        DateAxis x = new DateAxis();
        x.setTimeZone(TimeZone.getTimeZone(ZoneOffset.UTC));
        SimpleDateFormat yearOnly = new SimpleDateFormat("yyyy", Locale.ROOT);
        yearOnly.setTimeZone(TimeZone.getTimeZone(ZoneOffset.UTC));
        int span = 1;
        if (months.length > 0) {
            int lo = Integer.MAX_VALUE;
            int hi = Integer.MIN_VALUE;
            for (int m : months) {
                lo = Math.min(lo, m);
                hi = Math.max(hi, m);
            }
            span = (hi - lo) / 12 + 1;
        }
        int step = span <= 12 ? 1 : span <= 30 ? 2 : 5;
        x.setTickUnit(new DateTickUnit(DateTickUnitType.YEAR, step, yearOnly));
        x.setLowerMargin(0.01);
        x.setUpperMargin(0.01);
        styleAxis(x);
        return x;
    }

    private static void styleAxis(ValueAxis axis) {
        axis.setLabelFont(new Font(FONT, Font.PLAIN, 14));
        axis.setLabelPaint(TEXT);
        axis.setTickLabelFont(new Font(FONT, Font.PLAIN, 13));
        axis.setTickLabelPaint(TEXT);
        axis.setAxisLinePaint(new Color(0x88, 0x88, 0x88));
        axis.setTickMarkPaint(new Color(0x88, 0x88, 0x88));
    }

    private static void styleBand(DeviationRenderer renderer, int series, Color fill, Color line) {
        renderer.setSeriesFillPaint(series, fill);
        renderer.setSeriesPaint(series, line);
        renderer.setSeriesStroke(series, new BasicStroke(2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
    }

    private static ValueMarker zeroMarker() {
        ValueMarker zero = new ValueMarker(0, new Color(0x44, 0x44, 0x44), new BasicStroke(1.2f));
        return zero;
    }

    /** Milliseconds since 1970 of the first day of a month (UTC), the x value of a date axis. */
    static double millis(int month) {
        return Months.toYearMonth(month).atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
    }

    static final BasicStroke SOLID = new BasicStroke(2.5f);
    static final BasicStroke DASHED = new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1f,
            new float[] {6f, 4f}, 0f);

    static LegendItem line(String label, Color colour, BasicStroke stroke) {
        Shape line = new Line2D.Double(-11, 0, 11, 0);
        return new LegendItem(label, null, null, null, line, stroke, colour);
    }

    static Shape square() {
        return new Rectangle2D.Double(-6, -6, 12, 12);
    }

    /** The colour the inner band shows where it lies over the outer one, for the legend's swatch. */
    private static Color blend(Hue hue) {
        Color under = opaque(hue.outer());
        Color over = hue.inner();
        double a = over.getAlpha() / 255.0;
        return new Color(mix(over.getRed(), under.getRed(), a), mix(over.getGreen(), under.getGreen(), a),
                mix(over.getBlue(), under.getBlue(), a));
    }

    /** A translucent colour as it shows over white. */
    private static Color opaque(Color c) {
        double a = c.getAlpha() / 255.0;
        return new Color(mix(c.getRed(), 255, a), mix(c.getGreen(), 255, a), mix(c.getBlue(), 255, a));
    }

    private static int mix(int top, int bottom, double alpha) {
        return (int) Math.round(alpha * top + (1 - alpha) * bottom);
    }

    /** Most frequent first: "Daily NK, NK Econ Watch and 12 more". */
    static String sources(List<ObservedPoint> points) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (ObservedPoint p : points) {
            for (String name : publishers(p.source())) {
                counts.merge(name, 1, Integer::sum);
            }
        }
        List<Map.Entry<String, Integer>> sorted = new ArrayList<>(counts.entrySet());
        sorted.sort(Map.Entry.<String, Integer>comparingByValue(Collections.reverseOrder()));
        List<String> names = sorted.stream().map(Map.Entry::getKey).toList();
        if (names.isEmpty()) {
            return "";
        }
        if (names.size() <= 2) {
            return String.join(" and ", names);
        }
        return names.get(0) + ", " + names.get(1) + " and " + (names.size() - 2) + " more";
    }

    /**
     * Who published an observation, short enough for a legend. A source text names one or more reports separated
     * by ';', each "Publisher, date or title (remarks)"; the publisher is the part before the first comma, without
     * remarks in brackets. "X citing Y" is Y's figure and "X via Y" is X's, so those name the original.
     */
    static List<String> publishers(String source) {
        List<String> out = new ArrayList<>();
        for (String piece : source.split(";")) {
            String name = piece;
            String previous;
            do {
                previous = name;
                name = name.replaceAll("\\([^()]*\\)", "");
            } while (!name.equals(previous));
            name = name.replaceAll("[()]", "").strip();
            int comma = name.indexOf(',');
            if (comma > 0) {
                name = name.substring(0, comma).strip();
            }
            int citing = name.indexOf(" citing ");
            if (citing > 0) {
                name = name.substring(citing + " citing ".length()).strip();
            }
            int via = name.indexOf(" via ");
            if (via > 0) {
                name = name.substring(0, via).strip();
            }
            // "Daily NK Korean" is Daily NK's Korean edition: the same publisher in a legend.
            name = name.replaceAll("\\s+(Korean|English|Japanese|Chinese)$", "");
            if (name.length() > 40) {
                name = name.substring(0, 39).strip() + "\u2026";
            }
            if (!name.isEmpty() && !out.contains(name)) {
                out.add(name);
            }
        }
        return out;
    }
}
