package org.hermit.model.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.hermit.model.TestParams;
import org.junit.jupiter.api.Test;

class MoneyMarketTest {

    private static MoneyMarket market(double adjustment, double sentimentSd) {
        return new MoneyMarket(TestParams.of(Map.of(
                "money.won_share_base", 0.5,
                "money.won_share_currency_ban_effect", 0.15,
                "money.won_share_crackdown_effect", 0.08,
                "money.won_share_border_effect", 0.1,
                "money.won_share_expectation_effect", 0.3,
                "money.expectation_memory", 0.8,
                "money.sentiment_persistence", 0.9,
                "money.sentiment_sd", sentimentSd,
                "money.adjustment_speed", adjustment)), 7L);
    }

    @Property
    void atTheEquilibriumRateTheWonShareOfWealthIsTheDesiredShare(
            @ForAll @DoubleRange(min = 1e9, max = 1e14) double won,
            @ForAll @DoubleRange(min = 1e6, max = 1e11) double dollars,
            @ForAll @DoubleRange(min = 0.05, max = 0.95) double share) {
        double rate = MoneyMarket.equilibriumRate(won, dollars, share);
        double wonShareOfWealth = won / (won + dollars * rate);
        assertThat(wonShareOfWealth).isCloseTo(share, within(1e-9));
    }

    @Test
    void printingWonRaisesTheRateInProportion() {
        double before = MoneyMarket.equilibriumRate(1e13, 1e9, 0.5);
        double after = MoneyMarket.equilibriumRate(2e13, 1e9, 0.5);
        assertThat(after / before).isCloseTo(2.0, within(1e-12));
    }

    @Test
    void aCurrencyBanStrengthensTheWon() {
        MoneyMarket calm = market(1.0, 0.0);
        MoneyMarket banned = market(1.0, 0.0);
        calm.start(1e13, 1e9, 0.5);
        banned.start(1e13, 1e9, 0.5);
        double free = calm.clear(1e13, 1e9, 0.0, 0.0, 0.0);
        double underBan = banned.clear(1e13, 1e9, 1.0, 0.0, 0.0);
        assertThat(underBan).isLessThan(free * 0.8);
    }

    @Test
    void theRateMovesOnlyPartOfTheWayInAMonth() {
        MoneyMarket m = market(0.4, 0.0);
        m.start(1e13, 1e9, 0.5);
        double start = m.kpwPerUsd();
        double next = m.clear(4e13, 1e9, 0.0, 0.0, 0.0);
        // Equilibrium quadrupled; 40% of the way in logs is a factor 4^0.4.
        assertThat(next / start).isCloseTo(Math.pow(4.0, 0.4), within(0.02));
    }
}
