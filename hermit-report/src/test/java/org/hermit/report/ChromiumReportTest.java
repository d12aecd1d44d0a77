package org.hermit.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report as a reader's browser shows it: Debian's Chromium, headless, opens report.html from disk. The page must
 * load without console errors, fetch nothing but itself, and show every chart with a size. Chromium is required
 * (CI installs it); without it this test fails rather than skips. Screenshots go to target/chromium/ for people.
 */
class ChromiumReportTest {
    static final Path SCREENSHOTS = Path.of("target", "chromium");

    @TempDir
    static Path tmp;
    static HeadlessChromium chromium;

    @BeforeAll
    static void startChromium() throws Exception {
        Path executable = HeadlessChromium.find().orElse(null);
        if (executable == null) {
            fail("Chromium is needed to check the report as a reader sees it, and none was found (set HERMIT_CHROMIUM "
                    + "or put chromium on the PATH; on Debian: apt-get install -y chromium)");
        }
        chromium = new HeadlessChromium(executable, tmp.resolve("chromium-profile"));
    }

    @AfterAll
    static void stopChromium() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    void aRunsReportLoadsWithoutErrorsAndShowsEveryChart() throws Exception {
        Path dir = Fixtures.run(tmp.resolve("single"));
        ReportWriter.write(dir, ReportOptions.defaults().withObserved(Fixtures.observed()));
        List<String> expected = figureIds(dir);

        HeadlessChromium.PageLoad page = load(dir, "report-run.png");

        assertShowsEveryChart(page, expected);
        assertThat(page.layout().path("title").asText()).isEqualTo("Hermit report: baseline");
    }

    @Test
    void aComparisonsReportLoadsWithoutErrorsAndShowsEveryChart() throws Exception {
        Path dir = Fixtures.comparison(tmp.resolve("comparison"));
        ReportWriter.write(dir, ReportOptions.defaults().withObserved(Fixtures.observed()));
        List<String> expected = figureIds(dir);

        HeadlessChromium.PageLoad page = load(dir, "report-comparison.png");

        assertShowsEveryChart(page, expected);
        assertThat(expected).contains("diff-reserves", "revenue-by-channel-a", "revenue-by-channel-b");
    }

    @Test
    void aSensitivityPageLoadsWithoutErrorsAndShowsItsChart() throws Exception {
        List<Tornado.Bar> first = List.of(new Tornado.Bar("treasury.surplus_spend_share", 0.26, 0.20, 0.32),
                new Tornado.Bar("households.urban_state_workers.market_weight", 0.04, -0.03, 0.10));
        List<Tornado.Bar> total = List.of(new Tornado.Bar("treasury.surplus_spend_share", 0.30, 0.27, 0.34),
                new Tornado.Bar("households.urban_state_workers.market_weight", 0.09, 0.08, 0.10));
        Figure chart = Tornado.sobol("tornado", "reserves_usd in 2030", first, total);
        List<SensitivityPage.Column> columns = List.of(new SensitivityPage.Column("Rank", SensitivityPage.Kind.NUMBER),
                new SensitivityPage.Column("Parameter", SensitivityPage.Kind.CODE),
                new SensitivityPage.Column("Total index ST", SensitivityPage.Kind.NUMBER),
                new SensitivityPage.Column("First-order S1", SensitivityPage.Kind.NUMBER),
                new SensitivityPage.Column("Output at its p5 \u2192 p95", SensitivityPage.Kind.NUMBER));
        List<List<SensitivityPage.Cell>> rows = List.of(
                List.of(SensitivityPage.Cell.of("1"), new SensitivityPage.Cell("treasury.surplus_spend_share",
                                "Share of the month's budget left after all targets that goes to extra weapons and "
                                        + "prestige projects (share); pert(0.2, 0.5, 0.9)"),
                        new SensitivityPage.Cell("0.300", "0.270 to 0.340"), new SensitivityPage.Cell("0.260", "0.200 to 0.320"),
                        new SensitivityPage.Cell("$10.8bn \u2192 $5.35bn", "falls as it rises")),
                List.of(SensitivityPage.Cell.of("2"), new SensitivityPage.Cell("households.urban_state_workers.market_weight",
                                "Relative share per person of market income going to urban state workers' households"),
                        new SensitivityPage.Cell("0.090", "0.080 to 0.100"), new SensitivityPage.Cell("0.040", "-0.030 to 0.100"),
                        new SensitivityPage.Cell("$7.2bn \u2192 $8.4bn", "rises with it")));
        SensitivityPage page = new SensitivityPage("What drives reserves_usd in 2030", "Scenario baseline.", chart,
                new SensitivityPage.Table("Parameters ranked by total Sobol index", columns, rows),
                List.of("The total index is the share of the variance."),
                List.of(new SensitivityPage.Setting("Scenario", "baseline"), new SensitivityPage.Setting("Time taken", "24.2 s")));
        Path file = java.nio.file.Files.writeString(tmp.resolve("sensitivity.html"), page.html()).toAbsolutePath();

        HeadlessChromium.PageLoad load = chromium.load(file.toUri(), 1280, 1600,
                SCREENSHOTS.resolve("sensitivity.png").toAbsolutePath());

        assertThat(load.consoleErrors()).isEmpty();
        assertThat(load.requests()).containsExactly(file.toUri().toString());
        assertShowsEveryChart(load, List.of("tornado"));
        assertThat(load.layout().path("title").asText()).isEqualTo("What drives reserves_usd in 2030");
    }

