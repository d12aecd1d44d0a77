package org.hermit.model.channels;

/**
 * What sanctions stopped of the goods channels' trade with China, month by month, shared within one run. Goods
 * channels add to month t; traders (smuggling) and drug runners read month t - 1, so the result does not depend
 * on the order in which channels earn.
 */
public final class BlockedTrade {
    private final double[] potentialUsd;
    private final double[] stoppedUsd;

    public BlockedTrade(int months) {
        potentialUsd = new double[months];
        stoppedUsd = new double[months];
    }

    /** A pool for a channel built on its own: nothing is ever added, so it always reads zero. */
    public static BlockedTrade none(int months) {
        return new BlockedTrade(months);
    }

    public void add(int t, double potential, double stopped) {
        potentialUsd[t] += potential;
        stoppedUsd[t] += stopped;
    }

    /** Goods sales the sanctions stopped last month (USD). */
    public double stoppedLastMonthUsd(int t) {
        return t > 0 ? stoppedUsd[t - 1] : 0.0;
    }

    /** Share of last month's potential goods sales that sanctions stopped, 0..1. */
    public double pressureLastMonth(int t) {
        return t > 0 ? RevenueLoss.share(stoppedUsd[t - 1], potentialUsd[t - 1]) : 0.0;
    }
}
