package org.hermit.model.food;

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
    private final double pdsEligibleShare;
    private final double stateCarryover;
    private final double farmSellShare;
    private final double grainSaleBanEffect;
    private final double grainShopShareOfRelease;
    private final double seasonAmplitude;
    private final SplittableRandom rng;

    private double stateStockT;
    private double farmStockT;
    private double marketStockT;
    private double harvestThisMonthT;
    private double importsThisMonthT;
    private double recentImportsT;

    // This month's distribution, read by the households and the prices.
    private double soldierRationKg;
    private double priorityRationKg;
    private double pdsRationKg;
    private double farmerOwnKg;
    private double marketSupplyKg;
    private double farmSaleKg;
    private double traderSaleKg;
    private double grainShopSupplyKg;
    private double targetedAidKg;
    private double scarcity = 1.0;

    public FoodBalance(ParameterValues p, InputSeries harvestData, long runSeed) {
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
        pdsEligibleShare = p.get("food.pds_eligible_share");
        stateCarryover = p.get("food.state_carryover_share");
        farmSellShare = p.get("food.farm_sell_share");
        grainSaleBanEffect = p.get("food.grain_sale_ban_effect");
        grainShopShareOfRelease = p.get("food.grain_shop_share_of_release");
        seasonAmplitude = p.get("prices.lean_season_amplitude");
        rng = RandomStreams.stream(runSeed, RandomStreams.HARVEST);
        double initialStocks = p.get("food.initial_stock_months");
        // Start in January with the last harvest three months in: stocks for the months until October.
        double annualNeed = needKgPerPersonMonth * 12.0 / 1000.0;
        stateStockT = 0.4 * initialStocks / 12.0 * annualNeed * 24.0e6;
        farmStockT = 0.6 * initialStocks / 12.0 * annualNeed * 24.0e6;
    }

    /** The harvest of a year: the evidence where it exists, else the trend times a random weather factor. */
    double harvestOf(int year) {
        if (harvestData.covers(year)) {
            return harvestData.at(year);
        }
        double z = RandomStreams.normal(rng);
        return trendHarvestT * Math.exp(weatherSd * z - 0.5 * weatherSd * weatherSd);
    }

    /** Months until the next main harvest, counting this one (October = 1... September = 1 before October). */
    static int monthsToHarvest(int calendarMonth) {
        int m = Months.monthOfYear(calendarMonth);
        return m <= 10 ? 10 - m + 1 : 12 - m + 11;
    }

    /**
     * Brings in harvests and imports, pays no one (procurement payments are the treasury's), and decides the
     * month's distribution: rations by priority, farmers' own food, grain on the market.
     *
     * @return tonnes procured by the state this month (for the treasury's won payment)
     */
    public double step(int calendarMonth, double harvestFactor, double population, double soldiers, double priorityPersons,
                       double farmers, double stateImportsT, double traderImportsT, double aidT, double aidDivertedShare,
                       double inKindFoodT, double grainSaleBan, double grainShopStrength) {
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
        recentImportsT = 0.8 * recentImportsT + 0.2 * importsThisMonthT;

        int left = monthsToHarvest(calendarMonth);
        // The state releases its stock evenly until the next harvest, keeping a carry-over.
        double releaseKg = stateStockT * (1.0 - stateCarryover) / left * 1000.0;
        soldierRationKg = Math.min(soldierRationKgMonth, releaseKg / Math.max(1.0, soldiers));
        double afterSoldiers = releaseKg - soldierRationKg * soldiers;
        priorityRationKg = Math.min(priorityRationKgMonth, afterSoldiers / Math.max(1.0, priorityPersons));
        double afterPriority = Math.max(0.0, afterSoldiers - priorityRationKg * priorityPersons);
        grainShopSupplyKg = afterPriority * grainShopShareOfRelease * grainShopStrength;
        double general = population * pdsEligibleShare;
        double pdsKg = afterPriority - grainShopSupplyKg;
        pdsRationKg = Math.min(pdsTargetGramsPerDay * 30.4 / 1000.0, pdsKg / Math.max(1.0, general));
        double releasedKg = soldierRationKg * soldiers + priorityRationKg * priorityPersons
                + pdsRationKg * general + grainShopSupplyKg;
        stateStockT -= releasedKg / 1000.0;

        // Farmers eat from their stock until the next harvest and sell part of what is beyond that.
        double farmKg = farmStockT * 1000.0;
        farmerOwnKg = Math.min(needKgPerPersonMonth, farmKg / Math.max(1.0, farmers) / left);
        double reserveKg = farmerOwnKg * farmers * left;
        double privateSales = 1.0 - grainSaleBanEffect * grainSaleBan;
        farmSaleKg = Math.max(0.0, farmKg - reserveKg) * farmSellShare / left * privateSales;
        traderSaleKg = marketStockT * 1000.0 * 0.5 * privateSales;
        marketSupplyKg = farmSaleKg + traderSaleKg + grainShopSupplyKg;

        // Scarcity: what everyone needs until the harvest over what is in stock plus what is likely to arrive.
        double needT = population * needKgPerPersonMonth * left / 1000.0;
        double availableT = stateStockT + farmStockT + marketStockT + recentImportsT * left;
        double season = 1.0 + seasonAmplitude * Math.cos(2.0 * Math.PI * (m - 7) / 12.0);
        scarcity = needT / Math.max(1.0, availableT) * season;
        return procured;
    }

    /**
     * Books what households ate and bought: farmers' own food and the market purchases leave the stocks, in
     * proportion to where the market supply came from.
     */
    public void consumed(double farmersOwnKgTotal, double marketBoughtKg) {
        farmStockT = Math.max(0.0, farmStockT - farmersOwnKgTotal / 1000.0);
        if (marketSupplyKg <= 0 || marketBoughtKg <= 0) {
            return;
        }
        // Every source sells the same share of what it offered; grain-shop grain already left the state's stock.
        double share = Math.min(1.0, marketBoughtKg / marketSupplyKg);
        marketStockT = Math.max(0.0, marketStockT - traderSaleKg * share / 1000.0);
        farmStockT = Math.max(0.0, farmStockT - farmSaleKg * share / 1000.0);
    }

    /** Share of this month's market grain that came from farmers (their sales revenue). */
    public double farmShareOfMarket() {
        return marketSupplyKg <= 0 ? 0 : farmSaleKg / marketSupplyKg;
    }

    public double grainShopShareOfMarket() {
        return marketSupplyKg <= 0 ? 0 : grainShopSupplyKg / marketSupplyKg;
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

    public double marketSupplyKg() {
        return marketSupplyKg;
    }

    public double targetedAidKg() {
        return targetedAidKg;
    }

    public double scarcity() {
        return scarcity;
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
    public double stateGapT(double soldiers, double priorityPersons, double population, int calendarMonth) {
        int left = monthsToHarvest(calendarMonth);
        double wantT = (soldiers * soldierRationKgMonth + priorityPersons * priorityRationKgMonth
                + population * pdsEligibleShare * pdsTargetGramsPerDay * 30.4 / 1000.0) * left / 1000.0;
        return Math.max(0.0, wantT - stateStockT);
    }
}
