package org.hermit.model.economy;

import org.hermit.model.math.MinMax;
import org.hermit.model.Channel;
import org.hermit.model.Lever;
import org.hermit.model.ModelException;
import org.hermit.model.Partner;
import org.hermit.model.Sector;
import org.hermit.model.accounts.Ledger;
import org.hermit.model.channels.ChannelContext;
import org.hermit.model.channels.ChannelFlows;
import org.hermit.model.channels.RevenueChannel;
import org.hermit.model.food.FoodBalance;
import org.hermit.model.households.HouseholdKernel;
import org.hermit.model.households.HouseholdKind;
import org.hermit.model.households.HouseholdTable;
import org.hermit.model.inputs.Inputs;
import org.hermit.model.money.MoneyMarket;
import org.hermit.model.money.Prices;
import org.hermit.model.output.SeriesBuffer;
import org.hermit.model.output.Variables;
import org.hermit.model.param.ParameterValues;
import org.hermit.model.policy.Timeline;
import org.hermit.model.production.FuelSupply;
import org.hermit.model.production.Production;
import org.hermit.model.time.Months;
import org.hermit.model.trade.Enterprises;
import org.hermit.model.trade.Traders;
import org.hermit.model.treasury.Treasury;

/**
 * The economy of one run and its monthly step, which reads as the story of a month: policies apply, channels earn,
 * the treasury allocates, enterprises and traders trade, the country produces and harvests, markets clear,
 * households earn, eat and save, and the accounts close. Each actor's behaviour lives in its own class; this class
 * only moves what one actor produces to the next. Nothing is allocated inside {@link #step}.
 */
public final class Economy implements ChannelContext {
    private final Timeline timeline;
    private final RevenueChannel[] channels;
    private final ChannelFlows[] flows;
    private final Ledger ledger = new Ledger();
    private final Treasury treasury;
    private final Enterprises enterprises;
    private final Traders traders;
    private final MoneyMarket money;
    private final Prices prices;
    private final FoodBalance food;
    private final HouseholdTable households;
    private final HouseholdKernel kernel;
    private final FuelSupply fuel;
    private final Production production;
    private final MonthResults results = new MonthResults();

    // Inputs by month of the run.
    private final double[] population;
    private final double[] cnyPerUsd;
    private final double[] chinaRiceCnyPerKg;
    private final double[] chinaMaizeCnyPerKg;
    private final double[] oilUsdPerBbl;

    private final double soldiers;
    private final double stateWageKpw;
    private final double inputsTargetUsdPerMonth;
    private final double foodImportShareOfGap;
    private final double procurementPriceShare;
    private final double confiscationPerMonth;
    private final double grainImportTransport;

    private double kpwPerUsd;
    private final double[] gdpHistory = new double[24];
    /**
     * The households' won and dollars as the accounts closed last month. Nothing touches the household table
     * between the close and the next month's markets unless a currency ban confiscates, so the markets reuse
     * these sums (the same numbers, summed once) while householdTotalsCurrent holds.
     */
    private double householdWonAtClose;
    private double householdUsdAtClose;
    private boolean householdTotalsCurrent;

