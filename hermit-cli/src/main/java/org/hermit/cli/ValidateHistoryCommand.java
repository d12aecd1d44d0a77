package org.hermit.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.hermit.analysis.history.HistoryTable;
import org.hermit.api.Hermit;
import org.hermit.api.HistoryResult;
import org.hermit.api.RunOptions;
import org.hermit.engine.EnsembleRunner;
import org.hermit.model.scenario.Scenario;
import org.hermit.model.time.Months;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code hermit validate-history [SCENARIO]}: the scenario's ensemble beside every observation of the record. */
@Command(name = "validate-history",
        mixinStandardHelpOptions = true,
        description = {
            "Runs the scenario's ensemble and sets it beside the record, series by series and year by year: the observed"
                    + " value (monthly observations averaged over the year's observed months), the runs' median and 90%%"
                    + " range at the same periods, and the median's error (percent for levels, percentage points for"
                    + " growth rates and shares). Then per series: years, observations, mean absolute error (MAPE for"
                    + " levels), mean signed error and the share of years inside the 90%% range.",
            "Prints both tables and writes DIR/history.csv, DIR/history-summary.csv and DIR/history.md; with --markdown"
                    + " FILE it also replaces the section between <!-- history-table:begin --> and"
                    + " <!-- history-table:end --> in FILE, so the docs carry the latest output."},
        footer = {"", "Examples:",
            "  hermit validate-history                                   the baseline, its own runs and seed",
            "  hermit validate-history --runs 200 --markdown docs/VALIDATION.md"})
public final class ValidateHistoryCommand implements Callable<Integer> {
    static final String SECTION = "history-table";

    @ParentCommand
    HermitCommand root;

    @Parameters(index = "0", arity = "0..1", paramLabel = "SCENARIO", defaultValue = "baseline",
            description = "A bundled scenario's name or a scenario file (default: ${DEFAULT-VALUE}).")
    String scenario;

    @Option(names = "--runs", paramLabel = "N", description = "Runs in the ensemble (default: the scenario's).")
    Integer runs;

    @Option(names = "--seed", paramLabel = "S", description = "Master seed (default: the scenario's).")
    Long seed;

    @Option(names = "--threads", paramLabel = "T", description = "Worker threads (default: every core). Results do not depend on it.")
    Integer threads;

    @Mixin
    ObservedOptions record = new ObservedOptions();

    @Option(names = "--out", paramLabel = "DIR", description = "Output directory (default: out/history-<scenario>).")
    Path out;

    @Option(names = "--markdown", paramLabel = "FILE",
            description = "Replace the section between <!-- history-table:begin --> and <!-- history-table:end --> in FILE.")
    Path markdown;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Hermit hermit = root.hermit();
        CommandLine cl = spec.commandLine();
        Scenario s = hermit.scenario(scenario);
        PrintWriter err = cl.getErr();
        RunOptions options = RunOptions.defaults();
        try {
            options = options.threads(threads == null ? EnsembleRunner.defaultThreads() : threads);
            options = runs == null ? options : options.runs(runs);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(cl, e.getMessage());
        }
        options = seed == null ? options : options.seed(seed);
        Path dir = OutputPaths.directory("--out", out != null ? out : Path.of("out", "history-" + s.name()));
        ProgressBar bar = new ProgressBar(err, ProgressBar.stderrIsTerminal(), root.options().quiet(), System::nanoTime, "runs");
        HistoryResult r = hermit.history(s, options.progress(bar), record.read(cl, err));
        bar.finish();
        List<Path> written = write(dir, r);
        if (markdown != null) {
            MarkedSection.replace(markdown, SECTION, markdown(r));
            written.add(markdown);
        }
        PrintWriter o = cl.getOut();
        o.println(heading(r));
        o.println();
        o.print(HistoryTable.text(r.rows()));
        o.println();
        o.println("Per series (errors: % of the observed value for levels, percentage points for rates and shares):");
        o.print(HistoryTable.summaryText(r.summaries()));
        o.println();
        o.println("Wrote:");
        for (Path p : written) {
            o.println("  " + p);
        }
        o.flush();
        return Main.EXIT_OK;
    }

    static String heading(HistoryResult r) {
        return String.format(Locale.ROOT, "%s against the record, %s to %s: %d %s, seed %d; median [5th-95th percentile]"
                        + " of the runs at each observed period; 'x' marks an observation outside the 90%% range.",
                r.scenario(), Months.format(r.startMonth()), Months.format(r.endMonth()), r.runs(),
                r.runs() == 1 ? "run at central values" : "runs", r.seed());
    }

    /** The Markdown that goes into the docs: how it was made, the summary, then the full table. */
    static String markdown(HistoryResult r) {
        return "<!-- Generated by hermit validate-history; rerun docs/regenerate-validation.sh rather than editing. -->\n"
                + "`hermit validate-history " + r.scenario() + " --runs " + r.runs() + " --seed " + r.seed() + "`: "
                + r.runs() + " runs from " + Months.format(r.startMonth()) + " to " + Months.format(r.endMonth())
                + ". Errors are the median run's, in percent of the observed value for levels and in percentage points"
                + " for growth rates and shares; a year whose observation lies outside the runs' 90% range is marked ✗.\n\n"
                + "Per series:\n\n" + HistoryTable.summaryMarkdown(r.summaries())
                + "\nYear by year (monthly observations averaged over the year's observed months):\n\n"
                + HistoryTable.markdown(r.rows());
    }

    private static List<Path> write(Path dir, HistoryResult r) {
        List<Path> files = new ArrayList<>();
        try {
            Files.createDirectories(dir);
            files.add(Files.writeString(dir.resolve("history.csv"), HistoryTable.csv(r.rows()), StandardCharsets.UTF_8));
            files.add(Files.writeString(dir.resolve("history-summary.csv"), HistoryTable.summaryCsv(r.summaries()),
                    StandardCharsets.UTF_8));
            files.add(Files.writeString(dir.resolve("history.md"), "# " + r.scenario() + " against the record\n\n"
                    + markdown(r), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + dir + ": " + e.getMessage(), e);
        }
        return files;
    }
}
