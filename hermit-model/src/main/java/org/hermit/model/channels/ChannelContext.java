package org.hermit.model.channels;

import org.hermit.model.policy.Timeline;

/** What a channel may read about the world and the domestic economy in the month it earns. */
public interface ChannelContext {

    Timeline timeline();

    /** Calendar month of index t (Months encoding). */
    default int month(int t) {
        return timeline().startMonth() + t;
    }

    /** Domestic production capacity in use last month relative to normal (1), limited by fuel and power. */
    double productionIndex();

    /** Market won per dollar last month. */
    double kpwPerUsd();
}
