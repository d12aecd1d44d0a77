package org.hermit.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The browser check would be worthless if it missed what it looks for: a broken page must be caught. */
class HeadlessChromiumTest {
    @TempDir
    Path tmp;

    @Test
    void catchesScriptErrorsConsoleErrorsAndNetworkFetches() throws Exception {
        Path page = tmp.resolve("broken.html");
        Files.writeString(page, "<!DOCTYPE html><html><head><title>broken</title>"
                + "<link rel=\"stylesheet\" href=\"http://127.0.0.1:9/style.css\"></head><body>"
                + "<svg id=\"hidden\" style=\"display:none\" viewBox=\"0 0 10 10\"></svg>"
                + "<script>console.error('drawn wrong'); undefinedFunction();</script></body></html>");
        Path executable = HeadlessChromium.find().orElseThrow(() -> new AssertionError(
                "Chromium is needed for this test (apt-get install -y chromium, or set HERMIT_CHROMIUM)"));

        try (HeadlessChromium chromium = new HeadlessChromium(executable, tmp.resolve("profile"))) {
            HeadlessChromium.PageLoad load = chromium.load(page.toUri(), 800, 600, null);

            assertThat(load.consoleErrors()).anyMatch(e -> e.startsWith("Uncaught") && e.contains("undefinedFunction"));
            assertThat(load.consoleErrors()).anyMatch(e -> e.startsWith("console.error") && e.contains("drawn wrong"));
            assertThat(load.requests()).contains("http://127.0.0.1:9/style.css");
            assertThat(load.layout().path("svgs").get(0).path("visible").asBoolean()).isFalse();
            assertThat(load.layout().path("svgs").get(0).path("width").asDouble()).isZero();
        }
    }
}