    public Economy(Timeline timeline, Inputs inputs, ParameterValues p, long runSeed, RevenueChannel[] channels) {
        this.timeline = timeline;
        this.channels = channels;
        this.flows = new ChannelFlows[channels.length];
        for (int i = 0; i < channels.length; i++) {
            flows[i] = new ChannelFlows(channels[i].channel());
        }
        int start = timeline.startMonth();
        int months = timeline.months();
        population = inputs.monthly("population", start, months);
        cnyPerUsd = inputs.monthly("cny_per_usd", start, months);
        chinaRiceCnyPerKg = inputs.monthly("china_rice_cny_per_kg", start, months);
        chinaMaizeCnyPerKg = inputs.monthly("china_maize_cny_per_kg", start, months);
        oilUsdPerBbl = inputs.monthly("brent_usd_per_bbl", start, months);

        soldiers = p.get("households.soldiers");
        stateWageKpw = p.get("households.state_wage_kpw_per_month");
        inputsTargetUsdPerMonth = p.get("treasury.strategic_inputs_usd_per_year") / 12.0;
        foodImportShareOfGap = p.get("treasury.food_import_share_of_gap");
        procurementPriceShare = p.get("food.procurement_price_share");
        confiscationPerMonth = p.get("money.currency_ban_confiscation_per_month");
        grainImportTransport = p.get("trade.grain_import_cost_markup");

        // Opening position: the private sector's dollars and the rate at which it holds them give the won stock.
        double privateUsd = p.get("money.initial_private_usd");
        double householdUsdShare = p.get("money.initial_household_usd_share");
        double openingRate = p.get("money.initial_kpw_per_usd");
        money = new MoneyMarket(p, runSeed);
        double wonShare = money.desiredWonShare(timeline.currencyBan(0), timeline.moneyChangerCrackdown(0),
                timeline.lever(0, Lever.BORDER_CLOSURE));
        double moneyStock = openingRate * wonShare * privateUsd / (1.0 - wonShare);

        treasury = new Treasury(p, moneyStock);
        enterprises = new Enterprises(p);
        double householdWonShare = p.get("money.initial_household_won_share");
        traders = new Traders(p, privateUsd * (1.0 - householdUsdShare), moneyStock * (1.0 - householdWonShare));
        prices = new Prices(p);
        food = new FoodBalance(p, inputs.get("grain_production_t"), Months.year(start),
                Months.year(start + months - 1), runSeed);
        households = HouseholdTable.cohorts(p, inputs);
        households.resize(population[0], soldiers, 0.0);
        households.endow(moneyStock * householdWonShare, privateUsd * householdUsdShare);
        kernel = new HouseholdKernel(p);
        fuel = new FuelSupply(p);
        production = new Production(p);

        treasury.open(ledger);
        enterprises.open(ledger);
        traders.open(ledger);
        ledger.open(Sector.HOUSEHOLDS, households.totalUsd(), households.totalWon());
        money.start(privateKpw(), privateUsd(), wonShare);
        kpwPerUsd = money.kpwPerUsd();
        prices.update(kpwPerUsd, cnyPerUsd[0], chinaRiceCnyPerKg[0], chinaMaizeCnyPerKg[0], oilUsdPerBbl[0], start, 0.0, 1.0);
    }

    /** One month, in causal order. */
    public void step(int t) {
        int month = timeline.startMonth() + t;
        beginMonth();
        channelsEarn(t);
        treasuryAllocates(t);
        enterprisesAndTradersTrade(t);
        countryProducesAndHarvests(t, month);
        marketsClear(t);
        householdsEarnEatAndSave(t);
        accountsClose(t);
    }

    private void beginMonth() {
        ledger.beginMonth();
        treasury.beginMonth();
        traders.beginMonth();
        results.clear();
    }

    private void channelsEarn(int t) {
        for (int i = 0; i < channels.length; i++) {
            ChannelFlows f = flows[i];
            f.clear();
            channels[i].earn(t, this, f);
            double gross = f.grossTotal();
            double netCash = f.netCashUsd(gross);
            double stateCash = f.stateCashOf(netCash);
            results.collect(f, gross, f.stateRevenueOf(stateCash));
            if (gross <= 0) {
                continue;
            }
            double privateCash = f.privateCashOf(netCash);
            double inKind = f.inKindUsd();
            double perGross = 1.0 / gross;
            for (int pi = 0; pi < Partner.COUNT; pi++) {
                Partner p = Partner.of(pi);
                double share = f.gross(pi) * perGross;
                if (share <= 0) {
                    continue;
                }
                treasury.receiveCash(ledger, p, stateCash * share);
                treasury.receiveInKind(ledger, p, inKind * share);
                double priv = privateCash * share;
                switch (f.privateSector()) {
                    case ENTERPRISES -> enterprises.receiveCash(ledger, p, priv);
                    case TRADERS -> traders.receiveCash(ledger, p, priv);
                    case HOUSEHOLDS -> {
                        ledger.usd(Sector.restOfWorld(p), Sector.HOUSEHOLDS, priv);
                        results.remittancesUsd += priv;
                    }
                    default -> treasury.receiveCash(ledger, p, priv);
                }
            }
        }
    }

