package org.hermit.model.treasury;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.hermit.model.Partner;
import org.hermit.model.Sector;
import org.hermit.model.TestParams;
import org.hermit.model.accounts.Ledger;
import org.hermit.model.time.Months;
import org.hermit.model.trade.Traders;
import org.junit.jupiter.api.Test;

class TreasuryTest {

    private static Treasury treasury(double reserves, double floor) {
        return treasury(reserves, floor, 0.0, 0.0);
    }

    private static Treasury treasury(double reserves, double floor, double interventionStrength, double interventionMaxShare) {
        return treasury(reserves, floor, interventionStrength, interventionMaxShare, 0.8, 0.1);
    }

    private static Treasury treasury(double reserves, double floor, double interventionStrength, double interventionMaxShare,
                                     double chinaShare, double russiaShare) {
        return treasury(reserves, floor, interventionStrength, interventionMaxShare, chinaShare, russiaShare, 12.0, 12.0);
    }

    private static Treasury treasury(double reserves, double floor, double interventionStrength, double interventionMaxShare,
                                     double chinaShare, double russiaShare, double referenceMonths, double anchorMonths) {
        return new Treasury(TestParams.of(Map.ofEntries(
                Map.entry("treasury.initial_reserves_usd", reserves),
                Map.entry("treasury.reserve_floor_usd", floor),
                Map.entry("treasury.drawdown_share_per_month", 0.0),
                Map.entry("treasury.income_spend_share", 1.0),
                Map.entry("treasury.weapons_usd_per_year", 1200.0),
                Map.entry("treasury.elite_usd_per_year", 600.0),
                Map.entry("treasury.surplus_spend_share", 0.0),
                Map.entry("treasury.fx_intervention_strength", interventionStrength),
                Map.entry("treasury.fx_intervention_max_share", interventionMaxShare),
                Map.entry("treasury.fx_anchor_months", anchorMonths),
                Map.entry("treasury.fx_reference_months", referenceMonths),
                Map.entry("treasury.fx_defence_start_year", 2013.5),
                Map.entry("treasury.fx_purchase_share", 0.3),
                Map.entry("treasury.other_won_spending_kpw_per_month", 0.0),
                Map.entry("treasury.import_share_china", chinaShare),
                Map.entry("treasury.import_share_russia", russiaShare))), 0.0);
    }

    @Test
    void partnersSharesThatAddToMoreThanAllArePaidInProportionAndTheLedgerStillBalances() {
        // Both priors reach high enough (0.92 and 0.12) that a draw can ask for more than all of the imports.
        Treasury tr = treasury(1_050.0, 1_000.0, 0.0, 0.0, 0.92, 0.12);
        Ledger ledger = new Ledger();
        tr.open(ledger);
        ledger.beginMonth();
        tr.beginMonth();
        tr.receiveCash(ledger, Partner.OTHER, 160.0);
        tr.setTargets(500.0, 500.0, 0.0);
        tr.allocate(ledger);
        double total = tr.spent(Treasury.WEAPONS) + tr.spent(Treasury.ELITE) + tr.spent(Treasury.STRATEGIC)
                + tr.spent(Treasury.FOOD);
        assertThat(total).isEqualTo(160.0);
        assertThat(ledger.flow(Ledger.Currency.USD, Sector.TREASURY, Sector.ROW_CHINA)).isCloseTo(total * 0.92 / 1.04, within(1e-9));
        assertThat(ledger.flow(Ledger.Currency.USD, Sector.TREASURY, Sector.ROW_RUSSIA)).isCloseTo(total * 0.12 / 1.04, within(1e-9));
        assertThat(ledger.flow(Ledger.Currency.USD, Sector.TREASURY, Sector.ROW_OTHER)).isZero();
        assertThat(tr.reservesUsd()).isEqualTo(1_050.0);
        assertThat(tr.reservesUsd()).isCloseTo(ledger.opening(Ledger.Currency.USD, Sector.TREASURY)
                + ledger.netFlow(Ledger.Currency.USD, Sector.TREASURY), within(1e-9));
    }

