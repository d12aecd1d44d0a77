package org.hermit.model.channels;

import org.hermit.model.Channel;
import org.hermit.model.Lever;
import org.hermit.model.Sector;
import org.hermit.model.policy.Timeline;

/**
 * Traders' private exports across the river border to China, never in customs: medicinal herbs, seafood, scrap,
 * goods that the legal route no longer takes.
 *
 * <pre>
 *   potential(t) = (exports_usd_per_year / 12 + substitution_share * goods trade stopped by sanctions in t-1)
 *                  * market_tolerance
 * </pre>
 * through the shared {@link GoodsSales} on a route that the border closure stops and no customs records. Receipts
 * go to traders; the state takes state_levy. The substituting part is sanctions-exposed.
 */
public final class SmugglingChannel implements RevenueChannel {
    private final Timeline timeline;
    private final double baseUsdPerYear;
    private final double substitutionShare;
    private final BlockedTrade pool;
    private final GoodsSales sales;

    public SmugglingChannel(ChannelSetup setup, BlockedTrade pool) {
        ChannelParams p = new ChannelParams(setup, Channel.SMUGGLING);
        timeline = setup.timeline();
        baseUsdPerYear = p.get("exports_usd_per_year");
        substitutionShare = p.get("substitution_share");
        this.pool = pool;
        SanctionsRoute route = SanctionsRoute.withoutEvasion(timeline, Channel.SMUGGLING, true, false);
        sales = new GoodsSales(1.0, 0.0, 0.0, route, 0.0, p.get("state_levy"), Sector.TRADERS,
                BlockedTrade.none(timeline.months()));
    }

    @Override
    public Channel channel() {
        return Channel.SMUGGLING;
    }

    @Override
    public void earn(int t, ChannelContext context, ChannelFlows out) {
        double tolerance = timeline.lever(t, Lever.MARKET_TOLERANCE);
        double base = baseUsdPerYear / 12.0 * tolerance;
        double substitute = substitutionShare * pool.stoppedLastMonthUsd(t) * tolerance;
        double sold = sales.sell(t, base + substitute, 1.0, out);
        out.exposed(sold * RevenueLoss.share(substitute, base + substitute));
        out.volume(sold);
    }
}
