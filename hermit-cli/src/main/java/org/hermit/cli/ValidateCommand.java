package org.hermit.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.hermit.api.Hermit;
import org.hermit.io.InputException;
import org.hermit.io.InputProblem;
import org.hermit.io.params.ParameterRegistry;
import org.hermit.io.scenario.ScenarioLoader;
import org.hermit.model.param.ParameterSpace;
import org.hermit.model.scenario.Scenario;
import org.hermit.model.time.Months;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** hermit validate FILE...: checks scenarios without running them. */
@Command(name = "validate",
        mixinStandardHelpOptions = true,
        description = {"Checks scenario files (or bundled scenario names) without running them.",
                "Prints FILE: ok (N policies, M events, start..end) for each good one, and every problem of a bad one"
                        + " as file:line:column: path: what was expected. Exit status 2 when any file has problems."})
public final class ValidateCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Scenario files (YAML) or bundled scenario names.")
    List<String> files;

    @Spec
    CommandSpec spec;

    /** Where parameter ids and ranges come from (tests give a small registry). */
    Supplier<ParameterSpace> registry = ParameterRegistry::bundled;

    @Override
    public Integer call() {
        ParameterSpace parameters = registry.get();
        ScenarioLoader loader = new ScenarioLoader(parameters);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int bad = 0;
        for (String file : files) {
            try {
                Scenario s = loader.resolve(file);
                Hermit.posteriorSample(s, parameters); // its columns must name parameters, as a run requires
                out.println(file + ": ok (" + count(s.policies().size(), "policy", "policies") + ", "
                        + count(s.events().size(), "event", "events") + ", "
                        + Months.format(s.startMonth()) + ".." + Months.format(s.endMonth()) + ")");
            } catch (InputException e) {
                bad++;
                for (InputProblem p : e.problems()) {
                    err.println(p.format());
                }
                err.println(file + ": " + count(e.problems().size(), "problem", "problems"));
            }
            out.flush();
            err.flush();
        }
        return bad == 0 ? Main.EXIT_OK : Main.EXIT_BAD_INPUT;
    }

    private static String count(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
