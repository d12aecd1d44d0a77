package org.hermit.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.hermit.engine.ParameterSampler;
import org.hermit.model.Simulation;
import org.hermit.model.output.SeriesBuffer;
import org.hermit.model.output.Variables;
import org.hermit.model.param.ParameterValues;
import org.hermit.model.random.RandomStreams;
import org.hermit.model.scenario.Scenario;
import org.junit.jupiter.api.Test;

/**
 * The model's exact output, pinned: the 2010-2030 baseline at its central values and three runs with parameters
 * drawn from their priors, every variable of every month, bit for bit. A change that only makes the model faster
 * must leave this file as it is; a change of the model's equations or parameters changes it, and then the file is
 * written anew from the changed model:
 * <pre>
 *   mvn -pl hermit-api -am verify -Dtest=GoldenOutputTest -Dsurefire.failIfNoSpecifiedTests=false \
 *       -Dhermit.golden.write=$PWD/hermit-api/src/test/resources/org/hermit/api/golden-baseline.txt
 * </pre>
 * Each line holds a run, a variable, the SHA-256 (first 16 hex digits) of the raw bits of its 252 monthly values
 * and, for people reading a difference, its value in the last month.
 */
class GoldenOutputTest {
    static final String GOLDEN = "golden-baseline.txt";
    /** Master seed of the three drawn runs (run indices 1, 2, 3); the central run uses run index 0. */
    static final long MASTER_SEED = 20_240_601L;

    @Test
    void theBaselineAndThreeDrawnRunsGiveExactlyThePinnedOutput() throws IOException {
        List<String> actual = digests();
        String write = System.getProperty("hermit.golden.write");
        if (write != null && !write.isBlank()) {
            Files.write(Path.of(write), actual, StandardCharsets.UTF_8);
            return;   // written, not compared: the build copied the old file into the test classes already
        }
        List<String> expected;
        try (InputStream in = GoldenOutputTest.class.getResourceAsStream(GOLDEN)) {
            assertThat(in).as("test resource " + GOLDEN).isNotNull();
            expected = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
        List<String> changed = new ArrayList<>();
        for (int i = 0; i < Math.max(actual.size(), expected.size()); i++) {
            String a = i < actual.size() ? actual.get(i) : "(none)";
            String e = i < expected.size() ? expected.get(i) : "(none)";
            if (!a.equals(e)) {
                changed.add("expected " + e + "\n     got " + a);
            }
        }
        assertThat(changed).as(changed.size() + " lines of the model's output differ from " + GOLDEN
                + "; the first ones:\n" + String.join("\n", changed.subList(0, Math.min(10, changed.size()))))
                .isEmpty();
        assertThat(actual).hasSize(4 * Variables.COUNT);
    }

    /** One line per run and variable, as in the golden file. */
    static List<String> digests() {
        Hermit hermit = Hermit.withBundledData();
        Scenario baseline = hermit.scenario("baseline");
        Simulation simulation = new Simulation(baseline, hermit.parameters(), hermit.inputs());
        ParameterSampler central = ParameterSampler.central(hermit.parameters(), baseline.parameters(), null);
        ParameterSampler drawn = ParameterSampler.random(hermit.parameters(), baseline.parameters(), null);
        List<String> lines = new ArrayList<>();
        for (int run = 0; run < 4; run++) {
            long runSeed = RandomStreams.runSeed(MASTER_SEED, run);
            ParameterValues p = run == 0 ? central.draw(runSeed) : drawn.draw(runSeed);
            SeriesBuffer out = new SeriesBuffer(simulation.months());
            simulation.run(p, runSeed, out);
            for (int v = 0; v < Variables.COUNT; v++) {
                lines.add(run + " " + Variables.get(v).id() + " " + digest(out, v) + " "
                        + out.get(v, out.months() - 1));
            }
        }
        return lines;
    }

    private static String digest(SeriesBuffer out, int variable) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] bits = new byte[8];
            for (int t = 0; t < out.months(); t++) {
                long x = Double.doubleToRawLongBits(out.get(variable, t));
                for (int b = 0; b < 8; b++) {
                    bits[b] = (byte) (x >>> (8 * b));
                }
                sha.update(bits);
            }
            return HexFormat.of().formatHex(sha.digest(), 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
