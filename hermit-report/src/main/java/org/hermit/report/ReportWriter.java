package org.hermit.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes DIR/report.html for the output directory of `hermit run` or `hermit compare` (and DIR/charts/*.png when
 * asked). The run and compare commands call {@link #write} after a run unless told --no-report.
 */
public final class ReportWriter {
    public static final String REPORT_FILE = "report.html";
    public static final String CHARTS_DIR = "charts";

    private ReportWriter() {}

    /** What was written: the report and, with PNGs, one file per chart. */
    public record Written(Path report, List<Path> charts) {
        public Written {
            charts = List.copyOf(charts);
        }
    }

    /**
     * What `hermit run` and `hermit compare` call after a run (the shape of the API's Reporter): the standard report
     * with the bundled evidence, and PNGs when asked.
     *
     * @return the files written, report.html first
     */
    public static List<Path> write(Path dir, boolean png) {
        Written written = write(dir, ReportOptions.standard().withPng(png));
        List<Path> files = new ArrayList<>();
        files.add(written.report());
        files.addAll(written.charts());
        return List.copyOf(files);
    }

    /**
     * Reads DIR and writes DIR/report.html, replacing an earlier report whole (a reader never sees half a file).
     *
     * @throws org.hermit.io.InputException when DIR is missing or a file in it is missing or malformed (the message
     *                                      names the file, line and column)
     * @throws UncheckedIOException         when the report cannot be written
     */
    public static Written write(Path dir, ReportOptions options) {
        ReportSubject subject = new OutputDirectory().read(dir);
        HtmlReport report = HtmlReport.build(subject, options);
        Path target = dir.resolve(REPORT_FILE);
        List<Path> charts = new ArrayList<>();
        try {
            Path tmp = dir.resolve(REPORT_FILE + ".tmp");
            Files.writeString(tmp, report.html(), StandardCharsets.UTF_8);
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            if (options.png()) {
                Path chartsDir = dir.resolve(CHARTS_DIR);
                for (Figure f : report.figures()) {
                    charts.add(f.writePng(chartsDir));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the report in " + dir + ": " + e.getMessage(), e);
        }
        return new Written(target, charts);
    }
}
