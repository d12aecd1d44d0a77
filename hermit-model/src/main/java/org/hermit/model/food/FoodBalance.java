package org.hermit.model.food;

import org.hermit.model.math.MinMax;
import java.util.SplittableRandom;
import org.hermit.model.inputs.InputSeries;
import org.hermit.model.param.ParameterValues;
import org.hermit.model.random.RandomStreams;
import org.hermit.model.time.Months;

/**
 * The grain balance in tonnes of cereal equivalent: harvest (early crops in July, the main harvest in October),
 * state procurement, imports by the state and traders, aid, stocks, the public distribution ration, farmers' own
 * food and their sales to the market. Harvests of years with evidence are inputs; later years are projected from
 * the last five years' mean with a random weather factor, and any scenario harvest shock applies on top.
 */
public final class FoodBalance {
    private final InputSeries harvestData;
    private final double trendHarvestT;
    private final double weatherSd;
    private final double earlyShare;
    private final double lossShare;
    private final double procurementShare;
    private final double needKgPerPersonMonth;
    private final double soldierRationKgMonth;
    private final double priorityRationKgMonth;
    private final double pdsTargetGramsPerDay;
    private final double stateCarryoverMonths;
    private final double farmCarryoverMonths;
    private final double grainSaleBanEffect;
    private final double grainShopShareOfRelease;
    private final double stateGrainLeakage;
    private final double initialStateStockShare;
    private final double priceMemory;
    private final double farmSalePriceElasticity;
    private final double traderSaleRate;

    private final double initialStockMonths;
    private boolean stocked;
    private final int firstYear;
    private final double[] projectedHarvestT;
    private double stateStockT;
    private double farmStockT;
    private double marketStockT;
    private double harvestThisMonthT;
    private double importsThisMonthT;

    // This month's distribution, read by the households and the prices.
    private double soldierRationKg;
    private double priorityRationKg;
    private double pdsRationKg;
    private double farmerOwnKg;
    private double marketSupplyKg;
    private double farmOfferKg;
    private double farmOfferMaxKg;
    private double traderSaleKg;
    private double grainShopSupplyKg;
    private double expectedPriceFactor = 1.0;
    private double leakedKg;
    private double targetedAidKg;

    public FoodBalance(ParameterValues p, InputSeries harvestData, int firstYear, int lastYear, long runSeed) {
        this.harvestData = harvestData;
        double sum = 0;
        int n = 0;
        for (int y = harvestData.lastYear() - 4; y <= harvestData.lastYear(); y++) {
            sum += harvestData.at(y);
            n++;
        }
        trendHarvestT = sum / n;
        weatherSd = p.get("food.harvest_weather_sd");
        earlyShare = p.get("food.early_harvest_share");
        lossShare = p.get("food.post_harvest_loss_share");
        procurementShare = p.get("food.procurement_share");
        needKgPerPersonMonth = p.get("food.need_kg_per_person_month");
        soldierRationKgMonth = p.get("food.soldier_ration_kg_month");
        priorityRationKgMonth = p.get("food.priority_ration_kg_month");
        pdsTargetGramsPerDay = p.get("food.pds_target_grams_per_day");
        stateCarryoverMonths = p.get("food.state_carryover_months");
        farmCarryoverMonths = p.get("food.farm_carryover_months");
        grainSaleBanEffect = p.get("food.grain_sale_ban_effect");
        grainShopShareOfRelease = p.get("food.grain_shop_share_of_release");
        stateGrainLeakage = p.get("food.state_grain_leakage_share");
        initialStateStockShare = p.get("food.initial_state_stock_share");
        priceMemory = p.get("food.price_expectation_memory");
        farmSalePriceElasticity = p.get("food.farm_sale_price_elasticity");
        traderSaleRate = p.get("food.trader_grain_sale_rate_per_month");
        SplittableRandom rng = RandomStreams.stream(runSeed, RandomStreams.HARVEST);
        // Weather for every projected year is drawn up front, in year order (one more year for look-ahead).
        this.firstYear = firstYear;
        projectedHarvestT = new double[lastYear - firstYear + 2];
        for (int i = 0; i < projectedHarvestT.length; i++) {
            double z = RandomStreams.normal(rng);
            projectedHarvestT[i] = trendHarvestT * Math.exp(weatherSd * z - 0.5 * weatherSd * weatherSd);
        }
        initialStockMonths = p.get("food.initial_stock_months");
    }

