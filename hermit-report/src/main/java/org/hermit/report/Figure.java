package org.hermit.report;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;

/**
 * A chart with what a reader needs beside it: an id (for the page anchor and the PNG's name), a description of what
 * it shows (the SVG's {@code <desc>}, read aloud by screen readers) and a caption saying how to read it.
 */
public final class Figure {
    private final String id;
    private final JFreeChart chart;
    private final int width;
    private final int height;
    private final String description;
    private final String caption;

    public Figure(String id, JFreeChart chart, int width, int height, String description, String caption) {
        if (!id.matches("[a-z][a-z0-9-]*")) {
            throw new IllegalArgumentException("a figure id is lower-case words joined by '-', got '" + id + "'");
        }
        this.id = id;
        this.chart = chart;
        this.width = width;
        this.height = height;
        this.description = description;
        this.caption = caption;
    }

    public String id() {
        return id;
    }

    public String title() {
        return chart.getTitle() == null ? id : chart.getTitle().getText();
    }

    public String description() {
        return description;
    }

    public String caption() {
        return caption;
    }

    public JFreeChart chart() {
        return chart;
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    /**
     * The chart as an {@code <svg>} element for an HTML page: sized by its viewBox (the page's CSS sets the width),
     * with {@code <title>} and {@code <desc>} first, role="img", and ids prefixed with the figure's id so several
     * charts can share one page.
     */
    public String inlineSvg() {
        String svg = render();
        // Inline SVG in HTML takes its namespace from the parser; the declarations would only be noise.
        int open = svg.indexOf('>');
        svg = svg.substring(0, open).replaceAll("\\s+xmlns(:\\w+)?=(['\"])[^'\"]*\\2", "") + svg.substring(open);
        return withTitle(svg, true);
    }

    /** The chart as a standalone .svg document. */
    public String svgDocument() {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + withTitle(render(), false) + "\n";
    }

    /** Writes dir/&lt;id&gt;.png at twice the nominal size (sharp on high-density screens and in print). */
    public Path writePng(Path dir) throws IOException {
        Files.createDirectories(dir);
        Path file = dir.resolve(id + ".png");
        try (OutputStream out = Files.newOutputStream(file)) {
            ChartUtils.writeScaledChartAsPNG(out, chart, width, height, 2, 2);
        }
        return file;
    }

    private String render() {
        SVGGraphics2D g2 = new SVGGraphics2D(width, height);
        g2.setDefsKeyPrefix(id + "-");
        // A tenth of a pixel is finer than any screen shows, and keeps the page small.
        g2.setGeomDoubleConverter(Figure::tenths);
        g2.setTransformDoubleConverter(Figure::tenths);
        chart.draw(g2, new Rectangle2D.Double(0, 0, width, height));
        return g2.getSVGElement(id, false, new ViewBox(0, 0, width, height), null, null);
    }

    private static String tenths(double v) {
        double r = Math.round(v * 10) / 10.0;
        return r == Math.rint(r) ? Long.toString((long) r) : Double.toString(r);
    }

    private String withTitle(String svg, boolean inline) {
        int open = svg.indexOf("<svg");
        int end = svg.indexOf('>', open);
        if (open < 0 || end < 0) {
            throw new IllegalStateException("the SVG renderer returned no <svg> element for " + id);
        }
        String titleId = id + "-title";
        String descId = id + "-desc";
        String attributes = " role=\"img\" aria-labelledby=\"" + titleId + " " + descId + "\""
                + (inline ? " class=\"chart\"" : "");
        return svg.substring(0, end) + attributes + ">"
                + "<title id=\"" + titleId + "\">" + Html.escape(title()) + "</title>"
                + "<desc id=\"" + descId + "\">" + Html.escape(description) + "</desc>"
                + svg.substring(end + 1);
    }
}
