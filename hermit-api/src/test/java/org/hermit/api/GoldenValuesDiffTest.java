package org.hermit.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.hermit.engine.ParameterSampler;
import org.hermit.model.Simulation;
import org.hermit.model.output.SeriesBuffer;
import org.hermit.model.output.Variables;
import org.hermit.model.param.ParameterValues;
import org.hermit.model.random.RandomStreams;
import org.hermit.model.scenario.Scenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * For changes that reassociate floating point on purpose (and so change the golden digests in their last bits):
 * writes every monthly value of {@link GoldenOutputTest}'s four runs to a file before the change, and after it
 * compares them, printing each variable's largest relative difference. Runs only when asked:
 * <pre>
 *   mvn -pl hermit-api -am verify -Dtest=GoldenValuesDiffTest -Dsurefire.failIfNoSpecifiedTests=false \
 *       -Dhermit.golden.values=/tmp/values-before.txt [-Dhermit.golden.values.compare=true]
 * </pre>
 * Without compare the file is written; with it, the run fails if any variable differs by more than
 * hermit.golden.values.tolerance (default 1e-9) relative to the larger of the two values' magnitudes.
 */
@EnabledIfSystemProperty(named = "hermit.golden.values", matches = ".+")
class GoldenValuesDiffTest {

    @Test
    void valuesMatchTheRecordedOnesWithinTolerance() throws IOException {
        Path file = Path.of(System.getProperty("hermit.golden.values"));
        double[][][] now = values();
        if (!Boolean.getBoolean("hermit.golden.values.compare")) {
            List<String> lines = new ArrayList<>();
            for (int run = 0; run < now.length; run++) {
                for (int v = 0; v < Variables.COUNT; v++) {
                    StringBuilder b = new StringBuilder().append(run).append(' ').append(Variables.get(v).id());
                    for (double x : now[run][v]) {
                        b.append(' ').append(Long.toHexString(Double.doubleToRawLongBits(x)));
                    }
                    lines.add(b.toString());
                }
            }
            Files.write(file, lines, StandardCharsets.UTF_8);
            return;
        }
        double tolerance = Double.parseDouble(System.getProperty("hermit.golden.values.tolerance", "1e-9"));
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertThat(lines).hasSize(now.length * Variables.COUNT);
        List<String> report = new ArrayList<>();
        List<String> over = new ArrayList<>();
        double overall = 0;
        for (String line : lines) {
            String[] f = line.split(" ");
            int run = Integer.parseInt(f[0]);
            int v = Variables.byId(f[1]).orElseThrow().index();
            int months = f.length - 2;
            double[] before = new double[months];
            double peak = 0;
            double peakAfter = 0;
            for (int t = 0; t < months; t++) {
                before[t] = Double.longBitsToDouble(Long.parseUnsignedLong(f[t + 2], 16));
                peak = Math.max(peak, Math.abs(before[t]));
                peakAfter = Math.max(peakAfter, Math.abs(now[run][v][t]));
            }
            double worst = 0;
            int worstMonth = -1;
            for (int t = 0; t < months; t++) {
                double after = now[run][v][t];
                // A value a millionth of its series' peak or less is measured on that scale: near zero, rounding
                // noise of the size of the peak's last bits is all there is (food insecurity of a fed row).
                double scale = Math.max(Math.max(Math.abs(before[t]), Math.abs(after)), 1e-6 * peak);
                double rel = scale == 0 ? 0 : Math.abs(after - before[t]) / scale;
                if (rel > worst) {
                    worst = rel;
                    worstMonth = t;
                }
            }
            if (f[1].startsWith("ledger_imbalance")) {
                // The ledger's imbalance is rounding noise through and through (a sum of stocks minus a sum of
                // flows): what must hold is that it stays noise, not that the noise keeps its bits.
                String entry = String.format("%d %-40s largest |imbalance| %.3e before, %.3e after", run, f[1],
                        peak, peakAfter);
                report.add(entry);
                if (peakAfter > 10 * peak + 1e-6) {
                    over.add(entry);
                }
                continue;
            }
            overall = Math.max(overall, worst);
            String entry = worstMonth < 0 ? String.format("%d %-40s 0", run, f[1])
                    : String.format("%d %-40s %.3e (month %d: %.17g before, %.17g after; peak %.6g)", run, f[1],
                    worst, worstMonth, before[worstMonth], now[run][v][worstMonth], peak);
            report.add(entry);
            if (worst > tolerance) {
                over.add(entry);
            }
        }
        System.out.println("Largest relative difference per run and variable (overall " + overall + "):");
        report.forEach(System.out::println);
        assertThat(over).as("variables differing by more than " + tolerance).isEmpty();
    }

    /** Every value of every variable of the four golden runs: [run][variable][month]. */
    static double[][][] values() {
        Hermit hermit = Hermit.withBundledData();
        Scenario baseline = hermit.scenario("baseline");
        Simulation simulation = new Simulation(baseline, hermit.parameters(), hermit.inputs());
        ParameterSampler central = ParameterSampler.central(hermit.parameters(), baseline.parameters(), null);
        ParameterSampler drawn = ParameterSampler.random(hermit.parameters(), baseline.parameters(), null);
        double[][][] values = new double[4][Variables.COUNT][];
        for (int run = 0; run < 4; run++) {
            long runSeed = RandomStreams.runSeed(GoldenOutputTest.MASTER_SEED, run);
            ParameterValues p = run == 0 ? central.draw(runSeed) : drawn.draw(runSeed);
            SeriesBuffer out = new SeriesBuffer(simulation.months());
            simulation.run(p, runSeed, out);
            for (int v = 0; v < Variables.COUNT; v++) {
                values[run][v] = new double[out.months()];
                for (int t = 0; t < out.months(); t++) {
                    values[run][v][t] = out.get(v, t);
                }
            }
        }
        return values;
    }
}