    /**
     * The harvest of a year: the evidence where it exists, else the trend times a random weather factor drawn once
     * per year (years are asked for in order).
     */
    public double harvestOf(int year) {
        if (harvestData.covers(year) || year < firstYear) {
            return harvestData.at(year);
        }
        return projectedHarvestT[MinMax.min(projectedHarvestT.length - 1, year - firstYear)];
    }

    /**
     * Months the grain in hand must last, counting this one: the main harvest arrives at the start of October, so
     * in October it must last twelve months and in September one.
     */
    public static int monthsToHarvest(int calendarMonth) {
        int m = Months.monthOfYear(calendarMonth);
        return m <= 9 ? 10 - m : 22 - m;
    }

    /**
     * Brings in harvests and imports, pays no one (procurement payments are the treasury's), and decides the
     * month's distribution: rations by priority, farmers' own food, grain on the market.
     *
     * @return tonnes procured by the state this month (for the treasury's won payment)
     */
    public double step(int calendarMonth, double harvestFactor, double population, double soldiers, double priorityPersons,
                       double pdsPersons, double farmers, double stateImportsT, double traderImportsT, double aidT,
                       double aidDivertedShare, double inKindFoodT, double grainSaleBan, double grainShopStrength,
                       double lastPriceFactor) {
        if (!stocked) {
            // The run starts with stocks for some months of national need, a share of them held by the state.
            double stockT = initialStockMonths * needKgPerPersonMonth * population / 1000.0;
            stateStockT = initialStateStockShare * stockT;
            farmStockT = (1.0 - initialStateStockShare) * stockT;
            stocked = true;
        }
        int m = Months.monthOfYear(calendarMonth);
        int year = Months.year(calendarMonth);
        harvestThisMonthT = 0;
        double procured = 0;
        if (m == 7) {
            double early = harvestOf(year) * earlyShare * (1.0 - lossShare);
            farmStockT += early;
            harvestThisMonthT = early;
        } else if (m == 10) {
            double main = harvestOf(year) * (1.0 - earlyShare) * harvestFactor;
            double net = main * (1.0 - lossShare);
            procured = net * procurementShare;
            stateStockT += procured;
            farmStockT += net - procured;
            harvestThisMonthT = main;
        }
        double divertedAid = aidT * aidDivertedShare;
        stateStockT += stateImportsT + divertedAid + inKindFoodT;
        marketStockT += traderImportsT;
        targetedAidKg = (aidT - divertedAid) * 1000.0;
        importsThisMonthT = stateImportsT + traderImportsT + aidT + inKindFoodT;

        int left = monthsToHarvest(calendarMonth);
        // The state spreads its stock over the months until the next harvest plus some months it keeps in reserve,
        // so rations are largest after the harvest and thinnest in the lean season.
        double releaseKg = stateStockT / (left + stateCarryoverMonths) * 1000.0;
        soldierRationKg = MinMax.min(soldierRationKgMonth, releaseKg / MinMax.max(1.0, soldiers));
        double afterSoldiers = releaseKg - soldierRationKg * soldiers;
        priorityRationKg = MinMax.min(priorityRationKgMonth, afterSoldiers / MinMax.max(1.0, priorityPersons));
        double afterPriority = MinMax.atLeastZero(afterSoldiers - priorityRationKg * priorityPersons);
        grainShopSupplyKg = afterPriority * grainShopShareOfRelease * grainShopStrength;
        // Officials and units sell part of the state's grain in markets instead of handing it out.
        leakedKg = (afterPriority - grainShopSupplyKg) * stateGrainLeakage;
        double general = pdsPersons;
        double pdsKg = afterPriority - grainShopSupplyKg - leakedKg;
        pdsRationKg = MinMax.min(pdsTargetGramsPerDay * 30.4 / 1000.0, pdsKg / MinMax.max(1.0, general));
        double releasedKg = soldierRationKg * soldiers + priorityRationKg * priorityPersons
                + pdsRationKg * general + grainShopSupplyKg + leakedKg;
        stateStockT -= releasedKg / 1000.0;

        // Farmers eat from their stock until the next harvest and sell part of what is beyond that.
        double farmKg = farmStockT * 1000.0;
        farmerOwnKg = MinMax.min(needKgPerPersonMonth, farmKg / MinMax.max(1.0, farmers) / left);
        // Farmers keep what they will eat until the harvest and offer the rest over the months until then plus some
        // months they carry across it, evenly, as holders of a stock do when storing costs little. Within the month
        // they sell more when grain fetches more than they expect and hold back when it fetches less (storage
        // arbitrage); the market's clearing prices that response (HouseholdKernel#farmOffer).
        double reserveKg = farmerOwnKg * farmers * left;
        double privateSales = 1.0 - grainSaleBanEffect * grainSaleBan;
        expectedPriceFactor = priceMemory * expectedPriceFactor + (1.0 - priceMemory) * lastPriceFactor;
        farmOfferMaxKg = MinMax.atLeastZero(farmKg - reserveKg) * privateSales;
        farmOfferKg = farmOfferMaxKg / (left + farmCarryoverMonths);
        traderSaleKg = marketStockT * 1000.0 * traderSaleRate * privateSales;
        marketSupplyKg = traderSaleKg + grainShopSupplyKg + leakedKg;

        return procured;
    }

