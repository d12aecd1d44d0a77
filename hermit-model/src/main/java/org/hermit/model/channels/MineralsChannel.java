package org.hermit.model.channels;

import org.hermit.model.Channel;

/**
 * Iron ore and other ores and metals (lead, zinc, copper, gold, rare earths), mostly to China.
 *
 * <pre>
 *   price index(t) = iron_ore_share * iron ore price(t) / iron ore price(2016) + (1 - iron_ore_share)
 *   potential(t)   = export_value_2016_usd_per_year / 12 * exp(value_growth_per_year * (year - 2016.5)) before 2016.5
 *                    * price index * production index
 * </pre>
 * Volume: USD at 2016 prices sold.
 */
public final class MineralsChannel implements RevenueChannel {
    public static final String IRON_ORE_INPUT = "iron_ore_usd_per_dmt";

    private final double value2016UsdPerYear;
    private final double growthPerYear;
    private final double ironOreShare;
    private final double[] ironOreRelativeTo2016;
    private final GoodsSales sales;

    public MineralsChannel(ChannelSetup setup, BlockedTrade pool) {
        ChannelParams p = new ChannelParams(setup, Channel.MINERALS);
        value2016UsdPerYear = p.get("export_value_2016_usd_per_year");
        growthPerYear = p.get("value_growth_per_year");
        ironOreShare = p.get("iron_ore_share");
        double[] iron = setup.monthlyInput(IRON_ORE_INPUT);
        double iron2016 = setup.inputs().get(IRON_ORE_INPUT).at(2016);
        ironOreRelativeTo2016 = new double[iron.length];
        for (int t = 0; t < iron.length; t++) {
            ironOreRelativeTo2016[t] = iron[t] / iron2016;
        }
        sales = GoodsSales.fromParams(p, Channel.MINERALS, SanctionsRoute.Cap.NONE, pool);
    }

    @Override
    public Channel channel() {
        return Channel.MINERALS;
    }

    @Override
    public void earn(int t, ChannelContext context, ChannelFlows out) {
        double year = Dates.mid(context.month(t));
        double priceIndex = ironOreShare * ironOreRelativeTo2016[t] + (1.0 - ironOreShare);
        double valueAt2016Prices = value2016UsdPerYear / 12.0 * Dates.grownInto(year, 2016, growthPerYear)
                * context.productionIndex();
        double sold = sales.sell(t, valueAt2016Prices * priceIndex, priceIndex, out);
        out.volume(sold);
    }
}
