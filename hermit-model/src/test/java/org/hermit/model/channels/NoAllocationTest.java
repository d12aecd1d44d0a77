package org.hermit.model.channels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hermit.model.time.Months.of;

import java.lang.management.ManagementFactory;
import org.hermit.model.Channel;
import org.hermit.model.policy.Timeline;
import org.junit.jupiter.api.Test;

/** earn() must not allocate: the monthly loop runs millions of times in an ensemble. */
class NoAllocationTest {

    @Test
    void earningAllocatesNothing() {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        Timeline tl = Timeline.compile(History.baseline(of(2010, 1), of(2030, 12)));
        RevenueChannel[] channels = Channels.all(Registry.central(), WorldInputs.load(), tl, 9L);
        ChannelFlows[] flows = new ChannelFlows[Channel.COUNT];
        for (Channel c : Channel.values()) {
            flows[c.ordinal()] = new ChannelFlows(c);
        }
        Run.Context ctx = new Run.Context(tl, 1.0, 8000);
        long thread = Thread.currentThread().getId();
        sweep(channels, flows, ctx, tl, 20);              // warm up (JIT, class loading)
        long before = threads.getThreadAllocatedBytes(thread);
        int calls = sweep(channels, flows, ctx, tl, 50);
        long allocated = threads.getThreadAllocatedBytes(thread) - before;
        assertThat(calls).isGreaterThan(200_000);
        // Zero bytes per call; a few hundred bytes of slack for the measurement itself.
        assertThat(allocated).as("bytes allocated over %d calls of earn()", calls).isLessThan(1024);
    }

    private static int sweep(RevenueChannel[] channels, ChannelFlows[] flows, Run.Context ctx, Timeline tl, int passes) {
        int calls = 0;
        for (int pass = 0; pass < passes; pass++) {
            for (int t = 0; t < tl.months(); t++) {
                for (int c = 0; c < channels.length; c++) {
                    flows[c].clear();
                    channels[c].earn(t, ctx, flows[c]);
                    calls++;
                }
            }
        }
        return calls;
    }
}
