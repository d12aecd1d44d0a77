package org.hermit.model.food;

import static org.assertj.core.api.Assertions.assertThat;

import org.hermit.model.time.Months;
import org.junit.jupiter.api.Test;

class FoodBalanceTest {

    @Test
    void grainInHandMustLastFromOctoberToTheNextSeptember() {
        assertThat(FoodBalance.monthsToHarvest(Months.of(2020, 10))).isEqualTo(12);
        assertThat(FoodBalance.monthsToHarvest(Months.of(2020, 12))).isEqualTo(10);
        assertThat(FoodBalance.monthsToHarvest(Months.of(2021, 1))).isEqualTo(9);
        assertThat(FoodBalance.monthsToHarvest(Months.of(2021, 9))).isEqualTo(1);
    }
}
