package org.hermit.model.households;

import org.hermit.model.math.MinMax;
import org.hermit.model.param.ParameterValues;

/**
 * What households do in a month, as loops over the rows of a {@link HouseholdTable}: earn (state wages, enterprise
 * pay, market income, remittances, procurement payments), pay the levy (mandatory contributions and forced labour
 * valued in won), eat (ration, own grain, aid, then market grain as far as money and supply allow), spend the rest
 * and rebalance their won and dollars. The same loops serve cohort rows and single households.
 *
 * <p>Within a row, food intake is spread evenly between (1 - spread) and (1 + spread) times the row's mean, so
 * the share of the row below its need is smooth in the mean (an assumption; see food.intake_spread).
 */
public final class HouseholdKernel {
    private final double intakeSpread;
    /** Grain a household that can afford it eats, as a multiple of the need (beyond it, other food). */
    private final double satiatedIntake;
    /** Price elasticity of the grain households eat when they can afford all they want. */
    private final double demandElasticity;
    private final double dissaveRate;
    private final double nonFoodShare;
    /** Most of its spendable money a household puts into grain, and its inverse. */
    private final double grainBudgetShare;
    private final double inverseGrainBudgetShare;
    /** Lowest and highest factor on reference grain prices the market can clear at; below the floor hoarders buy. */
    final double minFactor;
    final double maxFactor;
    /** Hoarders buy when grain sells below this share of its expected price (storage costs and risk). */
    private final double storageFloor;

    // Inputs of the month, set by the economy before it calls the kernel.
    public double wageKpwPerWeight;
    public double enterprisePayoutKpw;
    public double traderPayoutKpw;
    public double remittanceUsd;
    public double procurementKpw;
    public double kpwPerUsd;
    public double riceKpwPerKg;
    public double maizeKpwPerKg;
    public double needKg;
    public double pdsRationKg;
    public double priorityRationKg;
    public double soldierRationKg;
    public double farmerOwnKg;
    public double targetedAidKg;
    /** Market grain offered whatever the price: traders' imports, the state's shops and what officials sell. */
    public double marketSupplyKg;
    /** The part of marketSupplyKg the state sells (its shops and its officials; paid to the state). */
    public double stateSupplyKg;
    /** What farmers offer at the price they expect (their surplus spread evenly to the harvest and beyond). */
    public double farmOfferKg;
    /** All farmers hold beyond what they will eat until the harvest: the most they can sell. */
    public double farmOfferMaxKg;
    /** Elasticity of farmers' sales to this month's price over the price they expect (storage arbitrage). */
    public double farmOfferElasticity;
    public double wonShare;
    /** The grain price factor people expect (the food balance's smoothed memory of past factors). */
    public double expectedPriceFactor = 1.0;
    /** How much more than proportionally maize prices move with the clearing factor. */
    public double maizeElasticity = 1.0;

    // Results of the month (totals over rows).
    public double wagesKpw;
    public double leviesKpw;
    public double foodSpendKpw;
    public double nonFoodSpendKpw;
    public double farmSalesKpw;
    public double grainShopSalesKpw;
    public double marketBoughtKg;
    /** What farmers sold into the market at the clearing price, before rationing (the grain they offered). */
    public double farmSoldOfferKg;
    /** All grain on the market at the clearing price. */
    public double supplyAtClearingKg;
    public double farmersOwnKg;
    public double foodInsecurePeople;
    /** People below need by household kind (HouseholdKind ordinal). */
    public final double[] foodInsecureByKind = new double[HouseholdKind.COUNT];
    public double residentPeople;
    public double desiredUsdSales;
    /** The table's totalWon() and totalUsd() as {@link #rebalance} left it. */
    public double wonAfterRebalance;
    public double usdAfterRebalance;
    /** The factor on reference grain prices that cleared the market this month. */
    public double grainPriceFactor = 1.0;

    public HouseholdKernel(ParameterValues p) {
        intakeSpread = p.get("food.intake_spread");
        satiatedIntake = p.get("food.satiated_intake_ratio");
        demandElasticity = p.get("food.grain_demand_price_elasticity");
        dissaveRate = p.get("households.dissave_rate");
        nonFoodShare = p.get("households.non_food_spend_share");
        grainBudgetShare = p.get("households.grain_budget_share");
        inverseGrainBudgetShare = 1.0 / grainBudgetShare;
        minFactor = p.get("prices.grain_factor_min");
        maxFactor = p.get("prices.grain_factor_max");
        storageFloor = p.get("prices.grain_storage_floor");
    }

