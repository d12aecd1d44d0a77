package org.hermit.model.money;

import org.hermit.model.math.MinMax;
import org.hermit.model.param.ParameterValues;

/**
 * Market prices in won. Grain starts from import parity (China's price times the won-yuan rate times a border
 * markup, with a lean-season swing) and is then scaled by the factor that clears the month's grain market; fuel follows the world oil price times the won-dollar rate
 * times a markup and a scarcity term from the fuel supply. The general price level follows the dollar.
 */
public final class Prices {
    /** kg of diesel and of gasoline in a barrel (159 l at 0.84 and 0.74 kg/l). */
    static final double DIESEL_KG_PER_BBL = 159.0 * 0.84;
    static final double GASOLINE_KG_PER_BBL = 159.0 * 0.74;

    private final double riceMarkup;
    private final double maizeMarkup;
    private final double maizeScarcityElasticity;
    private final double seasonAmplitude;
    private final double grainShopDiscount;
    private final double dieselMarkup;
    private final double gasolineMarkup;
    private final double fuelScarcityElasticity;
    private final double referenceKpwPerUsd;
    private final double priceLevelPassThrough;

    private double riceReference;
    private double maizeReference;
    private double rice;
    private double maize;
    private double diesel;
    private double gasoline;
    private double priceLevel = 1.0;

    public Prices(ParameterValues p) {
        riceMarkup = p.get("prices.rice_border_markup");
        maizeMarkup = p.get("prices.maize_border_markup");
        maizeScarcityElasticity = p.get("prices.maize_scarcity_elasticity");
        seasonAmplitude = p.get("prices.lean_season_amplitude");
        grainShopDiscount = p.get("prices.grain_shop_discount");
        dieselMarkup = p.get("prices.diesel_markup");
        gasolineMarkup = p.get("prices.gasoline_markup");
        fuelScarcityElasticity = p.get("prices.fuel_scarcity_elasticity");
        referenceKpwPerUsd = p.get("prices.reference_kpw_per_usd");
        priceLevelPassThrough = p.get("prices.price_level_pass_through");
    }

    /**
     * Sets the month's prices before the grain market clears: grain at its reference (import parity with the
     * season), fuel and the price level final.
     *
     * @param calendarMonth     for the lean-season swing of grain prices (peak in July)
     * @param grainShopStrength 0..1, how much grain the state sells cheaply in its shops (pulls market prices down)
     * @param fuelScarcity      fuel need over fuel supplied (1 = normal)
     */
    public void update(double kpwPerUsd, double cnyPerUsd, double chinaRiceCnyPerKg, double chinaMaizeCnyPerKg,
                       double oilUsdPerBbl, int calendarMonth, double grainShopStrength, double fuelScarcity) {
        double kpwPerCny = kpwPerUsd / cnyPerUsd;
        double shops = 1.0 - grainShopDiscount * grainShopStrength;
        double season = 1.0 + seasonAmplitude * Math.cos(2.0 * Math.PI * (org.hermit.model.time.Months.monthOfYear(calendarMonth) - 7) / 12.0);
        riceReference = kpwPerCny * chinaRiceCnyPerKg * riceMarkup * season * shops;
        maizeReference = kpwPerCny * chinaMaizeCnyPerKg * maizeMarkup * season * shops;
        rice = riceReference;
        maize = maizeReference;
        double f = MinMax.max(0.2, MinMax.min(5.0, fuelScarcity));
        double fuelTerm = Math.pow(f, fuelScarcityElasticity);
        diesel = kpwPerUsd * oilUsdPerBbl / DIESEL_KG_PER_BBL * dieselMarkup * fuelTerm;
        gasoline = kpwPerUsd * oilUsdPerBbl / GASOLINE_KG_PER_BBL * gasolineMarkup * fuelTerm;
        priceLevel = Math.pow(kpwPerUsd / referenceKpwPerUsd, priceLevelPassThrough);
    }

    /**
     * Sets grain prices from the factor that cleared this month's market: rice moves with the factor, maize (the
     * staple the poor turn to) more than proportionally.
     */
    public void clearGrain(double factor) {
        rice = riceReference * factor;
        maize = maizeReference * Math.pow(factor, maizeScarcityElasticity);
    }

    public double riceReferenceKpwPerKg() {
        return riceReference;
    }

    public double maizeReferenceKpwPerKg() {
        return maizeReference;
    }

    public double maizeScarcityElasticity() {
        return maizeScarcityElasticity;
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
