package org.hermit.model.channels;

import org.hermit.model.Channel;
import org.hermit.model.Lever;
import org.hermit.model.Partner;
import org.hermit.model.Sector;
import org.hermit.model.policy.Timeline;

/**
 * Arms and munitions sales: Russia's war demand (from 2023-08 in history, via the war_demand lever) and the older,
 * smaller buyers (Syria, Iran, African states), both under the UN arms bans (1718, 1874) through the
 * {@link SanctionsRoute}: Russia does not enforce (a scenario sets its enforcement), older buyers mostly do.
 *
 * <pre>
 *   potential_russia(t) = russia.sales_usd_per_year / 12 * war_demand
 *   potential_other(t)  = other.sales_usd_per_year / 12
 *   in kind (Russia)    = received * russia.in_kind_share: oil (russia.oil_bbl_per_year at Brent) and food
 *                         (russia.food_t_per_year at the Thai rice price), both scaled by what was received; the
 *                         rest is technology
 * </pre>
 * Arms never appear in customs. Volume: USD received.
 */
public final class ArmsChannel implements RevenueChannel {
    private final Timeline timeline;
    private final double russiaSalesUsdPerYear;
    private final double otherSalesUsdPerYear;
    private final double inKindShare;
    private final double oilBblPerYear;
    private final double foodTPerYear;
    private final double stateShare;
    private final double[] brentUsdPerBbl;
    private final double[] riceUsdPerT;
    private final SanctionsRoute route;
    private final SanctionsRoute.Split split = new SanctionsRoute.Split();

    public ArmsChannel(ChannelSetup setup) {
        ChannelParams p = new ChannelParams(setup, Channel.ARMS);
        timeline = setup.timeline();
        russiaSalesUsdPerYear = p.get("russia.sales_usd_per_year");
        otherSalesUsdPerYear = p.get("other.sales_usd_per_year");
        inKindShare = p.get("russia.in_kind_share");
        oilBblPerYear = p.get("russia.oil_bbl_per_year");
        foodTPerYear = p.get("russia.food_t_per_year");
        stateShare = p.get("state_share");
        brentUsdPerBbl = setup.monthlyInput(WorldPrices.BRENT_USD_PER_BBL);
        riceUsdPerT = setup.monthlyInput(WorldPrices.RICE_USD_PER_T);
        route = SanctionsRoute.fromParams(p, Channel.ARMS, true, false, SanctionsRoute.Cap.NONE);
    }

    @Override
    public Channel channel() {
        return Channel.ARMS;
    }

    @Override
    public void earn(int t, ChannelContext context, ChannelFlows out) {
        double war = timeline.lever(t, Lever.WAR_DEMAND);
        double received = 0.0;

        double russiaPotential = russiaSalesUsdPerYear / 12.0 * war;
        route.split(t, Partner.RUSSIA.ordinal(), russiaPotential, 1.0, split);
        SanctionsRoute.book(split, Partner.RUSSIA.ordinal(), out);
        double fromRussia = split.receivedUsd();
        received += fromRussia;
        if (fromRussia > 0.0) {
            double realised = fromRussia / russiaPotential;
            double inKindUsd = fromRussia * inKindShare;
            double bbl = oilBblPerYear / 12.0 * war * realised;
            double foodT = foodTPerYear / 12.0 * war * realised;
            double goodsUsd = bbl * brentUsdPerBbl[t] + foodT * riceUsdPerT[t];
            if (goodsUsd > inKindUsd) {
                // The payment in kind cannot exceed its share: fewer barrels and tonnes, no technology.
                double scale = inKindUsd / goodsUsd;
                bbl *= scale;
                foodT *= scale;
            }
            out.inKind(inKindUsd, foodT, bbl);
        }

        route.split(t, Partner.OTHER.ordinal(), otherSalesUsdPerYear / 12.0, 1.0, split);
        SanctionsRoute.book(split, Partner.OTHER.ordinal(), out);
        received += split.receivedUsd();

        out.stateShare(stateShare);
        out.privateSector(Sector.ENTERPRISES);
        out.volume(received);
    }
}
