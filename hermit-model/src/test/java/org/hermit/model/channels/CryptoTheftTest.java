package org.hermit.model.channels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hermit.model.time.Months.of;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.hermit.model.Channel;
import org.hermit.model.Lever;
import org.hermit.model.param.ParameterValues;
import org.hermit.model.policy.Timeline;
import org.hermit.model.scenario.PolicyChange;
import org.junit.jupiter.api.Test;

class CryptoTheftTest {

    private static CryptoTheftChannel channel(Timeline tl, ParameterValues params, long seed) {
        return new CryptoTheftChannel(new ChannelSetup(params, WorldInputs.load(), tl, new SplittableRandom(seed)));
    }

    private static Timeline security(double lever) {
        List<PolicyChange> p = new ArrayList<>();
        History.lever(p, of(2020, 1), Lever.CRYPTO_SECURITY, lever);
        return Timeline.compile(History.scenario(of(2020, 1), of(2039, 12), p, List.of()));
    }

    /** Stolen over the timeline's months, and what the laundering realised. */
    private static double[] run(Timeline tl, ParameterValues params, long seed) {
        CryptoTheftChannel c = channel(tl, params, seed);
        Run.Context ctx = new Run.Context(tl, 1.0, 8000);
        ChannelFlows f = new ChannelFlows(Channel.CRYPTO_THEFT);
        double stolen = 0;
        double realised = 0;
        for (int t = 0; t < tl.months(); t++) {
            f.clear();
            c.earn(t, ctx, f);
            stolen += f.volume();
            realised += f.grossTotal();
        }
        return new double[] {stolen, realised, c.pendingUsd()};
    }

    @Property(tries = 30)
    void launderingLosesExactlyTheHaircutAndDelaysTheRest(@ForAll @DoubleRange(min = 0, max = 0.9) double haircut,
                                                          @ForAll @DoubleRange(min = 1, max = 24) double months,
                                                          @ForAll long seed) {
        ParameterValues params = Registry.central(java.util.Map.of("crypto_theft.laundering_haircut", haircut,
                "crypto_theft.laundering_months", months));
        double[] r = run(security(0.0), params, seed);
        assertThat(r[1] + r[2]).isCloseTo(r[0] * (1 - haircut), within(1e-6 * Math.max(1.0, r[0])));
    }

    @Test
    void hardenedExchangesCutTheRateAndSuccessOfHeists() {
        ParameterValues params = Registry.central();
        CryptoTheftChannel c = channel(security(0.0), params, 1L);
        double open = c.expectedHeistsPerYear(2024.5, 0.0);
        double hardened = c.expectedHeistsPerYear(2024.5, 1.0);
        double[] v = Registry.read().get("crypto_theft.security_rate_effect");
        double[] s = Registry.read().get("crypto_theft.security_success_effect");
        assertThat(open).isEqualTo(Registry.read().get("crypto_theft.heists_per_year")[0]);
        assertThat(hardened / open).isCloseTo((1 - v[0]) * (1 - s[0]), within(1e-12));

        double stolenOpen = 0;
        double stolenHardened = 0;
        for (long seed = 0; seed < 20; seed++) {
            stolenOpen += run(security(0.0), params, seed)[0];
            stolenHardened += run(security(1.0), params, seed)[0];
        }
        assertThat(stolenHardened).isLessThan(0.5 * stolenOpen);
    }

    @Test
    void heistSizesAreHeavyTailedAndCapped() {
        // 20 years at the 2024 rate: the largest month dwarfs the median month, and no month exceeds the cap times
        // the number of heists it could hold.
        ParameterValues params = Registry.central();
        Timeline tl = security(0.0);
        CryptoTheftChannel c = channel(tl, params, 3L);
        Run.Context ctx = new Run.Context(tl, 1.0, 8000);
        ChannelFlows f = new ChannelFlows(Channel.CRYPTO_THEFT);
        double[] monthly = new double[tl.months()];
        for (int t = 0; t < monthly.length; t++) {
            f.clear();
            c.earn(t, ctx, f);
            monthly[t] = f.volume();
        }
        double[] sorted = monthly.clone();
        java.util.Arrays.sort(sorted);
        double median = sorted[sorted.length / 2];
        double max = sorted[sorted.length - 1];
        assertThat(max).isGreaterThan(5 * median);
        double annualMean = java.util.Arrays.stream(monthly).sum() / 20.0;
        assertThat(annualMean).isBetween(0.4e9, 2.0e9);
    }
}