    /**
     * Earns, pays the levy, eats and spends, the table's rows weighted as its last {@link HouseholdTable#resize}
     * left them. Call {@link #rebalance} afterwards with the share traders accept.
     */
    public void earnEatAndSpend(HouseholdTable t) {
        final int n = t.rows;
        final int soldiers = HouseholdKind.SOLDIERS.ordinal();
        final int abroad = HouseholdKind.WORKERS_ABROAD.ordinal();
        final int farmers = HouseholdKind.COOPERATIVE_FARMERS.ordinal();
        if (!t.structureIndexed()) {
            t.indexStructure();
        }
        // Summed by the table's last resize, row by row.
        double entW = t.enterpriseWeightedPersons;
        double mktW = t.marketWeightedPersons;
        double remW = t.remittanceWeightedPersons;
        double farmP = t.totalPersons(HouseholdKind.COOPERATIVE_FARMERS);
        double lowCivilP = t.lowTierCivilians;
        double entPer = entW > 0 ? enterprisePayoutKpw / entW : 0;
        double mktPer = mktW > 0 ? traderPayoutKpw / mktW : 0;
        double remPer = remW > 0 ? remittanceUsd / remW : 0;
        double procPer = farmP > 0 ? procurementKpw / farmP : 0;
        double aidPer = lowCivilP > 0 ? targetedAidKg / lowCivilP : 0;

        // Totals are summed in locals and stored after each loop (a field updated row by row costs a store and a
        // reload per row).
        double wagesSum = 0;
        double leviesSum = 0;
        // Pass 1: income, levy, and how much market grain each row wants and can spend.
        for (int r = 0; r < n; r++) {
            if (t.persons[r] <= 0 || t.kind[r] == abroad) {
                t.scratchA[r] = 0;
                t.scratchB[r] = 0;
                t.scratchC[r] = 0;
                t.intakeKg[r] = 0;
                t.belowNeedShare[r] = 0;
                continue;
            }
            double wage = t.wageWeight[r] * wageKpwPerWeight;
            double incomeKpw = wage + t.enterpriseWeight[r] * entPer + t.marketWeight[r] * mktPer
                    + (t.kind[r] == farmers ? procPer : 0.0);
            double incomeUsd = t.remittanceWeight[r] * remPer;
            wagesSum += wage * t.persons[r];
            t.wonPerPerson[r] += incomeKpw;
            t.usdPerPerson[r] += incomeUsd;
            double wealth = t.wonPerPerson[r] + t.usdPerPerson[r] * kpwPerUsd;
            double levy = MinMax.min(t.levyRate[r] * incomeKpw, MinMax.atLeastZero(wealth));
            t.wonPerPerson[r] -= levy;
            wealth -= levy;
            leviesSum += levy * t.persons[r];
            double income = incomeKpw + incomeUsd * kpwPerUsd - levy;
            double spendable = MinMax.atLeastZero(MinMax.min(wealth, MinMax.atLeastZero(income) + dissaveRate * MinMax.atLeastZero(wealth - income)));
            t.incomeKpw[r] = incomeKpw + incomeUsd * kpwPerUsd;

            double ration = switch (t.rationClass[r]) {
                case 1 -> pdsRationKg;
                case 2 -> priorityRationKg;
                case 3 -> soldierRationKg;
                default -> 0.0;
            };
            double own = t.kind[r] == farmers ? farmerOwnKg : 0.0;
            double aid = t.tier[r] == HouseholdTable.LOW && t.kind[r] != soldiers ? aidPer : 0.0;
            double fromOwn = ration + own + aid;
            // Households buy up to the grain they eat when they can afford it, if their money reaches; what the
            // better-off take decides what is left for the poor.
            // Kept unclamped: at another price factor the want moves by wantShift (see there).
            t.scratchA[r] = needKg * satiatedIntake - fromOwn;
            // Even the hungriest keep some money back for fuel, salt, rent and bribes: grain gets a bounded share.
            t.scratchB[r] = spendable * grainBudgetShare;
            t.scratchC[r] = fromOwn;
        }
        wagesKpw = wagesSum;
        leviesKpw = leviesSum;
        // Hoarders buy grain when it falls well below the price they expect, so the price has a floor under it.
        grainPriceFactor = clearGrainMarket(t, grainPriceFactor, MinMax.max(minFactor, storageFloor * expectedPriceFactor));
        double rice = riceKpwPerKg * grainPriceFactor;
        double maize;
        if (grainPriceFactor == evaluatedFactor) {
            // The clearing left each row's demand at this factor in scratchD, and each mix's price in mixPrice.
            maize = evaluatedMaize;
        } else {
            maize = maizeKpwPerKg * Math.pow(grainPriceFactor, maizeElasticity);
            priceMixes(t, rice, maize);
            double shift = wantShift(grainPriceFactor);
            for (int r = 0; r < n; r++) {
                if (t.persons[r] > 0 && t.kind[r] != abroad) {
                    t.scratchD[r] = MinMax.min(MinMax.atLeastZero(t.scratchA[r] + shift), t.scratchB[r] * t.mixInverse[t.stapleMix[r]]);
                }
            }
        }
        double demandKg = 0;
        for (int r = 0; r < n; r++) {
            double p = t.persons[r];
            if (p > 0 && t.kind[r] != abroad) {
                demandKg += t.scratchD[r] * p;
            }
        }
        farmSoldOfferKg = farmOffer(grainPriceFactor);
        supplyAtClearingKg = marketSupplyKg + farmSoldOfferKg;
        double fill = demandKg > 0 ? MinMax.min(1.0, supplyAtClearingKg / demandKg) : 0.0;

        // Pass 2: buy, eat, spend on other goods.
        double foodSpend = 0;
        double nonFoodSpend = 0;
        double bought = 0;
        double farmersOwn = 0;
        double insecure = 0;
        double resident = 0;
        java.util.Arrays.fill(foodInsecureByKind, 0.0);
        double inverseSpreadWidth = 1.0 / (2.0 * intakeSpread * needKg);
        for (int r = 0; r < n; r++) {
            double p = t.persons[r];
            if (p <= 0 || t.kind[r] == abroad) {
                continue;
            }
            double price = t.mixPrice[t.stapleMix[r]];
            double rowBought = t.scratchD[r] * fill;
            double cost = rowBought * price;
            double intake = t.scratchC[r] + rowBought;
            t.intakeKg[r] = intake;
            double below = 0.5 + (needKg - intake) * inverseSpreadWidth;
            below = below < 0 ? 0 : (below > 1 ? 1 : below);
            t.belowNeedShare[r] = below;
            insecure += below * p;
            foodInsecureByKind[t.kind[r]] += below * p;
            resident += p;
            double other = MinMax.atLeastZero(t.scratchB[r] * inverseGrainBudgetShare - cost) * nonFoodShare;
            t.wonPerPerson[r] -= cost + other;
            foodSpend += cost * p;
            nonFoodSpend += other * p;
            bought += rowBought * p;
            if (t.kind[r] == farmers) {
                farmersOwn += farmerOwnKg * p;
            }
        }
        foodSpendKpw = foodSpend;
        nonFoodSpendKpw = nonFoodSpend;
        marketBoughtKg = bought;
        farmersOwnKg = farmersOwn;
        foodInsecurePeople = insecure;
        residentPeople = resident;
        // Pass 3: farmers receive what the market paid for their grain.
        // Every seller sells the same share of what it offered, so the money splits as the grain offered does.
        double inverseSupply = supplyAtClearingKg > 0 ? 1.0 / supplyAtClearingKg : 0.0;
        farmSalesKpw = foodSpendKpw * farmSoldOfferKg * inverseSupply;
        grainShopSalesKpw = foodSpendKpw * stateSupplyKg * inverseSupply;
        double farmPer = farmP > 0 ? farmSalesKpw / farmP : 0;
        double usdSales = 0;
        double usdPerKpw = 1.0 / kpwPerUsd;
        for (int r = 0; r < n; r++) {
            if (t.persons[r] <= 0 || t.kind[r] == abroad) {
                continue;
            }
            if (t.kind[r] == farmers) {
                t.wonPerPerson[r] += farmPer;
            }
            // How many dollars each row wants to sell (negative: buy) to hold a share wonShare of its wealth in won.
            double wealth = t.wonPerPerson[r] + t.usdPerPerson[r] * kpwPerUsd;
            double targetWon = wonShare * MinMax.atLeastZero(wealth);
            double sellUsd = (targetWon - t.wonPerPerson[r]) * usdPerKpw;
            t.scratchA[r] = sellUsd;
            usdSales += sellUsd * t.persons[r];
        }
        desiredUsdSales = usdSales;
    }

