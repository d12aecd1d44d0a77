package org.hermit.model.households;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.hermit.model.TestParams;

class GrainMarketTest {

    /** Two rows: one rich (satiated), one poor (budget-bound); supply between their demands. */
    private static HouseholdTable table(double poorBudget) {
        HouseholdTable t = HouseholdTableFixtures.twoRows();
        t.scratchA[0] = 15.0;     // wants 15 kg
        t.scratchB[0] = 1e9;      // rich
        t.scratchA[1] = 15.0;
        t.scratchB[1] = poorBudget;
        return t;
    }

    private static HouseholdKernel kernel(double supplyKg) {
        HouseholdKernel k = new HouseholdKernel(TestParams.of(Map.of(
                "food.intake_spread", 0.25, "households.dissave_rate", 0.1, "households.non_food_spend_share", 0.6,
                "prices.grain_factor_min", 0.5, "prices.grain_factor_max", 4.0,
                "prices.grain_storage_floor", 0.85, "households.grain_budget_share", 1.0,
                "food.satiated_intake_ratio", 1.25, "food.grain_demand_price_elasticity", 0.0)));
        k.riceKpwPerKg = 5000;
        k.maizeKpwPerKg = 2000;
        k.maizeElasticity = 1.5;
        k.marketSupplyKg = supplyKg;
        return k;
    }

    @Property
    void whereThePriceIsInsideItsBoundsDemandEqualsSupply(@ForAll @DoubleRange(min = 1.6e7, max = 2.4e7) double supply) {
        HouseholdTable t = table(30_000);
        HouseholdKernel k = kernel(supply);
        double lambda = k.clearGrainMarket(t, 1.0, k.minFactor);
        if (lambda > k.minFactor && lambda < k.maxFactor) {
            double rice = 5000 * lambda;
            double maize = 2000 * Math.pow(lambda, 1.5);
            double demand = 0;
            for (int r = 0; r < 2; r++) {
                double price = t.riceShareOfStaples[r] * rice + (1 - t.riceShareOfStaples[r]) * maize;
                demand += Math.min(t.scratchA[r], t.scratchB[r] / price) * t.persons[r];
            }
            assertThat(demand).isCloseTo(supply, within(supply * HouseholdKernel.CLEARING_TOLERANCE * 1.01));
        }
    }

    @Property
    void lessGrainOnTheMarketNeverLowersThePrice(@ForAll @DoubleRange(min = 1e7, max = 3e7) double supply) {
        HouseholdKernel withPlenty = kernel(supply * 1.1);
        HouseholdKernel withLess = kernel(supply);
        double plenty = withPlenty.clearGrainMarket(table(30_000), 1.0, withPlenty.minFactor);
        double scarce = withLess.clearGrainMarket(table(30_000), 1.0, withLess.minFactor);
        assertThat(scarce).isGreaterThanOrEqualTo(plenty * (1.0 - 1e-9));
    }
}
