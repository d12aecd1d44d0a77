package org.hermit.model.channels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hermit.model.time.Months.of;

import java.lang.management.ManagementFactory;
import org.hermit.model.Simulation;
import org.hermit.model.economy.Economy;
import org.hermit.model.output.SeriesBuffer;
import org.hermit.model.param.ParameterValues;
import org.junit.jupiter.api.Test;

/**
 * The whole monthly step of the economy (channels, treasury, trade, food, markets, households, accounts) and the
 * recording of its variables allocate nothing once warmed up: an ensemble runs it millions of times. Counted in
 * bytes, not timed.
 */
class MonthlyStepAllocationTest {

    @Test
    void aSimulatedMonthAllocatesNoBytes() {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        ParameterValues params = Registry.central();
        Simulation simulation = new Simulation(History.baseline(of(2010, 1), of(2030, 12)), params.space(), WorldInputs.load());
        SeriesBuffer out = new SeriesBuffer(simulation.months());
        step(simulation, start(simulation, params, 0, 40), out);          // warm up (class loading, JIT)
        Economy[] runs = start(simulation, params, 40, 40);
        long before = threads.getCurrentThreadAllocatedBytes();
        long months = step(simulation, runs, out);
        long allocated = threads.getCurrentThreadAllocatedBytes() - before;
        assertThat(months).isEqualTo(40L * 252);
        assertThat(allocated / (double) months).as("bytes allocated per simulated month over %d months", months)
                .isLessThan(1.0);
    }

    private static Economy[] start(Simulation simulation, ParameterValues params, int firstSeed, int runs) {
        Economy[] economies = new Economy[runs];
        for (int r = 0; r < runs; r++) {
            economies[r] = simulation.start(params, firstSeed + r);
        }
        return economies;
    }

    /** Steps whole runs through every month; returns the months simulated. */
    private static long step(Simulation simulation, Economy[] economies, SeriesBuffer out) {
        long months = 0;
        for (Economy economy : economies) {
            for (int t = 0; t < simulation.months(); t++) {
                economy.step(t);
                economy.record(t, out);
                months++;
            }
        }
        return months;
    }
}
