package org.hermit.model.channels;

import org.hermit.model.Channel;

/**
 * Seafood exports, mostly to China (fishing rights sold after the 2017 ban count as evasion).
 *
 * <pre>
 *   potential(t) = export_value_2016_usd_per_year / 12 * exp(value_growth_per_year * (year - 2016.5)) before 2016.5
 *                  * production index
 * </pre>
 * sold through {@link GoodsSales}. Volume: USD sold.
 */
public final class SeafoodChannel implements RevenueChannel {
    private final double value2016UsdPerYear;
    private final double growthPerYear;
    private final GoodsSales sales;

    public SeafoodChannel(ChannelSetup setup, BlockedTrade pool) {
        ChannelParams p = new ChannelParams(setup, Channel.SEAFOOD);
        value2016UsdPerYear = p.get("export_value_2016_usd_per_year");
        growthPerYear = p.get("value_growth_per_year");
        sales = GoodsSales.fromParams(p, Channel.SEAFOOD, SanctionsRoute.Cap.NONE, pool);
    }

    @Override
    public Channel channel() {
        return Channel.SEAFOOD;
    }

    @Override
    public void earn(int t, ChannelContext context, ChannelFlows out) {
        double year = Dates.mid(context.month(t));
        double potential = value2016UsdPerYear / 12.0 * Dates.grownInto(year, 2016, growthPerYear)
                * context.productionIndex();
        out.volume(sales.sell(t, potential, 1.0, out));
    }
}
