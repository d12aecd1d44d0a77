package org.hermit.model.channels;

import org.hermit.model.Channel;

/**
 * Goods no resolution bans outright
 *
 * <pre>
 *   potential(t) = export_value_2016_usd_per_year / 12 * exp(value_growth_per_year * (year - 2016.5)) before 2016.5
 *                  * production index
 * </pre>
 * sold through {@link GoodsSales}. Volume: USD sold.
 */
public final class OtherGoodsChannel implements RevenueChannel {
    private final double value2016UsdPerYear;
    private final double growthPerYear;
    private final GoodsSales sales;

    public OtherGoodsChannel(ChannelSetup setup, BlockedTrade pool) {
        ChannelParams p = new ChannelParams(setup, Channel.OTHER_GOODS);
        value2016UsdPerYear = p.get("export_value_2016_usd_per_year");
        growthPerYear = p.get("value_growth_per_year");
        sales = GoodsSales.fromParams(p, Channel.OTHER_GOODS, SanctionsRoute.Cap.NONE, pool);
    }

    @Override
    public Channel channel() {
        return Channel.OTHER_GOODS;
    }

    @Override
    public void earn(int t, ChannelContext context, ChannelFlows out) {
        double year = Dates.mid(context.month(t));
        double potential = value2016UsdPerYear / 12.0 * Dates.grownInto(year, 2016, growthPerYear)
                * context.productionIndex();
        out.volume(sales.sell(t, potential, 1.0, out));
    }
}