    @Test
    void spendsByPriorityWeaponsFirstFoodLast() {
        Treasury tr = treasury(1_000.0, 1_000.0);
        Ledger ledger = new Ledger();
        tr.open(ledger);
        ledger.beginMonth();
        tr.beginMonth();
        tr.receiveCash(ledger, Partner.CHINA, 160.0);   // budget 160: weapons 100, elite 50, 10 left
        tr.setTargets(40.0, 40.0, 0.0);
        tr.allocate(ledger);
        assertThat(tr.spent(Treasury.WEAPONS)).isEqualTo(100.0);
        assertThat(tr.spent(Treasury.ELITE)).isEqualTo(50.0);
        assertThat(tr.spent(Treasury.STRATEGIC)).isEqualTo(10.0);
        assertThat(tr.spent(Treasury.FOOD)).isZero();
        assertThat(tr.reservesUsd()).isEqualTo(1_000.0);
    }

    @Test
    void neverSpendsBelowTheFloorAndPaysPartnersByImportShares() {
        Treasury tr = treasury(1_050.0, 1_000.0);
        Ledger ledger = new Ledger();
        tr.open(ledger);
        ledger.beginMonth();
        tr.beginMonth();
        tr.setTargets(500.0, 500.0, 0.0);
        tr.allocate(ledger);
        assertThat(tr.reservesUsd()).isGreaterThanOrEqualTo(1_000.0 - 1e-9);
        double paid = ledger.flow(Ledger.Currency.USD, Sector.TREASURY, Sector.ROW_CHINA);
        double total = 1_050.0 - tr.reservesUsd();
        assertThat(paid).isCloseTo(0.8 * total, within(1e-9));
    }

    @Test
    void technologyReceivedInKindReplacesWeaponsPurchases() {
        Treasury tr = treasury(10_000.0, 0.0);
        Ledger ledger = new Ledger();
        tr.open(ledger);
        ledger.beginMonth();
        tr.beginMonth();
        tr.receiveCash(ledger, Partner.RUSSIA, 1_000.0);
        tr.setTargets(0.0, 0.0, 70.0);
        tr.allocate(ledger);
        assertThat(tr.spent(Treasury.WEAPONS)).isEqualTo(30.0);
    }

    private static Traders traders() {
        return new Traders(TestParams.of(Map.of(
                "trade.trader_import_rate_per_month", 0.0, "trade.trader_recorded_share", 0.0,
                "trade.trader_grain_share_of_imports", 0.0, "trade.trader_payout_share", 0.0,
                "trade.market_fee_rate", 0.0, "trade.trader_import_share_russia", 0.0,
                "trade.grain_import_price_elasticity", 0.0, "trade.trader_grain_share_max", 0.8)),
                1e12, 1e18);
    }

    /** Month by month from the calendar month given, the rate held at 8,000 and then moved to kpwPerUsd. */
    private static double interveneAfterAYearAt(Treasury tr, int fromMonth, double kpwPerUsd) {
        Ledger ledger = new Ledger();
        Traders traders = traders();
        tr.open(ledger);
        traders.open(ledger);
        for (int m = 0; m < 12; m++) {
            ledger.beginMonth();
            tr.intervene(ledger, traders, 8_000.0, fromMonth + m);
        }
        ledger.beginMonth();
        return tr.intervene(ledger, traders, kpwPerUsd, fromMonth + 12);
    }

    @Test
    void letsTheWonFloatBeforeTheDefenceBegins() {
        // The defence starts in July 2013: a year from June 2012 ends in June 2013, before it.
        double sold = interveneAfterAYearAt(treasury(5e9, 1e9, 1.0, 0.05), Months.of(2012, 6), 9_000.0);
        assertThat(sold).isZero();
    }

    @Test
    void sellsDollarsWhenTheWonFallsBelowTheDefendedRate() {
        Treasury tr = treasury(5e9, 1e9, 1.0, 0.05);
        double sold = interveneAfterAYearAt(tr, Months.of(2014, 1), 9_000.0);
        assertThat(sold).isPositive();
        assertThat(tr.reservesUsd()).isCloseTo(5e9 - sold, within(1.0));
        assertThat(sold).isLessThanOrEqualTo(0.05 * (5e9 - 1e9));
    }

