package org.hermit.model.channels;

import org.hermit.model.Channel;

/**
 * One way the DPRK earns hard currency. An instance belongs to one run: it holds that run's parameter values, its
 * own random stream and any state of its own (workers abroad, a heist pipeline). Given the month and the policy in
 * force it fills a {@link ChannelFlows}; it must not allocate in {@link #earn}.
 */
public interface RevenueChannel {

    Channel channel();

    /** Earns month t (months since the scenario's start) into out, which the caller has cleared. */
    void earn(int t, ChannelContext context, ChannelFlows out);
}
