package org.hermit.model.channels;

import org.hermit.model.Channel;
import org.hermit.model.Partner;
import org.hermit.model.Sector;
import org.hermit.model.policy.Timeline;

/**
 * Troops sent to fight for Russia (the timeline's deployments; from 2024-10 in history).
 *
 * <pre>
 *   pay(t)     = troops * pay_usd_per_soldier_month                 (cash; the state keeps state_share)
 *   food(t)    = troops * food_t_per_soldier_month, valued at the Thai rice price   (in kind, to the state)
 *   tech(t)    = troops * technology_usd_per_soldier_month           (in kind: air defence, electronic warfare...)
 *   receipts   = pay + food value + tech, all from Russia
 * </pre>
 * Volume and persons: troops abroad.
 */
public final class TroopsChannel implements RevenueChannel {
    private final Timeline timeline;
    private final double payUsd;
    private final double foodT;
    private final double technologyUsd;
    private final double stateShare;
    private final double[] riceUsdPerT;

    public TroopsChannel(ChannelSetup setup) {
        ChannelParams p = new ChannelParams(setup, Channel.TROOPS);
        timeline = setup.timeline();
        payUsd = p.get("pay_usd_per_soldier_month");
        foodT = p.get("food_t_per_soldier_month");
        technologyUsd = p.get("technology_usd_per_soldier_month");
        stateShare = p.get("state_share");
        riceUsdPerT = setup.monthlyInput(WorldPrices.RICE_USD_PER_T);
    }

    @Override
    public Channel channel() {
        return Channel.TROOPS;
    }

    @Override
    public void earn(int t, ChannelContext context, ChannelFlows out) {
        double troops = timeline.troopsDeployed(t);
        double food = troops * foodT;
        double inKindUsd = food * riceUsdPerT[t] + troops * technologyUsd;
        out.receive(Partner.RUSSIA, troops * payUsd + inKindUsd);
        out.inKind(inKindUsd, food, 0.0);
        out.stateShare(stateShare);
        out.privateSector(Sector.HOUSEHOLDS);
        out.persons(troops);
        out.volume(troops);
    }
}
