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