    private void treasuryAllocates(int t) {
        int month = timeline.startMonth() + t;
        double borderOpen = 1.0 - timeline.lever(t, Lever.BORDER_CLOSURE);
        double capEnforcement = 0;
        for (int p = 0; p < Partner.COUNT; p++) {
            capEnforcement += treasury.importShare(Partner.of(p)) * timeline.enforcement(t, Channel.OTHER_GOODS.ordinal(), p);
        }
        double fuelCost = fuel.plan(oilUsdPerBbl[t], timeline.refinedOilCapBarrelsPerYear(t),
                timeline.crudeOilCapBarrelsPerYear(t), capEnforcement, results.inKindFuelBbl, borderOpen);
        double riceUsdPerT = chinaRiceCnyPerKg[t] / cnyPerUsd[t] * 1000.0 * grainImportTransport;
        double gapT = food.stateGapT(soldiers, households.totalPersonsInRationClass(2), households.totalPersonsInRationClass(1), month);
        double foodUsd = gapT * foodImportShareOfGap * riceUsdPerT / FoodBalance.monthsToHarvest(month) * borderOpen;
        double techInKind = MinMax.atLeastZero(results.inKindUsd - results.inKindFoodT * riceUsdPerT
                - results.inKindFuelBbl * oilUsdPerBbl[t]);
        treasury.setTargets(fuelCost + inputsTargetUsdPerMonth * borderOpen, foodUsd, techInKind);
        treasury.allocate(ledger);
        treasury.payKpw(ledger, Sector.ENTERPRISES, treasury.otherWonSpendingKpw());
        enterprises.receiveKpw(treasury.otherWonSpendingKpw());
        fuel.deliver(treasury.strategicFillRate(), results.inKindFuelBbl);
        results.stateFoodImportsT = treasury.foodImportUsd() / riceUsdPerT;
        results.stateInputsUsd = treasury.spent(Treasury.STRATEGIC) - MinMax.min(treasury.spent(Treasury.STRATEGIC), fuel.legalCostUsd() * treasury.strategicFillRate());
    }

    private void enterprisesAndTradersTrade(int t) {
        double borderOpen = 1.0 - timeline.lever(t, Lever.BORDER_CLOSURE);
        results.enterpriseInputsUsd = enterprises.importInputs(ledger, borderOpen);
        enterprises.sellFxToTraders(ledger, traders, kpwPerUsd);
        results.enterprisePayoutKpw = enterprises.payWorkers(ledger);
        double riceUsdPerKg = chinaRiceCnyPerKg[t] / cnyPerUsd[t] * grainImportTransport;
        // Last month's market rice price against what imported rice costs landed: above 1 grain imports pay.
        double importPremium = prices.riceKpwPerKg() / (riceUsdPerKg * kpwPerUsd);
        traders.importGoods(ledger, borderOpen, timeline.lever(t, Lever.MARKET_TOLERANCE), importPremium);
        results.traderGrainImportsT = traders.grainImportsUsd() / riceUsdPerKg / 1000.0;
    }

    private void countryProducesAndHarvests(int t, int month) {
        double procuredT = food.step(month, timeline.harvestFactor(t), population[t], soldiers,
                households.totalPersonsInRationClass(2), households.totalPersonsInRationClass(1),
                households.totalPersons(HouseholdKind.COOPERATIVE_FARMERS),
                results.stateFoodImportsT, results.traderGrainImportsT, results.aidFoodT(), results.aidDivertedShare(),
                results.inKindFoodT, timeline.grainSaleBan(t), timeline.grainSaleBan(t), kernel.grainPriceFactor);
        results.procurementKpw = procuredT * 1000.0 * prices.riceKpwPerKg() * procurementPriceShare;
        double stateSpending = treasury.spent(Treasury.WEAPONS) + treasury.spent(Treasury.ELITE)
                + treasury.spent(Treasury.STRATEGIC) + treasury.spent(Treasury.FOOD);
        production.produce(food.harvestOf(Months.year(month)), results.miningExportsUsd,
                results.enterpriseInputsUsd + results.stateInputsUsd, fuel.supplyIndex(), results.armsUsd,
                stateSpending, traders.importsUsd());
    }

