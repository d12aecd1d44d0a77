package org.hermit.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TornadoTest {
    @TempDir
    Path tmp;

    static final List<Tornado.Bar> FIRST = List.of(
            new Tornado.Bar("coal.export_capacity_t_per_year", 0.31, 0.26, 0.36),
            new Tornado.Bar("crypto_theft.heists_per_year", 0.12, 0.08, 0.17),
            new Tornado.Bar("sanctions.china_coal_enforcement", 0.22, 0.18, 0.27),
            new Tornado.Bar("it_workers.revenue_usd_per_year", 0.02, -0.01, 0.05));
    static final List<Tornado.Bar> TOTAL = List.of(
            new Tornado.Bar("coal.export_capacity_t_per_year", 0.38, 0.33, 0.44),
            new Tornado.Bar("crypto_theft.heists_per_year", 0.21, 0.15, 0.27),
            new Tornado.Bar("sanctions.china_coal_enforcement", 0.41, 0.35, 0.47),
            new Tornado.Bar("it_workers.revenue_usd_per_year", 0.03, 0.0, 0.07));

    @Test
    void parametersAreRankedByTotalIndexMostInfluentialFirst() {
        Figure figure = Tornado.sobol("tornado-reserves", "reserves_usd in 2030", FIRST, TOTAL);

        SymbolAxis rows = (SymbolAxis) ((XYPlot) figure.chart().getPlot()).getDomainAxis();
        assertThat(rows.getSymbols()).containsExactly("sanctions.china_coal_enforcement",
                "coal.export_capacity_t_per_year", "crypto_theft.heists_per_year", "it_workers.revenue_usd_per_year");
        assertThat(rows.isInverted()).as("the first row is drawn at the top").isTrue();
        String svg = figure.svgDocument();
        assertThat(svg).startsWith("<?xml").contains("<title id=\"tornado-reserves-title\">What drives reserves_usd in 2030")
                .contains("total index (ST)", "first-order index (S1)", "confidence interval");
        assertThat(figure.description()).startsWith("Horizontal bars of the total and first-order Sobol indices of 4 parameters")
                .contains("sanctions.china_coal_enforcement: total 0.41 (0.35 to 0.47), first-order 0.22 (0.18 to 0.27)");
    }

    @Test
    void eachIndexBarAndItsIntervalIsPlottedWhereItBelongs() {
        Figure figure = Tornado.sobol("tornado", "x", FIRST, TOTAL);

        var data = (org.jfree.data.xy.XYIntervalSeriesCollection) ((XYPlot) figure.chart().getPlot()).getDataset(0);
        // Series 0 holds the total indices, row 0 (the top) is sanctions.china_coal_enforcement.
        int top = 0;
        for (int i = 0; i < data.getItemCount(0); i++) {
            if (Math.round(data.getXValue(0, i)) == 0) {
                top = i;
            }
        }
        assertThat(data.getYValue(0, top)).isEqualTo(0.41);
        assertThat(data.getStartYValue(0, top)).isEqualTo(0.35);
        assertThat(data.getEndYValue(0, top)).isEqualTo(0.47);
    }

    @Test
    void aSingleIndexSuchAsMorrisMuStarIsRankedByValue() throws Exception {
        Figure figure = Tornado.single("morris", "Morris screening of reserves_usd in 2030", "mu* (US dollars)",
                List.of(new Tornado.Bar("a", 1e8, 0.8e8, 1.2e8), new Tornado.Bar("b", 3e8, 2e8, 4e8)));

        SymbolAxis rows = (SymbolAxis) ((XYPlot) figure.chart().getPlot()).getDomainAxis();
        assertThat(rows.getSymbols()).containsExactly("b", "a");
        Path png = figure.writePng(tmp);
        assertThat(ImageIO.read(png.toFile()).getHeight()).isEqualTo(2 * figure.height());
    }

    @Test
    void anIntervalThatDoesNotHoldItsValueIsRejected() {
        assertThatThrownBy(() -> new Tornado.Bar("p", 0.5, 0.6, 0.7)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("p: expected low <= value <= high");
        assertThatThrownBy(() -> Tornado.single("t", "t", "v", List.of(new Tornado.Bar("p", 1, 0, 2),
                new Tornado.Bar("p", 1, 0, 2)))).hasMessageContaining("'p' given twice");
    }
}
