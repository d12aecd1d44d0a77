package org.hermit.model.treasury;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.hermit.model.Partner;
import org.hermit.model.Sector;
import org.hermit.model.TestParams;
import org.hermit.model.accounts.Ledger;
import org.junit.jupiter.api.Test;

class TreasuryTest {

    private static Treasury treasury(double reserves, double floor) {
        return new Treasury(TestParams.of(Map.ofEntries(
                Map.entry("treasury.initial_reserves_usd", reserves),
                Map.entry("treasury.reserve_floor_usd", floor),
                Map.entry("treasury.drawdown_share_per_month", 0.0),
                Map.entry("treasury.income_spend_share", 1.0),
                Map.entry("treasury.weapons_usd_per_year", 1200.0),
                Map.entry("treasury.elite_usd_per_year", 600.0),
                Map.entry("treasury.surplus_spend_share", 0.0),
                Map.entry("treasury.fx_intervention_strength", 0.0),
                Map.entry("treasury.fx_intervention_max_share", 0.0),
                Map.entry("treasury.other_won_spending_kpw_per_month", 0.0),
                Map.entry("treasury.import_share_china", 0.8),
                Map.entry("treasury.import_share_russia", 0.1))), 0.0);
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
}