    private void marketsClear(int t) {
        double ban = timeline.currencyBan(t);
        if (ban > 0) {
            double share = confiscationPerMonth * ban;
            double fromTraders = traders.fxUsd() * share;
            traders.confiscated(fromTraders);
            treasury.confiscateUsd(ledger, Sector.TRADERS, fromTraders);
            double fromHouseholds = kernel.confiscate(households, share);
            householdTotalsCurrent = false;
            treasury.confiscateUsd(ledger, Sector.HOUSEHOLDS, fromHouseholds);
        }
        results.fxInterventionUsd = treasury.intervene(ledger, traders, kpwPerUsd, timeline.startMonth() + t);
        kpwPerUsd = money.clear(privateKpw(), privateUsd(), ban, timeline.moneyChangerCrackdown(t),
                timeline.lever(t, Lever.BORDER_CLOSURE));
        prices.update(kpwPerUsd, cnyPerUsd[t], chinaRiceCnyPerKg[t], chinaMaizeCnyPerKg[t], oilUsdPerBbl[t],
                timeline.startMonth() + t, timeline.grainSaleBan(t), 1.0 / MinMax.max(0.05, fuel.supplyIndex()));
    }

    private void householdsEarnEatAndSave(int t) {
        householdTotalsCurrent = false;
        households.resize(population[t], soldiers, results.workersAbroad);
        treasury.payKpw(ledger, Sector.HOUSEHOLDS, results.procurementKpw);
        kernel.procurementKpw = results.procurementKpw;
        kernel.enterprisePayoutKpw = results.enterprisePayoutKpw;
        kernel.traderPayoutKpw = traders.payout(ledger);
        kernel.remittanceUsd = results.remittancesUsd;
        kernel.wageKpwPerWeight = stateWageKpw * timeline.wageFactor(t);
        kernel.kpwPerUsd = kpwPerUsd;
        kernel.riceKpwPerKg = prices.riceReferenceKpwPerKg();
        kernel.maizeKpwPerKg = prices.maizeReferenceKpwPerKg();
        kernel.maizeElasticity = prices.maizeScarcityElasticity();
        kernel.needKg = food.needKgPerPersonMonth();
        kernel.pdsRationKg = food.pdsRationKg();
        kernel.priorityRationKg = food.priorityRationKg();
        kernel.soldierRationKg = food.soldierRationKg();
        kernel.farmerOwnKg = food.farmerOwnKg();
        kernel.targetedAidKg = food.targetedAidKg();
        kernel.marketSupplyKg = food.marketSupplyKg();
        kernel.stateSupplyKg = food.stateSupplyKg();
        kernel.farmOfferKg = food.farmOfferKg();
        kernel.farmOfferMaxKg = food.farmOfferMaxKg();
        kernel.farmOfferElasticity = food.farmOfferElasticity();
        kernel.wonShare = money.wonShare();
        kernel.expectedPriceFactor = food.expectedPriceFactor();
        kernel.earnEatAndSpend(households);
        prices.clearGrain(kernel.grainPriceFactor);

        treasury.payKpw(ledger, Sector.HOUSEHOLDS, kernel.wagesKpw);
        treasury.collectKpw(ledger, Sector.HOUSEHOLDS, kernel.leviesKpw);
        treasury.collectKpw(ledger, Sector.HOUSEHOLDS, kernel.grainShopSalesKpw);
        traders.sell(ledger, kernel.foodSpendKpw - kernel.farmSalesKpw - kernel.grainShopSalesKpw + kernel.nonFoodSpendKpw);
        double fee = traders.feeDue();
        treasury.collectKpw(ledger, Sector.TRADERS, fee);
        traders.paid(fee);
        double wanted = kernel.desiredUsdSales;
        double accepted = traders.exchangeWithHouseholds(ledger, wanted, kpwPerUsd);
        kernel.rebalance(households, wanted == 0 ? 0.0 : accepted / wanted);
        food.consumed(kernel.farmersOwnKg, kernel.marketBoughtKg, kernel.farmSoldOfferKg);
    }

    /** The actors' own stocks for the ledger's check: NaN for the sectors no actor keeps, set once, never written. */
    private final double[] usdStocks = nanPerSector();
    private final double[] kpwStocks = nanPerSector();

