package org.hermit.model.channels;

import org.hermit.model.Channel;

/**
 * Coal (anthracite) exports, almost all to China.
 *
 * <pre>
 *   capacity(t)  = export_capacity_2016_t_per_year * exp(capacity_growth_per_year * (year - 2016.5)) before 2016.5
 *   price(t)     = world coal price (input coal_australia_usd_per_t) * price_ratio_to_world
 *   potential(t) = capacity / 12 * production index * price
 * </pre>
 * sold through {@link GoodsSales} with the UN coal cap (UNSCR 2321) limiting legal tonnes and value per year.
 * Volume: tonnes sold.
 */
public final class CoalChannel implements RevenueChannel {
    public static final String WORLD_PRICE_INPUT = "coal_australia_usd_per_t";

    private final double capacity2016TPerYear;
    private final double capacityGrowthPerYear;
    private final double priceRatioToWorld;
    private final double[] worldPriceUsdPerT;
    private final GoodsSales sales;

    public CoalChannel(ChannelSetup setup, BlockedTrade pool) {
        ChannelParams p = new ChannelParams(setup, Channel.COAL);
        capacity2016TPerYear = p.get("export_capacity_2016_t_per_year");
        capacityGrowthPerYear = p.get("capacity_growth_per_year");
        priceRatioToWorld = p.get("price_ratio_to_world");
        worldPriceUsdPerT = setup.monthlyInput(WORLD_PRICE_INPUT);
        sales = GoodsSales.fromParams(p, Channel.COAL, SanctionsRoute.Cap.COAL, pool);
    }

    @Override
    public Channel channel() {
        return Channel.COAL;
    }

    @Override
    public void earn(int t, ChannelContext context, ChannelFlows out) {
        double year = Dates.mid(context.month(t));
        double tonnes = capacity2016TPerYear / 12.0 * Dates.grownInto(year, 2016, capacityGrowthPerYear)
                * context.productionIndex();
        double priceUsdPerT = worldPriceUsdPerT[t] * priceRatioToWorld;
        out.volume(sales.sell(t, tonnes * priceUsdPerT, priceUsdPerT, out));
    }
}