    /**
     * Prices each staple mix at these rice and maize prices: its price, the inverse (0 when the price is not
     * positive: nothing is affordable) and the elasticity of its price to the factor, over the price.
     */
    private void priceMixes(HouseholdTable t, double rice, double maize) {
        for (int m = 0; m < t.mixRiceShare.length; m++) {
            double theta = t.mixRiceShare[m];
            double price = theta * rice + (1.0 - theta) * maize;
            double inverse = price > 0 ? 1.0 / price : 0.0;
            t.mixPrice[m] = price;
            t.mixInverse[m] = inverse;
            t.mixSlope[m] = (theta * rice + (1.0 - theta) * maize * maizeElasticity) * inverse;
        }
    }

    /**
     * Finds the factor on reference grain prices at which what households want and can pay for equals what the
     * market offers (Newton's method in the log of the factor, from last month's factor). When even the highest
     * price leaves demand above supply, grain is rationed; when even the floor leaves supply over, the rest stays
     * in stock (hoarded).
     */
    double clearGrainMarket(HouseholdTable t, double start, double floor) {
        evaluatedFactor = Double.NaN;
        if (!t.structureIndexed()) {
            t.indexStructure();
        }
        double supply = marketSupplyKg + farmOfferKg;
        if (marketSupplyKg + farmOfferMaxKg <= 0) {
            return maxFactor;
        }
        supply = MinMax.max(supply, CLEARING_FLOOR_KG);
        // Demand falls as the price rises, so the factor is found by Newton steps in its log from last month's
        // factor, inside a bracket that narrows as it goes, with bisection where demand has kinks (rows switching
        // between wanting and affording). If even the floor price leaves grain unsold, the rest is hoarded; if even
        // the highest price leaves demand over, grain is rationed.
        double lo = floor;
        double hi = maxFactor;
        boolean loChecked = false;
        boolean hiChecked = false;
        double lambda = MinMax.max(lo, MinMax.min(hi, start));
        for (int iter = 0; iter < 60; iter++) {
            double gap = excessDemand(t, lambda);
            if (Math.abs(gap) <= CLEARING_TOLERANCE * supply) {
                return lambda;
            }
            if (gap > 0) {
                if (lambda >= maxFactor) {
                    return maxFactor;
                }
                lo = lambda;
                loChecked |= lambda == floor;
            } else {
                if (lambda <= floor) {
                    return floor;
                }
                hi = lambda;
                hiChecked |= lambda == maxFactor;
            }
            double next = lastSlope < 0 ? lambda * Math.exp(-gap / lastSlope) : (gap > 0 ? maxFactor : floor);
            if (next >= hi) {
                // The step leaves the bracket upwards: try the top if it has not been tried, else bisect.
                next = hi == maxFactor && !hiChecked ? maxFactor : Math.sqrt(lo * hi);
            } else if (next <= lo) {
                next = lo == floor && !loChecked ? floor : Math.sqrt(lo * hi);
            }
            lambda = next;
        }
        return lambda;
    }