    private static double[] nanPerSector() {
        double[] a = new double[Sector.COUNT];
        java.util.Arrays.fill(a, Double.NaN);
        return a;
    }

    private void accountsClose(int t) {
        usdStocks[Sector.TREASURY.ordinal()] = treasury.reservesUsd();
        usdStocks[Sector.ENTERPRISES.ordinal()] = enterprises.fxUsd();
        usdStocks[Sector.TRADERS.ordinal()] = traders.fxUsd();
        // Nothing has touched the table since the kernel's rebalance summed it.
        householdUsdAtClose = kernel.usdAfterRebalance;
        householdWonAtClose = kernel.wonAfterRebalance;
        householdTotalsCurrent = true;
        usdStocks[Sector.HOUSEHOLDS.ordinal()] = householdUsdAtClose;
        kpwStocks[Sector.TREASURY.ordinal()] = treasury.kpwBalance();
        kpwStocks[Sector.ENTERPRISES.ordinal()] = enterprises.kpw();
        kpwStocks[Sector.TRADERS.ordinal()] = traders.kpw();
        kpwStocks[Sector.HOUSEHOLDS.ordinal()] = householdWonAtClose;
        results.ledgerImbalanceUsd = ledger.check(Ledger.Currency.USD, usdStocks);
        results.ledgerImbalanceKpw = ledger.check(Ledger.Currency.KPW, kpwStocks);
        System.arraycopy(gdpHistory, 1, gdpHistory, 0, gdpHistory.length - 1);
        gdpHistory[gdpHistory.length - 1] = production.gdp();
    }

    /** Writes the month's variables and stops the run if any is NaN or infinite. */
    public void record(int t, SeriesBuffer out) {
        if (results.write(t, out, this)) {
            return;
        }
        // Some value is not finite: name the first in catalogue order.
        for (int v = 0; v < Variables.COUNT; v++) {
            double x = out.get(v, t);
            if (!Double.isFinite(x)) {
                throw new ModelException(Variables.get(v).id() + " became " + x + " in "
                        + Months.format(timeline.startMonth() + t));
            }
        }
    }

    /** Won the state issued this month net of what it took back. */
    double wonIssuedThisMonth() {
        return ledger.opening(Ledger.Currency.KPW, Sector.TREASURY) - treasury.kpwBalance();
    }

    private double privateKpw() {
        return householdWon() + traders.kpw() + enterprises.kpw();
    }

    private double privateUsd() {
        return householdUsd() + traders.fxUsd() + enterprises.fxUsd();
    }

    private double householdWon() {
        return householdTotalsCurrent ? householdWonAtClose : households.totalWon();
    }

    /** The households' dollars now (the close's sum when nothing has changed since). */
    double householdUsd() {
        return householdTotalsCurrent ? householdUsdAtClose : households.totalUsd();
    }

    /** GDP growth over the last 12 months against the 12 before, in percent (0 until two years have passed). */
    double gdpGrowthPct(int t) {
        if (t < 23) {
            return 0.0;
        }
        double last = 0;
        double before = 0;
        for (int i = 0; i < 12; i++) {
            before += gdpHistory[i];
            last += gdpHistory[12 + i];
        }
        return (last / before - 1.0) * 100.0;
    }

    // ---- ChannelContext ----

    @Override
    public Timeline timeline() {
        return timeline;
    }

    @Override
    public double productionIndex() {
        return production.productionIndex();
    }

    @Override
    public double kpwPerUsd() {
        return kpwPerUsd;
    }

    // ---- read by MonthResults ----

    Treasury treasury() { return treasury; }
    Traders traders() { return traders; }
    Enterprises enterprises() { return enterprises; }
    MoneyMarket money() { return money; }
    Prices prices() { return prices; }
    FoodBalance food() { return food; }
    HouseholdKernel kernel() { return kernel; }
    HouseholdTable households() { return households; }
    FuelSupply fuel() { return fuel; }
    Production production() { return production; }
    double cnyPerUsd(int t) { return cnyPerUsd[t]; }
    double population(int t) { return population[t]; }
}
