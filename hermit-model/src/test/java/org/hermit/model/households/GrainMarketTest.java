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
        return kernel(supplyKg, 0.0);
    }

    private static HouseholdKernel kernel(double supplyKg, double demandElasticity) {
        HouseholdKernel k = new HouseholdKernel(TestParams.of(Map.of(
                "food.intake_spread", 0.25, "households.dissave_rate", 0.1, "households.non_food_spend_share", 0.6,
                "prices.grain_factor_min", 0.5, "prices.grain_factor_max", 4.0,
                "prices.grain_storage_floor", 0.85, "households.grain_budget_share", 1.0,
                "food.satiated_intake_ratio", 1.25, "food.grain_demand_price_elasticity", demandElasticity)));
        k.riceKpwPerKg = 5000;
        k.maizeKpwPerKg = 2000;
        k.maizeElasticity = 1.5;
        k.marketSupplyKg = supplyKg;
        k.needKg = 12.0;    // 12 kg x 1.25 satiated = the 15 kg the rows want at the reference price
        return k;
    }

    /** The kernel with part of the grain offered by farmers who sell more as the price rises above expectation. */
    private static HouseholdKernel withFarmers(double fixedKg, double farmOfferKg, double elasticity) {
        HouseholdKernel k = kernel(fixedKg, 0.4);
        k.farmOfferKg = farmOfferKg;
        k.farmOfferMaxKg = 3.0 * farmOfferKg;
        k.farmOfferElasticity = elasticity;
        k.expectedPriceFactor = 1.2;
        return k;
    }

    /** Demand of the two rows at a factor, as the kernel defines it: the want moves with the price, money caps it. */
    private static double demandAt(HouseholdTable t, double lambda, double demandElasticity) {
        double rice = 5000 * lambda;
        double maize = 2000 * Math.pow(lambda, 1.5);
        double wantShift = 12.0 * 1.25 * (Math.pow(lambda, -demandElasticity) - 1.0);
        double demand = 0;
        for (int r = 0; r < 2; r++) {
            double price = t.riceShareOfStaples[r] * rice + (1 - t.riceShareOfStaples[r]) * maize;
            demand += Math.min(Math.max(0, t.scratchA[r] + wantShift), t.scratchB[r] / price) * t.persons[r];
        }
        return demand;
    }

    @Property
    void withFarmersAnsweringThePriceAndDemandGivingWayTheMarketStillClears(
            @ForAll @DoubleRange(min = 0.6e7, max = 1.4e7) double fixed,
            @ForAll @DoubleRange(min = 0.2e7, max = 0.8e7) double farm,
            @ForAll @DoubleRange(min = 0.0, max = 4.0) double elasticity) {
        HouseholdTable t = table(30_000);
        HouseholdKernel k = withFarmers(fixed, farm, elasticity);
        double lambda = k.clearGrainMarket(t, 1.0, k.minFactor);
        if (lambda > k.minFactor && lambda < k.maxFactor) {
            double supply = fixed + k.farmOffer(lambda);
            assertThat(demandAt(t, lambda, 0.4)).isCloseTo(supply, within(supply * HouseholdKernel.CLEARING_TOLERANCE * 1.01));
        }
    }

    @Property
    void farmersOfferMoreAsThePriceRisesButNeverMoreThanTheyHold(
            @ForAll @DoubleRange(min = 0.3, max = 5.0) double lambda,
            @ForAll @DoubleRange(min = 0.0, max = 4.0) double elasticity) {
        HouseholdKernel k = withFarmers(1e7, 4e6, elasticity);
        double here = k.farmOffer(lambda);
        double higher = k.farmOffer(lambda * 1.1);
        assertThat(higher).isGreaterThanOrEqualTo(here);
        assertThat(higher).isLessThanOrEqualTo(k.farmOfferMaxKg);
        assertThat(k.farmOffer(k.expectedPriceFactor)).isCloseTo(4e6, within(1e-6));
    }

    @Property
    void whenTheBetterOffGiveWayToPriceAShortageRaisesThePriceLess(
            @ForAll @DoubleRange(min = 1.9e7, max = 2.6e7) double supply) {
        // A tenth less grain: with a demand that gives way, the price has to rise less to clear it. (Supplies from
        // 1.9e7 kg clear inside the price bounds: at the cap the rich row's 1.5e7 kg and the poor row's budget buy
        // about 1.7e7 kg.)
        double rigid = ratio(supply, 0.0);
        double flexible = ratio(supply, 0.5);
        assertThat(flexible).isLessThan(rigid - 0.1 * (rigid - 1.0));
    }

    private static double ratio(double supply, double elasticity) {
        HouseholdKernel plenty = kernel(supply, elasticity);
        HouseholdKernel less = kernel(supply * 0.9, elasticity);
        double a = plenty.clearGrainMarket(table(30_000), 1.0, plenty.minFactor);
        double b = less.clearGrainMarket(table(30_000), 1.0, less.minFactor);
        assertThat(b).as("the scarcer market clears below the cap").isLessThan(less.maxFactor);
        assertThat(a).as("the richer market clears above the floor").isGreaterThan(plenty.minFactor);
        assertThat(b).isGreaterThan(a);
        return b / a;
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