    /**
     * How far the grain a household wants moves from its want at the reference price (factor 1): those who can
     * afford all they want eat the satiated intake times the factor to the power of minus the demand elasticity
     * (more when grain is cheap, less when it is dear), less what they have from rations and their own fields.
     */
    private double wantShift(double lambda) {
        return demandElasticity == 0 ? 0.0 : needKg * satiatedIntake * (Math.pow(lambda, -demandElasticity) - 1.0);
    }

    /**
     * Farmers' sales at a price factor: their even pace times the price over the one they expect to the power of
     * the elasticity, never more than they hold beyond their own needs.
     */
    double farmOffer(double lambda) {
        if (farmOfferKg <= 0) {
            return 0.0;
        }
        double ratio = expectedPriceFactor > 0 ? lambda / expectedPriceFactor : 1.0;
        return MinMax.min(farmOfferMaxKg, farmOfferKg * Math.pow(ratio, farmOfferElasticity));
    }

    /** Supply below which the clearing tolerance stops shrinking (a kilogram). */
    private static final double CLEARING_FLOOR_KG = 1.0;

    /** Relative gap between grain demand and supply at which the market counts as cleared. */
    static final double CLEARING_TOLERANCE = 1e-5;

    private double lastSlope;
    /** The factor excessDemand last evaluated (NaN before the first this month) and its maize price. */
    private double evaluatedFactor = Double.NaN;
    private double evaluatedMaize;