    private static HeadlessChromium.PageLoad load(Path dir, String screenshot) throws Exception {
        Path report = dir.resolve(ReportWriter.REPORT_FILE).toAbsolutePath();
        HeadlessChromium.PageLoad page = chromium.load(report.toUri(), 1280, 4000,
                SCREENSHOTS.resolve(screenshot).toAbsolutePath());
        assertThat(page.consoleErrors()).as("console errors and uncaught exceptions").isEmpty();
        assertThat(page.requests()).as("everything the page asked for: only the page itself")
                .allSatisfy(url -> assertThat(url).isEqualTo(report.toUri().toString()));
        return page;
    }

    private static void assertShowsEveryChart(HeadlessChromium.PageLoad page, List<String> expected) {
        assertThat(page.layout().path("scrollWidth").asInt()).as("page width: nothing sticks out to the right")
                .isLessThanOrEqualTo(page.layout().path("viewportWidth").asInt());
        // A table wider than the page scrolls sideways inside its box, and the scroll bar sits below its last row,
        // where a reader of a long table never sees it: on a desktop-width page every table must fit.
        assertThat(page.layout().path("tables").size()).as("tables shown").isPositive();
        for (JsonNode table : page.layout().path("tables")) {
            assertThat(table.path("scrollWidth").asInt()).as("width of table '" + table.path("caption").asText() + "'")
                    .isLessThanOrEqualTo(table.path("clientWidth").asInt());
        }
        List<String> shown = new ArrayList<>();
        double previousTop = -1;
        for (JsonNode svg : page.layout().path("svgs")) {
            String id = svg.path("id").asText();
            assertThat(svg.path("width").asDouble()).as(id + " width").isGreaterThan(600);
            assertThat(svg.path("height").asDouble()).as(id + " height").isGreaterThan(200);
            assertThat(svg.path("visible").asBoolean()).as(id + " visible").isTrue();
            assertThat(svg.path("title").asText()).as(id + " <title>").isNotBlank();
            assertThat(svg.path("desc").asText()).as(id + " <desc>").isNotBlank();
            assertThat(svg.path("top").asDouble()).as(id + " comes below the chart before it").isGreaterThan(previousTop);
            previousTop = svg.path("top").asDouble();
            shown.add(id);
        }
        assertThat(shown).containsExactlyElementsOf(expected);
    }

    /** The charts the writer says it drew, in page order (the ids of the figures it returns). */
    private static List<String> figureIds(Path dir) {
        ReportSubject subject = new OutputDirectory().read(dir);
        return HtmlReport.build(subject, ReportOptions.defaults().withObserved(Fixtures.observed())).figures().stream()
                .map(Figure::id).toList();
    }
}
