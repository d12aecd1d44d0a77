package org.hermit.io.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.hermit.engine.testing.RandomWalkModel;
import org.hermit.model.param.Distribution;
import org.hermit.model.scenario.Resolution;
import org.hermit.model.scenario.Scenario;
import org.hermit.model.time.Months;

/** A small scenario run by the engine's random-walk test model: two years, seed-dependent output. */
final class SweepFixtures {
    static final int START = Months.of(2020, 1);
    static final int END = Months.of(2021, 12);

    private SweepFixtures() {}

    static Scenario scenario(String name) {
        return scenario(name, Map.of());
    }

    static Scenario scenario(String name, Map<String, Distribution> overrides) {
        return new Scenario(name, "a test scenario", "test:" + name, "hash-" + name, START, END, 42, 10,
                Resolution.COHORT, overrides, null, List.of(), List.of());
    }

    static SweepInput input(String name) {
        return new SweepInput(scenario(name), new RandomWalkModel(START, END - START + 1));
    }

    /**
     * The tidy rows (variable-months) one run of the given months has: every variable's months except those it is
     * undefined in, which the series files leave out.
     */
    static long definedCells(int months) {
        long n = 0;
        for (org.hermit.model.output.Variable v : org.hermit.model.output.Variables.all()) {
            n += Math.max(0, months - v.undefinedMonths());
        }
        return n;
    }

    static byte[] bytes(Path p) {
        try {
            return Files.readAllBytes(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> lines(Path p) {
        try {
            return Files.readAllLines(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