    @Test
    void buysDollarsWhenTheWonIsStrongButOnlyWithThePurchaseShareOfTheForce() {
        // A gap of the same size in logs either way: 8,000 * 1.02 and 8,000 / 1.02.
        double sold = interveneAfterAYearAt(treasury(5e9, 1e9, 0.5, 0.05), Months.of(2014, 1), 8_000.0 * 1.02);
        double bought = interveneAfterAYearAt(treasury(5e9, 1e9, 0.5, 0.05), Months.of(2014, 1), 8_000.0 / 1.02);
        assertThat(sold).isPositive();
        assertThat(bought).isNegative();
        // The defended rate moved a twelfth of the way to the new rate, so the gaps are not quite equal.
        assertThat(-bought / sold).isCloseTo(0.3, within(0.01));
    }

    /** The defended rate after the market has sat at 8,000 for two years before the defence and at 10,000 since. */
    private static double defendedAfterTwoYearsOfPressure(double referenceMonths, double anchorMonths) {
        Treasury tr = treasury(5e9, 1e9, 0.0, 0.05, 0.8, 0.1, referenceMonths, anchorMonths);
        Ledger ledger = new Ledger();
        Traders traders = traders();
        tr.open(ledger);
        traders.open(ledger);
        int start = Months.of(2011, 7);
        for (int m = 0; m < 48; m++) {
            ledger.beginMonth();
            tr.intervene(ledger, traders, m < 24 ? 8_000.0 : 10_000.0, start + m);
        }
        return tr.defendedKpwPerUsd();
    }

    @Test
    void holdsALevelOnceTheDefenceHasBegunAndFollowsAlongerPressureOnlyOverTheAnchorsMemory() {
        // The defence begins in July 2013, as the market jumps from 8,000 to 10,000 and stays there two years.
        double shortMemory = defendedAfterTwoYearsOfPressure(12.0, 12.0);
        double longMemory = defendedAfterTwoYearsOfPressure(12.0, 60.0);
        // 24 months of exponential memory from the defence's first month on: 1 - (1 - 1/12)^24 = 88% of the way with
        // a year's memory, 1 - (1 - 1/60)^24 = 33% with five years'.
        assertThat(shortMemory).isCloseTo(8_000.0 + 2_000.0 * (1 - Math.pow(11.0 / 12.0, 24)), within(1.0));
        assertThat(longMemory).isCloseTo(8_000.0 + 2_000.0 * (1 - Math.pow(59.0 / 60.0, 24)), within(1.0));
        assertThat(longMemory).isLessThan(8_800.0);
        assertThat(shortMemory).isGreaterThan(9_700.0);
    }

    @Test
    void takesTheRateOfTheMonthsBeforeItBeganAsItsStartingPoint() {
        // Before the defence only the reference's memory counts: the anchor's memory changes nothing up to then.
        Treasury a = treasury(5e9, 1e9, 0.0, 0.05, 0.8, 0.1, 6.0, 12.0);
        Treasury b = treasury(5e9, 1e9, 0.0, 0.05, 0.8, 0.1, 6.0, 120.0);
        Ledger ledger = new Ledger();
        Traders traders = traders();
        a.open(ledger);
        b.open(ledger);
        traders.open(ledger);
        for (int m = 0; m < 24; m++) {
            ledger.beginMonth();
            double rate = 1_000.0 + 350.0 * m;
            a.intervene(ledger, traders, rate, Months.of(2011, 7) + m);
            b.intervene(ledger, traders, rate, Months.of(2011, 7) + m);
        }
        assertThat(a.defendedKpwPerUsd()).isEqualTo(b.defendedKpwPerUsd());
        // A six-month memory of a rising rate lags it by about six months of the rise.
        assertThat(a.defendedKpwPerUsd()).isBetween(1_000.0 + 350.0 * 23 - 350.0 * 7, 1_000.0 + 350.0 * 23 - 350.0 * 4);
    }
}
