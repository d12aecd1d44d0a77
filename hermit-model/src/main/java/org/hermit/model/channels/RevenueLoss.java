package org.hermit.model.channels;

/**
 * How much of a revenue base a loss is, the one function every loss share in the channels goes through (the
 * sanctions split of a route, the pressure of blocked trade on traders and drug runners).
 */
public final class RevenueLoss {
    private RevenueLoss() {}

    /** lossUsd / baseUsd, 0 when the base is not positive. */
    public static double share(double lossUsd, double baseUsd) {
        return baseUsd > 0.0 ? lossUsd / baseUsd : 0.0;
    }
}
