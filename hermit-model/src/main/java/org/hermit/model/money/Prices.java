package org.hermit.model.money;

import org.hermit.model.param.ParameterValues;

/**
 * Market prices in won. Grain follows import parity (China's price times the won-yuan rate times a border
 * markup) times a scarcity term from the food balance; fuel follows the world oil price times the won-dollar rate
 * times a markup and a scarcity term from the fuel supply. The general price level follows the dollar.
 */
public final class Prices {
    /** kg of diesel and of gasoline in a barrel (159 l at 0.84 and 0.74 kg/l). */
    static final double DIESEL_KG_PER_BBL = 159.0 * 0.84;
    static final double GASOLINE_KG_PER_BBL = 159.0 * 0.74;

    private final double riceMarkup;
    private final double maizeMarkup;
    private final double riceScarcityElasticity;
    private final double maizeScarcityElasticity;
    private final double grainShopDiscount;
    private final double dieselMarkup;
    private final double gasolineMarkup;
    private final double fuelScarcityElasticity;
    private final double referenceKpwPerUsd;
    private final double priceLevelPassThrough;

    private double rice;
    private double maize;
    private double diesel;
    private double gasoline;
    private double priceLevel = 1.0;

    public Prices(ParameterValues p) {
        riceMarkup = p.get("prices.rice_border_markup");
        maizeMarkup = p.get("prices.maize_border_markup");
        riceScarcityElasticity = p.get("prices.rice_scarcity_elasticity");
        maizeScarcityElasticity = p.get("prices.maize_scarcity_elasticity");
        grainShopDiscount = p.get("prices.grain_shop_discount");
        dieselMarkup = p.get("prices.diesel_markup");
        gasolineMarkup = p.get("prices.gasoline_markup");
        fuelScarcityElasticity = p.get("prices.fuel_scarcity_elasticity");
        referenceKpwPerUsd = p.get("prices.reference_kpw_per_usd");
        priceLevelPassThrough = p.get("prices.price_level_pass_through");
    }

    /**
     * Sets the month's prices.
     *
     * @param grainScarcity need until the next harvest over grain available (1 = normal)
     * @param grainShopStrength 0..1, how much grain the state sells cheaply in its shops (pulls market prices down)
     * @param fuelScarcity fuel need over fuel supplied (1 = normal)
     */
    public void update(double kpwPerUsd, double cnyPerUsd, double chinaRiceCnyPerKg, double chinaMaizeCnyPerKg,
                       double oilUsdPerBbl, double grainScarcity, double grainShopStrength, double fuelScarcity) {
        double kpwPerCny = kpwPerUsd / cnyPerUsd;
        double shops = 1.0 - grainShopDiscount * grainShopStrength;
        double g = Math.max(0.2, Math.min(5.0, grainScarcity));
        rice = kpwPerCny * chinaRiceCnyPerKg * riceMarkup * Math.pow(g, riceScarcityElasticity) * shops;
        maize = kpwPerCny * chinaMaizeCnyPerKg * maizeMarkup * Math.pow(g, maizeScarcityElasticity) * shops;
        double f = Math.max(0.2, Math.min(5.0, fuelScarcity));
        double fuelTerm = Math.pow(f, fuelScarcityElasticity);
        diesel = kpwPerUsd * oilUsdPerBbl / DIESEL_KG_PER_BBL * dieselMarkup * fuelTerm;
        gasoline = kpwPerUsd * oilUsdPerBbl / GASOLINE_KG_PER_BBL * gasolineMarkup * fuelTerm;
        priceLevel = Math.pow(kpwPerUsd / referenceKpwPerUsd, priceLevelPassThrough);
    }

    public double riceKpwPerKg() {
        return rice;
    }

    public double maizeKpwPerKg() {
        return maize;
    }

    public double dieselKpwPerKg() {
        return diesel;
    }

    public double gasolineKpwPerKg() {
        return gasoline;
    }

    /** Won price level of goods, 1 when the dollar costs the reference rate. */
    public double priceLevel() {
        return priceLevel;
    }
}