    /**
     * Books what households ate and bought: farmers' own food and the market purchases leave the stocks, every
     * seller giving up the same share of what it offered at the clearing price (farmSoldOfferKg of it from farmers).
     */
    public void consumed(double farmersOwnKgTotal, double marketBoughtKg, double farmSoldOfferKg) {
        farmStockT = MinMax.atLeastZero(farmStockT - farmersOwnKgTotal / 1000.0);
        double offered = marketSupplyKg + farmSoldOfferKg;
        if (offered <= 0 || marketBoughtKg <= 0) {
            return;
        }
        // Grain-shop grain and officials' sales already left the state's stock.
        double share = MinMax.min(1.0, marketBoughtKg / offered);
        marketStockT = MinMax.atLeastZero(marketStockT - traderSaleKg * share / 1000.0);
        farmStockT = MinMax.atLeastZero(farmStockT - farmSoldOfferKg * share / 1000.0);
    }

    /** The grain price factor people expect, as this month's step updated it from last month's factor. */
    public double expectedPriceFactor() {
        return expectedPriceFactor;
    }

    /** Farmers' offer at the price they expect: their surplus spread evenly to the harvest and beyond. */
    public double farmOfferKg() {
        return farmOfferKg;
    }

    /** All farmers hold beyond what they will eat until the harvest. */
    public double farmOfferMaxKg() {
        return farmOfferMaxKg;
    }

    /** The part of the price-independent market supply sold by the state, through its shops or by officials. */
    public double stateSupplyKg() {
        return grainShopSupplyKg + leakedKg;
    }

    /** Elasticity of farmers' sales to this month's price over the expected one. */
    public double farmOfferElasticity() {
        return farmSalePriceElasticity;
    }

    public double needKgPerPersonMonth() {
        return needKgPerPersonMonth;
    }

    public double soldierRationKg() {
        return soldierRationKg;
    }

    public double priorityRationKg() {
        return priorityRationKg;
    }

    public double pdsRationKg() {
        return pdsRationKg;
    }

    public double pdsRationGramsPerDay() {
        return pdsRationKg * 1000.0 / 30.4;
    }

    public double farmerOwnKg() {
        return farmerOwnKg;
    }

    /** Market grain offered whatever the price: traders' stock, the state's shops, officials' sales. */
    public double marketSupplyKg() {
        return marketSupplyKg;
    }

    public double targetedAidKg() {
        return targetedAidKg;
    }

    public double harvestThisMonthT() {
        return harvestThisMonthT;
    }

    public double stocksT() {
        return stateStockT + farmStockT + marketStockT;
    }

    public double stateStockT() {
        return stateStockT;
    }

    /** The grain the state should import to fill its own stock to a year's need of its priority claimants. */
    public double stateGapT(double soldiers, double priorityPersons, double pdsPersons, int calendarMonth) {
        int left = monthsToHarvest(calendarMonth);
        double wantT = (soldiers * soldierRationKgMonth + priorityPersons * priorityRationKgMonth
                + pdsPersons * pdsTargetGramsPerDay * 30.4 / 1000.0) * left / 1000.0;
        return MinMax.atLeastZero(wantT - stateStockT);
    }
}
