package org.hermit.model.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.hermit.model.time.Months;
import org.junit.jupiter.api.Test;

class VariableTest {
    static final int JAN_2010 = Months.of(2010, 1);
    static final Variable GROWTH = Variables.get(Variables.GDP_GROWTH_PCT);

    @Test
    void gdpGrowthIsUndefinedInARunsFirst23MonthsOnly() {
        assertThat(GROWTH.undefinedMonths()).isEqualTo(23);
        assertThat(GROWTH.definedAt(22)).isFalse();
        assertThat(GROWTH.definedAt(23)).isTrue();
        assertThat(Variables.all()).filteredOn(v -> v.index() != Variables.GDP_GROWTH_PCT)
                .allSatisfy(v -> assertThat(v.undefinedMonths()).as(v.id()).isZero());
    }

    @Test
    void aDecemberVariableIsDefinedInTheFirstYearWhoseDecemberIsDefined() {
        // 2010-01 start: December 2010 is month 11 (undefined), December 2011 is month 23 (the first defined).
        assertThat(GROWTH.definedInYear(JAN_2010, 180, 2010)).isFalse();
        assertThat(GROWTH.definedInYear(JAN_2010, 180, 2011)).isTrue();
        // A run from 2010-07 reaches its 24th month in 2012-06: December 2011 is month 17.
        int jul2010 = Months.of(2010, 7);
        assertThat(GROWTH.definedInYear(jul2010, 180, 2011)).isFalse();
        assertThat(GROWTH.definedInYear(jul2010, 180, 2012)).isTrue();
    }

    @Test
    void aFlowOrAverageNeedsEveryMonthOfTheYearDefined() {
        Variable flow = new Variable(0, "x", "USD", Aggregation.SUM, "", 23);
        assertThat(flow.definedInYear(JAN_2010, 180, 2011)).isFalse();
        assertThat(flow.definedInYear(JAN_2010, 180, 2012)).isTrue();
    }

    @Test
    void yearsOutsideTheRunAreNotDefined() {
        Variable always = Variables.get(Variables.RESERVES_USD);
        assertThat(always.definedInYear(JAN_2010, 12, 2009)).isFalse();
        assertThat(always.definedInYear(JAN_2010, 12, 2011)).isFalse();
        assertThat(always.definedInYear(JAN_2010, 12, 2010)).isTrue();
    }

    @Test
    void negativeUndefinedMonthsAreRefused() {
        assertThatThrownBy(() -> new Variable(0, "x", "USD", Aggregation.SUM, "", -1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("x");
    }

    @Property(tries = 200)
    void onceDefinedAVariableStaysDefined(@ForAll @IntRange(min = 0, max = 40) int undefined,
                                          @ForAll @IntRange(min = 0, max = 11) int startOffset,
                                          @ForAll @IntRange(min = 1, max = 60) int months) {
        Variable v = new Variable(0, "x", "%", Aggregation.LAST, "", undefined);
        int start = JAN_2010 + startOffset;
        boolean seenDefined = false;
        for (int year = 2010; year <= Months.year(start + months - 1); year++) {
            boolean defined = v.definedInYear(start, months, year);
            assertThat(!seenDefined || defined).as("year %d after a defined year", year).isTrue();
            seenDefined |= defined;
            // The annual value is defined exactly when its last month in the run is.
            int last = Math.min(start + months - 1, Months.of(year, 12));
            assertThat(defined).isEqualTo(v.definedAt(last - start));
        }
    }
}
