package org.hermit.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportWriterTest {
    static final List<String> RUN_CHARTS = List.of("revenue-by-channel", "reserves", "kpw-per-usd", "rice-price",
            "food-insecure", "gdp-growth", "china-trade");
    static final List<String> COMPARISON_CHARTS = List.of("diff-revenue", "diff-reserves", "diff-kpw-per-usd",
            "diff-rice-price", "diff-food-insecure", "revenue-by-channel-a", "revenue-by-channel-b", "reserves",
            "kpw-per-usd", "rice-price", "food-insecure", "gdp-growth", "china-exports", "china-imports");

    @TempDir
    Path tmp;

    @Test
    void aRunsReportHasEveryChartInReadingOrderEachWithTitleAndDescription() throws IOException {
        Path dir = Fixtures.run(tmp);

        String html = write(dir, ReportOptions.defaults().withObserved(Fixtures.observed()));

        assertThat(svgIds(html)).containsExactlyElementsOf(RUN_CHARTS);
        for (String id : RUN_CHARTS) {
            Matcher svg = Pattern.compile("<svg id='" + id + "'[^>]*role=\"img\" aria-labelledby=\"" + id + "-title "
                    + id + "-desc\"[^>]*><title id=\"" + id + "-title\">([^<]+)</title><desc id=\"" + id
                    + "-desc\">([^<]+)</desc>").matcher(html);
            assertThat(svg.find()).as(id + " opens with its <title> and <desc>").isTrue();
            assertThat(svg.group(2).length()).as(id + " description").isGreaterThan(60);
        }
        assertInOrder(html, "id=\"in-brief\"", "id=\"how-to-read\"", "id=\"revenue\"", "id=\"treasury\"",
                "id=\"checks\"", "id=\"parameters\"", "id=\"metadata\"");
        assertInOrder(html, "<figcaption>The line is the median run", "the lighter band 90% of them");
    }

    @Test
    void thePageFetchesNothingItLinksOnlyToSources() throws IOException {
        String html = write(Fixtures.run(tmp), ReportOptions.defaults().withObserved(Fixtures.observed()));

        assertThat(html).doesNotContain("<script", "<link", "<img", "<iframe", "<object", "@import", "url(http",
                "src=", "xlink:href", "@font-face");
        // Every web address is the target of a link, and every link to the web is in the table of parameters.
        String withoutLinks = html.replaceAll("<a href=\"https?://[^\"]+\">", "<a>");
        assertThat(withoutLinks).doesNotContain("http://", "https://");
        String parameters = html.substring(html.indexOf("<table class=\"parameters\""),
                html.indexOf("</table>", html.indexOf("<table class=\"parameters\"")));
        assertThat(countLinks(html)).isEqualTo(countLinks(parameters)).isEqualTo(7);
        assertThat(parameters).contains("<a href=\"https://asia.nikkei.com/Politics/China-imported-more-North-Korean-coal-in-2016-amid-sanctions2\">"
                + "trade.csv · cn_coal_imports_from_dprk_t · 2016</a>");
        assertThat(parameters).contains("<strong>Assumption:</strong> Chainalysis counts 3 to 6");
    }

    @Test
    void theHeadlineStatesTheLastYearsRevenueWithItsRange() throws IOException {
        Path dir = Fixtures.run(tmp);
        Quantiles.Annual revenue = new OutputDirectory().readRun(dir).quantiles()
                .annual("state_revenue_usd.total", 2030).orElseThrow();

        String html = write(dir, ReportOptions.defaults());

        assertThat(html).contains("In 2030 the state's hard-currency revenue is <strong>" + Formats.usd(revenue.p50())
                + "</strong> (90% of runs between " + Formats.usd(revenue.p5()) + " and " + Formats.usd(revenue.p95()) + ").");
        assertThat(html).contains("Its largest sources in 2030, by median gross receipts, are crypto theft ($900m), IT workers ($700m) and arms sales ($700m).");
    }

    @Test
    void observedDataAppearAsALegendEntryWhereTheEvidenceHasThem() throws IOException {
        String with = write(Fixtures.run(tmp.resolve("with")), ReportOptions.defaults().withObserved(Fixtures.observed()));
        String without = write(Fixtures.run(tmp.resolve("without")), ReportOptions.defaults());

        String kpwWith = svg(with, "kpw-per-usd");
        assertThat(kpwWith).contains(">observed (Daily NK");
        assertThat(kpwWith).containsPattern("\\d+ observed values are drawn as dots");
        assertThat(svg(with, "reserves")).contains(">observed (Bank of Korea and JoongAng Ilbo)", "drawn at December");
        // Hunger is observed as a share of the population and drawn as people.
        assertThat(svg(with, "food-insecure")).contains(">observed (", "turn the share into people");
        assertThat(svg(without, "kpw-per-usd")).doesNotContain(">observed").contains("No observed values to compare with.");
        assertThat(with).contains("<summary>The ");
        assertThat(without).doesNotContain("<details>");
    }

    @Test
    void withPngEveryChartIsAlsoAPictureInCharts() throws IOException {
        Path dir = Fixtures.run(tmp);

        ReportWriter.Written written = ReportWriter.write(dir, ReportOptions.defaults().withPng(true));

        assertThat(written.charts()).extracting(p -> p.getFileName().toString())
                .containsExactlyElementsOf(RUN_CHARTS.stream().map(id -> id + ".png").toList());
        for (Path png : written.charts()) {
            assertThat(png.getParent()).isEqualTo(dir.resolve("charts"));
            BufferedImage image = ImageIO.read(png.toFile());
            assertThat(image).as(png + " is a PNG").isNotNull();
            assertThat(image.getWidth()).isEqualTo(2 * HtmlReport.WIDTH);
        }
    }

    @Test
    void theRunAndCompareCommandsGetTheReportAndItsChartsInOneList() {
        Path dir = Fixtures.run(tmp);

        List<Path> files = ReportWriter.write(dir, true);

        assertThat(files).first().isEqualTo(dir.resolve("report.html"));
        assertThat(files).hasSize(1 + RUN_CHARTS.size()).allSatisfy(f -> assertThat(f).isRegularFile());
    }

    @Test
    void withoutPngNoChartsFolderIsMade() {
        Path dir = Fixtures.run(tmp);

        ReportWriter.Written written = ReportWriter.write(dir, ReportOptions.defaults());

        assertThat(written.charts()).isEmpty();
        assertThat(dir.resolve("charts")).doesNotExist();
    }

    @Test
    void theSameOutputGivesTheSameReport() throws IOException {
        Path dir = Fixtures.run(tmp);
        String first = write(dir, ReportOptions.defaults().withObserved(Fixtures.observed()));
        String second = write(dir, ReportOptions.defaults().withObserved(Fixtures.observed()));

        assertThat(second).isEqualTo(first);
        assertThat(dir.resolve("report.html.tmp")).doesNotExist();
    }

    @Test
    void aVariableMissingFromTheOutputLeavesANoteInsteadOfAChart() throws IOException {
        Path dir = Fixtures.run(tmp);
        Path quantiles = dir.resolve("quantiles.csv");
        List<String> kept = Files.readAllLines(quantiles).stream().filter(l -> !l.startsWith("reserves_usd,")).toList();
        Files.write(quantiles, kept);

        String html = write(dir, ReportOptions.defaults());

        assertThat(svgIds(html)).doesNotContain("reserves").contains("kpw-per-usd");
        assertThat(html).contains("No chart of state&#39;s hard-currency reserves, end of each month: the output has no reserves_usd.");
    }

    @Test
    void aComparisonLeadsWithTheDifferencesThenShowsBothRuns() throws IOException {
        Path dir = Fixtures.comparison(tmp);

        String html = write(dir, ReportOptions.defaults().withObserved(Fixtures.observed()));

        assertThat(svgIds(html)).containsExactlyElementsOf(COMPARISON_CHARTS);
        assertThat(html).contains("<title>Hermit comparison: coal_ban against baseline</title>");
        assertInOrder(html, "id=\"in-brief\"", "id=\"differences\"", "Largest differences in 2026",
                "Largest differences in 2030", "id=\"revenue\"", "id=\"treasury\"", "id=\"checks\"", "id=\"parameters\"",
                "id=\"metadata\"");
        assertThat(html).contains("Until 2026-01 both scenarios are the same");
        assertThat(svg(html, "reserves")).contains("baseline (A): median run (p50)",
                "coal_ban (B): 90% of runs (p5 and p95, dashed)");
        assertThat(svg(html, "diff-reserves")).contains("median difference (p50)", "90% of paired runs (p5-p95)");
        // The parameter the scenarios disagree on is listed first with both values.
        assertInOrder(html, "Parameters that differ between the scenarios", "sanctions.china_coal_enforcement",
                "B: pert(0.85, 0.95, 1)", "(set by the scenario)", "Parameters baseline (A) drew from");
        assertInOrder(html, "<th scope=\"col\">baseline</th><th scope=\"col\">coal_ban</th>");
    }

    @Test
    void theComparisonHeadlineGivesBothLevelsAndThePairedDifference() throws IOException {
        Path dir = Fixtures.comparison(tmp);
        Quantiles.Annual diff = new OutputDirectory().readQuantiles(dir.resolve("diff"))
                .annual("state_revenue_usd.total", 2030).orElseThrow();

        String html = write(dir, ReportOptions.defaults());

        assertThat(diff.p50()).isNegative();
        assertThat(html).contains("a paired difference of <strong>" + Formats.usd(diff.p50()) + "</strong> (90% of paired runs between "
                + Formats.usd(diff.p5()) + " and " + Formats.usd(diff.p95()) + ")");
    }

    @Test
    void theLargestDifferencesAreRankedRelativeToScenarioAAndLeaveOutWhatDidNotChange() {
        ReportSubject.Comparison c = (ReportSubject.Comparison) new OutputDirectory().read(Fixtures.comparison(tmp));

        List<HtmlReport.DifferenceRow> rows = HtmlReport.largestDifferences(c.a().quantiles(), c.difference(), 2030);

        assertThat(rows).extracting(HtmlReport.DifferenceRow::variable)
                .startsWith("revenue_usd.coal")
                .doesNotContain("revenue_usd.crypto_theft", "ledger_imbalance_usd");
        assertThat(rows).extracting(HtmlReport.DifferenceRow::score).isSortedAccordingTo((x, y) -> Double.compare(y, x));
        assertThat(rows.get(0).relative()).isCloseTo(-0.7, org.assertj.core.api.Assertions.within(1e-3));
        assertThat(HtmlReport.defaultYears(c.difference())).containsExactly(2026, 2030);
    }

    @Test
    void theTablesYearsCanBeChosen() throws IOException {
        String html = write(Fixtures.comparison(tmp), ReportOptions.defaults().withYears(List.of(2028)));

        assertThat(html).contains("Largest differences in 2028").doesNotContain("Largest differences in 2026");
    }

    private static String write(Path dir, ReportOptions options) throws IOException {
        Path report = ReportWriter.write(dir, options).report();
        assertThat(report).isEqualTo(dir.resolve("report.html"));
        // Line-break hints inside ids (treasury.<wbr>weapons_usd_per_year) are invisible; tests read the text.
        return Files.readString(report, StandardCharsets.UTF_8).replace("<wbr>", "");
    }

    static List<String> svgIds(String html) {
        List<String> ids = new ArrayList<>();
        Matcher m = Pattern.compile("<svg id='([^']+)'").matcher(html);
        while (m.find()) {
            ids.add(m.group(1));
        }
        return ids;
    }

    /** The figure holding one chart: its SVG and its caption. */
    private static String svg(String html, String id) {
        int start = html.indexOf("<figure id=\"fig-" + id + "\">");
        assertThat(start).as("figure " + id).isNotNegative();
        return html.substring(start, html.indexOf("</figure>", start));
    }

    /** The parts appear in this order (AssertJ's containsSubsequence is too slow for a page this size). */
    static void assertInOrder(String html, String... parts) {
        int from = 0;
        for (String part : parts) {
            int at = html.indexOf(part, from);
            assertThat(at).as("'" + part + "' after position " + from).isNotNegative();
            from = at + part.length();
        }
    }

    private static int countLinks(String html) {
        Matcher m = Pattern.compile("<a href=\"https?://").matcher(html);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
