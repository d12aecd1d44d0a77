package org.hermit.model.channels;

import org.hermit.model.Channel;
import org.hermit.model.Partner;
import org.hermit.model.Sector;

/**
 * Methamphetamine and other drugs smuggled into north-east China.
 *
 * <pre>
 *   potential(t) = earnings_usd_per_year / 12 * (1 + sanctions_response * pressure(t-1))
 * </pre>
 * pressure is the share of the goods channels' potential trade that sanctions stopped last month (production
 * reportedly rose after the coal ban). Physical: the border closure stops it. Not in customs; traders keep what the
 * state does not.
 */
public final class DrugsChannel implements RevenueChannel {
    private final double earningsUsdPerYear;
    private final double sanctionsResponse;
    private final double stateShare;
    private final BlockedTrade pool;
    private final SanctionsRoute route;
    private final SanctionsRoute.Split split = new SanctionsRoute.Split();

    public DrugsChannel(ChannelSetup setup, BlockedTrade pool) {
        ChannelParams p = new ChannelParams(setup, Channel.DRUGS);
        earningsUsdPerYear = p.get("earnings_usd_per_year");
        sanctionsResponse = p.get("sanctions_response");
        stateShare = p.get("state_share");
        this.pool = pool;
        route = SanctionsRoute.withoutEvasion(setup.timeline(), Channel.DRUGS, true, false);
    }

    @Override
    public Channel channel() {
        return Channel.DRUGS;
    }

    @Override
    public void earn(int t, ChannelContext context, ChannelFlows out) {
        double potential = earningsUsdPerYear / 12.0 * (1.0 + sanctionsResponse * pool.pressureLastMonth(t));
        route.split(t, Partner.CHINA.ordinal(), potential, 1.0, split);
        SanctionsRoute.book(split, Partner.CHINA.ordinal(), out);
        out.stateShare(stateShare);
        out.privateSector(Sector.TRADERS);
        out.volume(split.receivedUsd());
    }
}