    /**
     * Demand minus supply of market grain at a price factor; also leaves in lastSlope the derivative of demand
     * with respect to the log of the factor (only rows whose money binds respond to price), and in scratchD each
     * row's demand per person.
     */
    private double excessDemand(HouseholdTable t, double lambda) {
        final int abroad = HouseholdKind.WORKERS_ABROAD.ordinal();
        double rice = riceKpwPerKg * lambda;
        double maize = maizeKpwPerKg * Math.pow(lambda, maizeElasticity);
        priceMixes(t, rice, maize);
        final int[] mix = t.stapleMix;
        final double[] inverse = t.mixInverse;
        final double[] mixSlope = t.mixSlope;
        double demand = 0;
        double slope = 0;
        double shift = wantShift(lambda);
        // How the want of a household that is not short of money moves with the log of the factor.
        double wantSlope = -demandElasticity * needKg * satiatedIntake * Math.pow(lambda, -demandElasticity);
        for (int r = 0; r < t.rows; r++) {
            double p = t.persons[r];
            if (p <= 0 || t.kind[r] == abroad) {
                continue;
            }
            int m = mix[r];
            double affordable = t.scratchB[r] * inverse[m];
            double wanted = MinMax.atLeastZero(t.scratchA[r] + shift);
            if (affordable < wanted) {
                t.scratchD[r] = affordable;
                demand += affordable * p;
                slope -= affordable * p * mixSlope[m];
            } else {
                t.scratchD[r] = wanted;
                demand += wanted * p;
                if (wanted > 0) {
                    slope += wantSlope * p;
                }
            }
        }
        double farm = farmOffer(lambda);
        // Supply rising with the price steepens the gap's fall: the farmers' part counts in the Newton slope.
        if (farm < farmOfferMaxKg) {
            slope -= farmOfferElasticity * farm;
        }
        lastSlope = slope;
        evaluatedFactor = lambda;
        evaluatedMaize = maize;
        return demand - marketSupplyKg - farm;
    }

    /**
     * Applies the money changing: each row trades the same share of the dollars it wanted to sell (or buy) that
     * the traders could take on.
     */
    public void rebalance(HouseholdTable t, double acceptedShare) {
        // The table's totals are summed on the way, row by row as totalWon() and totalUsd() sum them.
        double won = 0;
        double usd = 0;
        for (int r = 0; r < t.rows; r++) {
            if (!(t.persons[r] <= 0 || t.kind[r] == HouseholdKind.WORKERS_ABROAD.ordinal())) {
                double sold = t.scratchA[r] * acceptedShare;
                t.usdPerPerson[r] -= sold;
                t.wonPerPerson[r] += sold * kpwPerUsd;
            }
            won += t.wonPerPerson[r] * t.persons[r];
            usd += t.usdPerPerson[r] * t.persons[r];
        }
        wonAfterRebalance = won;
        usdAfterRebalance = usd;
    }

    /** Takes a share of every row's dollars (a currency ban's confiscations); returns the dollars taken. */
    public double confiscate(HouseholdTable t, double share) {
        double taken = 0;
        for (int r = 0; r < t.rows; r++) {
            double usd = t.usdPerPerson[r] * share;
            t.usdPerPerson[r] -= usd;
            taken += usd * t.persons[r];
        }
        return taken;
    }
}
