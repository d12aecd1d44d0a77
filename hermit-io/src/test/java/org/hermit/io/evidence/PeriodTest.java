package org.hermit.io.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.hermit.io.evidence.Period.Resolution;
import org.hermit.model.time.Months;
import org.junit.jupiter.api.Test;

class PeriodTest {

    @Test
    void aYearCoversJanuaryToDecember() {
        Period p = Period.parse("2017");
        assertThat(p.resolution()).isEqualTo(Resolution.YEAR);
        assertThat(p.firstMonth()).isEqualTo(Months.of(2017, 1));
        assertThat(p.lastMonth()).isEqualTo(Months.of(2017, 12));
        assertThat(p.isCalendarYear()).isTrue();
        assertThat(p.isSingleMonth()).isFalse();
    }

    @Test
    void aMonthAndADayBelongToTheirMonth() {
        assertThat(Period.parse("2017-12").firstMonth()).isEqualTo(Months.of(2017, 12));
        Period day = Period.parse("2010-03-13");
        assertThat(day.resolution()).isEqualTo(Resolution.DAY);
        assertThat(day.firstMonth()).isEqualTo(Months.of(2010, 3));
        assertThat(day.lastMonth()).isEqualTo(Months.of(2010, 3));
        assertThat(day.isSingleMonth()).isTrue();
    }

    @Test
    void aPartialYearSpanIsNeitherAMonthNorAYear() {
        Period p = Period.parse("2017-01..2017-09");
        assertThat(p.resolution()).isEqualTo(Resolution.SPAN);
        assertThat(p.firstMonth()).isEqualTo(Months.of(2017, 1));
        assertThat(p.lastMonth()).isEqualTo(Months.of(2017, 9));
        assertThat(p.isCalendarYear()).isFalse();
        assertThat(p.isSingleMonth()).isFalse();
    }

    @Test
    void aJanuaryToDecemberSpanIsACalendarYear() {
        assertThat(Period.parse("2018-01..2018-12").isCalendarYear()).isTrue();
        assertThat(Period.parse("2018-02..2019-01").isCalendarYear()).isFalse();
    }

    @Test
    void yearSpansAndSlashSpansParse() {
        Period years = Period.parse("2000..2018");
        assertThat(years.firstMonth()).isEqualTo(Months.of(2000, 1));
        assertThat(years.lastMonth()).isEqualTo(Months.of(2018, 12));
        Period slash = Period.parse("2014-01/2019-12");
        assertThat(slash.resolution()).isEqualTo(Resolution.SPAN);
        assertThat(slash.lastMonth() - slash.firstMonth() + 1).isEqualTo(72);
    }

    @Test
    void malformedPeriodsAreRejectedWithTheirText() {
        assertThatThrownBy(() -> Period.parse("2017-13")).hasMessageContaining("'2017-13'");
        assertThatThrownBy(() -> Period.parse("spring 2022")).hasMessageContaining("spring 2022");
        assertThatThrownBy(() -> Period.parse("2019..2017")).hasMessageContaining("ends before it starts");
    }
}
