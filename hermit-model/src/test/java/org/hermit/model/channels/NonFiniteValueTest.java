package org.hermit.model.channels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hermit.model.time.Months.of;

import org.hermit.model.Channel;
import org.hermit.model.ModelException;
import org.hermit.model.Partner;
import org.hermit.model.Simulation;
import org.hermit.model.output.SeriesBuffer;
import org.hermit.model.output.Variables;
import org.hermit.model.param.ParameterValues;
import org.junit.jupiter.api.Test;

/**
 * A value that turns NaN stops the run in the month it appears, naming the first such variable in catalogue order
 * and the month; until then every month is recorded as usual.
 */
class NonFiniteValueTest {

    @Test
    void aNaNReceiptStopsTheRunInItsMonthNamingTheFirstVariableItReached() {
        ParameterValues params = Registry.central();
        int nanAt = 5; // 2010-06
        Simulation simulation = new Simulation(History.baseline(of(2010, 1), of(2012, 12)), params.space(),
                WorldInputs.load(), (p, inputs, timeline, seed) -> {
                    RevenueChannel[] channels = Channels.all(p, inputs, timeline, seed);
                    RevenueChannel leases = channels[Channel.LEASES.ordinal()];
                    channels[Channel.LEASES.ordinal()] = new RevenueChannel() {
                        @Override
                        public Channel channel() {
                            return Channel.LEASES;
                        }

                        @Override
                        public void earn(int t, ChannelContext context, ChannelFlows out) {
                            leases.earn(t, context, out);
                            if (t == nanAt) {
                                out.receive(Partner.OTHER, Double.NaN);
                            }
                        }
                    };
                    return channels;
                });
        SeriesBuffer out = new SeriesBuffer(simulation.months());
        assertThatThrownBy(() -> simulation.run(params, 1L, out))
                .isInstanceOf(ModelException.class)
                .hasMessageEndingWith(" became NaN in 2010-06")
                .hasMessageStartingWith(firstNonFinite(out, nanAt) + " ");
        assertThat(Double.isNaN(out.get(Variables.revenue(Channel.LEASES), nanAt))).isTrue();
        for (int t = 0; t < nanAt; t++) {
            for (int v = 0; v < Variables.COUNT; v++) {
                assertThat(Double.isFinite(out.get(v, t))).as("%s in month %d", Variables.get(v).id(), t).isTrue();
            }
        }
    }

    /** The id of the first variable in catalogue order whose value of month t is not finite. */
    private static String firstNonFinite(SeriesBuffer out, int t) {
        for (int v = 0; v < Variables.COUNT; v++) {
            if (!Double.isFinite(out.get(v, t))) {
                return Variables.get(v).id();
            }
        }
        throw new AssertionError("no value of month " + t + " is NaN or infinite");
    }
}
