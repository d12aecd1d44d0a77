package org.hermit.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.hermit.engine.ParameterSampler;
import org.hermit.model.Simulation;
import org.hermit.model.output.SeriesBuffer;
import org.hermit.model.output.Variables;
import org.hermit.model.param.ParameterValues;
import org.hermit.model.random.RandomStreams;
import org.hermit.model.scenario.Scenario;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * How the bundled baseline's grain market behaves at the registry's central values over the years the record
 * covers best (2013-2019, before the border closed): it clears by price, never at the cap where every household
 * is rationed alike, and hunger moves with the seasons rather than jumping between none and most of the country.
 */
class BaselineGrainMarketTest {
    static SeriesBuffer out;
    static int first;

    @BeforeAll
    static void runTheBaseline() {
        Hermit hermit = Hermit.withBundledData();
        Scenario baseline = hermit.scenario("baseline");
        Simulation simulation = new Simulation(baseline, hermit.parameters(), hermit.inputs());
        long seed = RandomStreams.runSeed(baseline.seed(), 0);
        ParameterValues central = ParameterSampler.central(hermit.parameters(), baseline.parameters(), null).draw(seed);
        out = new SeriesBuffer(simulation.months());
        simulation.run(central, seed, out);
        first = (2013 - 2010) * 12;
        assertThat(baseline.startMonth()).as("the baseline starts in January 2010").isEqualTo(org.hermit.model.time.Months.of(2010, 1));
    }

    @Test
    void theMarketClearsBelowItsCapInEveryMonth() {
        double cap = Hermit.withBundledData().parameters().find("prices.grain_factor_max").orElseThrow().central();
        int factor = Variables.byId("grain_price_factor").orElseThrow().index();
        for (int t = first; t < first + 7 * 12; t++) {
            assertThat(out.get(factor, t)).as("month %d", t).isLessThan(cap);
        }
    }

    @Test
    void hungerMovesWithTheSeasonsNotBetweenNoneAndMost() {
        int share = Variables.byId("food_insecure_share").orElseThrow().index();
        for (int y = 0; y < 7; y++) {
            double lo = 1;
            double hi = 0;
            for (int m = 0; m < 12; m++) {
                double v = out.get(share, first + 12 * y + m);
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
            assertThat(hi - lo).as("range of monthly hunger in %d", 2013 + y).isLessThan(0.2);
            assertThat(lo).as("least monthly hunger in %d", 2013 + y).isGreaterThan(0.2);
        }
    }

    @Test
    void riceSellsWithinAHalfOfItsObservedRatioToChinasPrice() {
        // The record's 2013-2016 rice, 4,600-5,800 won/kg at 8,000-8,500 won per dollar, is 0.55-0.70 dollars a kg.
        int rice = Variables.byId("rice_kpw_per_kg").orElseThrow().index();
        int won = Variables.byId("kpw_per_usd").orElseThrow().index();
        double sum = 0;
        for (int t = first; t < first + 48; t++) {
            sum += out.get(rice, t) / out.get(won, t);
        }
        assertThat(sum / 48).isBetween(0.62 / 1.5, 0.62 * 1.5);
    }
}
