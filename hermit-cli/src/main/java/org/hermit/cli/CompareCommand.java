package org.hermit.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.hermit.api.ComparisonResult;
import org.hermit.api.Hermit;
import org.hermit.api.RunOptions;
import org.hermit.model.scenario.Scenario;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code hermit compare A B}: both scenarios with the same seeds, and their paired differences. */
@Command(name = "compare",
        mixinStandardHelpOptions = true,
        description = {
            "Runs scenarios A and B side by side with the same seeds: run r of each draws the same parameters and"
                    + " the same random events, so the difference B - A of each pair of runs shows what B changes.",
            "Writes DIR/<A>/ and DIR/<B>/ as 'hermit run' would, DIR/diff/ with the paired differences B - A in the"
                    + " same formats (series.csv and series.parquet of the runs --series-runs keeps, summary.csv by"
                    + " variable and year, quantiles.csv by month, hermit.duckdb with every run), DIR/compare.json, and"
                    + " DIR/report.html; prints the differences by year."},
        footer = {"", "Examples:",
            "  hermit compare baseline china-enforces",
            "  hermit compare baseline border-closes-2026 --runs 500 --out out/border"})
public final class CompareCommand implements Callable<Integer> {
    @ParentCommand
    HermitCommand root;

    @Parameters(index = "0", paramLabel = "A", description = "The reference scenario (a bundled name or a file).")
    String a;

    @Parameters(index = "1", paramLabel = "B", description = "The scenario compared with it.")
    String b;

    @Option(names = "--out", paramLabel = "DIR", description = "Output directory (default: out/<A>-vs-<B>).")
    Path out;

    @Mixin
    EnsembleOptions ensemble;

    @Option(names = "--no-report", description = "Do not write report.html.")
    boolean noReport;

    @Option(names = "--png", description = "Also write the report's charts as PNG files into DIR/charts/.")
    boolean png;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Hermit hermit = root.hermit();
        Scenario sa = hermit.scenario(a);
        Scenario sb = hermit.scenario(b);
        Path dir = OutputPaths.directory("--out", out != null ? out : Path.of("out", sa.name() + "-vs-" + sb.name()));
        ProgressBar bar = new ProgressBar(spec.commandLine().getErr(), ProgressBar.stderrIsTerminal(),
                root.options().quiet(), System::nanoTime, "paired runs");
        RunOptions options = ensemble.apply(RunOptions.defaults()).out(dir).progress(bar);
        ComparisonResult result = hermit.compare(sa, sb, options);
        bar.finish();
        List<Path> written = new ArrayList<>(result.files());
        if (!noReport) {
            hermit.reporter().ifPresent(r -> written.addAll(r.write(dir, png)));
        }
        PrintWriter o = spec.commandLine().getOut();
        o.print(ResultTables.compare(sa.name(), sb.name(), result.difference()));
        o.println();
        o.println("Wrote:");
        for (Path p : written) {
            o.println("  " + p);
        }
        o.flush();
        return Main.EXIT_OK;
    }
}
