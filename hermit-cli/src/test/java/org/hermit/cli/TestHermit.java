package org.hermit.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import org.hermit.api.Hermit;
import org.hermit.api.ScenarioSource;
import org.hermit.engine.testing.RandomWalkModel;
import org.hermit.io.InputException;
import org.hermit.model.inputs.Inputs;
import org.hermit.model.output.Variables;
import org.hermit.model.param.Distribution;
import org.hermit.model.random.RandomStreams;
import org.hermit.model.scenario.Resolution;
import org.hermit.model.scenario.Scenario;
import org.hermit.model.time.Months;
import picocli.CommandLine;

/**
 * A Hermit around the engine's random-walk test model, with three scenarios: walk, steep (a higher drift) and
 * broken (run 2 puts a NaN into rice_kpw_per_kg in 2020-05), a stand-in report writer, and a way to run the
 * command line on it.
 */
final class TestHermit {
    static final int START = Months.of(2020, 1);
    static final int MONTHS = 24;

    private TestHermit() {}

    static Scenario scenario(String name, Map<String, Distribution> overrides) {
        return new Scenario(name, "", "test:" + name, "h-" + name, START, START + MONTHS - 1, 3, 4, Resolution.COHORT,
                overrides, null, List.of(), List.of());
    }

    static Hermit hermit() {
        Map<String, Scenario> scenarios = Map.of(
                "walk", scenario("walk", Map.of()),
                "steep", scenario("steep", Map.of(RandomWalkModel.DRIFT, new Distribution.Fixed(0.02))),
                "broken", scenario("broken", Map.of()));
        ScenarioSource source = new ScenarioSource() {
            public Scenario resolve(String name) {
                Scenario s = scenarios.get(name);
                if (s == null) {
                    throw InputException.of(name, 0, 0, "", "no such file and no bundled scenario of that name");
                }
                return s;
            }

            public List<String> bundledNames() {
                return List.of("broken", "steep", "walk");
            }
        };
        return Hermit.withModel(RandomWalkModel.parameters(), new Inputs(List.of()), source, (s, p, i) -> {
            RandomWalkModel m = new RandomWalkModel(s.startMonth(), s.months());
            return s.name().equals("broken") ? m.withNanAt(RandomStreams.runSeed(s.seed(), 2), Variables.RICE_KPW, 4) : m;
        }).withReporter(TestHermit::fakeReport);
    }

    /** Stands in for the report module: report.html saying whether PNGs were asked for. */
    static List<Path> fakeReport(Path dir, boolean png) {
        try {
            return List.of(Files.writeString(dir.resolve("report.html"), "report png=" + png));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The outcome of one command line. */
    record Outcome(int status, String out, String err) {}

    static Outcome run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = Main.newCommandLine(new HermitCommand(TestHermit::hermit));
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int status = cl.execute(args);
        return new Outcome(status, out.toString(), err.toString());
    }
}
