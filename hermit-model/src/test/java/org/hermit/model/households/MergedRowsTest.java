package org.hermit.model.households;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.hermit.model.TestParams;

/**
 * Rows that live alike (same kind, tier, weights, staples, levy and ration) but in different provinces can be one
 * row: the kernel gives the same totals, and the merged row holds exactly what each of them holds per person.
 */
class MergedRowsTest {

    /** A farmer row in two provinces (shares a and b) and a trader row in a third. */
    private static HouseholdTable threeRows(double shareA, double shareB) {
        HouseholdTable t = HouseholdTable.empty(3);
        for (int r = 0; r < 3; r++) {
            boolean trader = r == 2;
            t.kind[r] = (trader ? HouseholdKind.MARKET_TRADERS : HouseholdKind.COOPERATIVE_FARMERS).ordinal();
            t.province[r] = (r == 0 ? Province.SOUTH_HWANGHAE : r == 1 ? Province.NORTH_HWANGHAE : Province.RYANGGANG).ordinal();
            t.tier[r] = HouseholdTable.LOW;
            t.wageWeight[r] = trader ? 0.2 : 0.5;
            t.enterpriseWeight[r] = trader ? 0.1 : 0.3;
            t.marketWeight[r] = trader ? 2.0 : 0.4;
            t.remittanceWeight[r] = trader ? 0.3 : 0.05;
            t.riceShareOfStaples[r] = trader ? 0.6 : 0.3;
            t.levyRate[r] = 0.1;
            t.rationClass[r] = 0;
        }
        t.populationShare[0] = shareA;
        t.populationShare[1] = shareB;
        t.populationShare[2] = 1.0 - shareA - shareB;
        return t;
    }

    private static HouseholdKernel kernel(double supplyKg) {
        HouseholdKernel k = new HouseholdKernel(TestParams.of(Map.of(
                "food.intake_spread", 0.25, "households.dissave_rate", 0.1, "households.non_food_spend_share", 0.6,
                "prices.grain_factor_min", 0.5, "prices.grain_factor_max", 4.0,
                "prices.grain_storage_floor", 0.85, "households.grain_budget_share", 1.0,
                "food.satiated_intake_ratio", 1.25, "food.grain_demand_price_elasticity", 0.0)));
        k.wageKpwPerWeight = 3000;
        k.enterprisePayoutKpw = 4e10;
        k.traderPayoutKpw = 9e10;
        k.remittanceUsd = 2e6;
        k.procurementKpw = 1e10;
        k.kpwPerUsd = 8000;
        k.riceKpwPerKg = 5000;
        k.maizeKpwPerKg = 2000;
        k.maizeElasticity = 1.5;
        k.needKg = 15;
        k.farmerOwnKg = 6;
        k.targetedAidKg = 1e6;
        // Farmers offer 40% of the grain at the expected price and sell more as the price rises.
        k.marketSupplyKg = 0.6 * supplyKg;
        k.farmOfferKg = 0.4 * supplyKg;
        k.farmOfferMaxKg = supplyKg;
        k.farmOfferElasticity = 1.0;
        k.wonShare = 0.6;
        return k;
    }

    @Property(tries = 50)
    void aMergedRowGivesTheSameMonthAsTheRowsItStandsFor(
            @ForAll @DoubleRange(min = 0.05, max = 0.45) double shareA,
            @ForAll @DoubleRange(min = 0.05, max = 0.45) double shareB,
            @ForAll @DoubleRange(min = 5e7, max = 3e8) double supplyKg) {
        HouseholdTable rows = threeRows(shareA, shareB);
        HouseholdTable merged = rows.mergedByCircumstances();
        assertThat(merged.rows()).isEqualTo(2);
        HouseholdKernel k1 = kernel(supplyKg);
        HouseholdKernel k2 = kernel(supplyKg);
        for (HouseholdTable t : new HouseholdTable[] {rows, merged}) {
            t.resize(2.0e7, 0, 0);
            t.endow(4e12, 5e8);
        }
        for (int month = 0; month < 3; month++) {
            double population = 2.0e7 * (1.0 + 0.01 * month);
            rows.resize(population, 0, 0);
            merged.resize(population, 0, 0);
            k1.earnEatAndSpend(rows);
            k2.earnEatAndSpend(merged);
            k1.rebalance(rows, 0.7);
            k2.rebalance(merged, 0.7);
            assertThat(k2.grainPriceFactor).isCloseTo(k1.grainPriceFactor, within(1e-12 * k1.grainPriceFactor));
            assertThat(k2.foodSpendKpw).isCloseTo(k1.foodSpendKpw, within(1e-12 * Math.abs(k1.foodSpendKpw)));
            assertThat(k2.wagesKpw).isCloseTo(k1.wagesKpw, within(1e-12 * Math.abs(k1.wagesKpw)));
            assertThat(k2.desiredUsdSales).isCloseTo(k1.desiredUsdSales, within(1e-9 * Math.abs(k1.desiredUsdSales) + 1e-6));
            assertThat(k2.wonAfterRebalance).isCloseTo(k1.wonAfterRebalance, within(1e-12 * Math.abs(k1.wonAfterRebalance)));
            // Rows 0 and 1 hold the same per person to the last bit (why they can be one row), and the merged row
            // holds that too, up to the rounding of the market's totals (summed over two rows or three).
            assertThat(rows.wonPerPerson[1]).isEqualTo(rows.wonPerPerson[0]);
            assertThat(rows.usdPerPerson[1]).isEqualTo(rows.usdPerPerson[0]);
            assertThat(merged.wonPerPerson[0]).isCloseTo(rows.wonPerPerson[0], within(1e-12 * Math.abs(rows.wonPerPerson[0])));
            assertThat(merged.usdPerPerson[0]).isCloseTo(rows.usdPerPerson[0], within(1e-12 * Math.abs(rows.usdPerPerson[0])));
            assertThat(merged.persons[0]).isCloseTo(rows.persons[0] + rows.persons[1], within(1e-6));
        }
    }
}
