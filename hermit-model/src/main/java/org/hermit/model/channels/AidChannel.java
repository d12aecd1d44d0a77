package org.hermit.model.channels;

import org.hermit.model.Channel;
import org.hermit.model.Lever;
import org.hermit.model.Partner;
import org.hermit.model.policy.Timeline;

/**
 * Humanitarian aid in kind (food and other supplies), scaled by agencies' access and stopped by a closed border.
 *
 * <pre>
 *   food(t)     = food_t_per_year / 12 * aid_access          (valued at the Thai rice price)
 *   other(t)    = non_food_usd_per_year / 12 * aid_access
 *   diverted    = diverted_share of both: in kind to the state (military, elite)
 *   the rest    : food and supplies handed to households (ChannelFlows.inKindToHouseholds)
 * </pre>
 * Total food received = inKindFoodT() + householdFoodT(). No cash changes hands.
 */
public final class AidChannel implements RevenueChannel {
    private final Timeline timeline;
    private final double foodTPerMonth;
    private final double nonFoodUsdPerMonth;
    private final double divertedShare;
    private final double[] riceUsdPerT;
    private final SanctionsRoute route;
    private final SanctionsRoute.Split split = new SanctionsRoute.Split();

    public AidChannel(ChannelSetup setup) {
        ChannelParams p = new ChannelParams(setup, Channel.AID);
        timeline = setup.timeline();
        foodTPerMonth = p.get("food_t_per_year") / 12.0;
        nonFoodUsdPerMonth = p.get("non_food_usd_per_year") / 12.0;
        divertedShare = p.get("diverted_share");
        riceUsdPerT = setup.monthlyInput(WorldPrices.RICE_USD_PER_T);
        route = SanctionsRoute.withoutEvasion(timeline, Channel.AID, true, false);
    }

    @Override
    public Channel channel() {
        return Channel.AID;
    }

    @Override
    public void earn(int t, ChannelContext context, ChannelFlows out) {
        double access = timeline.lever(t, Lever.AID_ACCESS);
        double foodUsd = foodTPerMonth * access * riceUsdPerT[t];
        double potential = foodUsd + nonFoodUsdPerMonth * access;
        route.split(t, Partner.OTHER.ordinal(), potential, 1.0, split);
        SanctionsRoute.book(split, Partner.OTHER.ordinal(), out);
        double received = split.receivedUsd();
        double foodT = foodTPerMonth * access * RevenueLoss.share(received, potential);
        out.inKind(received * divertedShare, foodT * divertedShare, 0.0);
        out.inKindToHouseholds(received * (1.0 - divertedShare), foodT * (1.0 - divertedShare));
        // Aid is all in kind: there is no net cash for a state share to split.
        out.stateShare(1.0);
        out.volume(foodT);
    }
}
