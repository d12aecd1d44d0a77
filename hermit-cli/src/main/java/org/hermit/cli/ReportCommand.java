package org.hermit.cli;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.Callable;
import org.hermit.io.observed.ObservedCsv;
import org.hermit.io.observed.ObservedData;
import org.hermit.model.output.Variables;
import org.hermit.report.Observations;
import org.hermit.report.ReportOptions;
import org.hermit.report.ReportWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** `hermit report DIR [--png]`: (re)writes DIR/report.html from the output of `hermit run` or `hermit compare`. */
@Command(name = "report",
        mixinStandardHelpOptions = true,
        description = "Writes DIR/report.html: one self-contained page (it opens without a network) with the headline "
                + "numbers, revenue by channel, fan charts of reserves, the won, rice and hunger with observed data "
                + "over them, the differences when DIR holds a comparison, the parameters with their sources, and "
                + "the run's metadata.")
public final class ReportCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "DIR",
            description = "Output directory of 'hermit run' (run.json, summary.csv, quantiles.csv) or of 'hermit compare' (compare.json).")
    Path dir;

    @Option(names = "--png", description = "Also write every chart as a PNG into DIR/charts/.")
    boolean png;

    @Option(names = "--observed", paramLabel = "FILE",
            description = "Observed data of your own (series,date,value[,unit][,source]) to draw over the simulation"
                    + " with the bundled evidence; yours wins where both have a period.")
    Path observed;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        ObservedData data = ObservedData.bundled();
        if (observed != null) {
            Set<String> known = new HashSet<>();
            Variables.all().forEach(v -> known.add(v.id()));
            data = data.merge(ObservedCsv.read(observed, known, warning -> {
                if (!quiet()) {
                    spec.commandLine().getErr().println("hermit: " + warning);
                }
            }));
        }
        ReportOptions options = ReportOptions.standard().withObserved(Observations.from(data)).withPng(png);
        ReportWriter.Written written = ReportWriter.write(dir, options);
        spec.commandLine().getOut().println(written.report());
        for (Path chart : written.charts()) {
            spec.commandLine().getOut().println(chart);
        }
        spec.commandLine().getOut().flush();
        return Main.EXIT_OK;
    }

    /** --quiet belongs to the top command (and is inherited). */
    private boolean quiet() {
        return spec.root().userObject() instanceof HermitCommand h && h.options().quiet();
    }
}
