package org.hermit.io.observed;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.hermit.model.time.Months;
import org.junit.jupiter.api.Test;

class ObservedDataTest {

    private static Observation monthly(int year, int month, double value, String source) {
        return new Observation(Frequency.MONTHLY, Months.of(year, month), value, value, value, 1, source);
    }

    private static Observation annual(int year, double value, String source) {
        return new Observation(Frequency.ANNUAL, year, value, value, value, 1, source);
    }

    private static ObservedData data(String id, Observation... observations) {
        return ObservedData.of(List.of(new ObservedSeries(id, "KPW per USD", "rate", List.of(observations), "note")));
    }

    @Test
    void mergingAddsNewPeriodsAndTheOtherDataWinsWhereBothHaveAPeriod() {
        ObservedData bundled = data("kpw_per_usd", monthly(2023, 4, 8280, "bundled"), monthly(2023, 2, 8378, "bundled"));
        ObservedData user = data("kpw_per_usd", monthly(2023, 4, 8300, "user"), monthly(2024, 3, 8900, "user"));
        ObservedSeries merged = bundled.merge(user).series("kpw_per_usd").orElseThrow();
        assertThat(merged.observations()).extracting(Observation::label).containsExactly("2023-02", "2023-04", "2024-03");
        assertThat(merged.at(Frequency.MONTHLY, Months.of(2023, 4)).orElseThrow().source()).isEqualTo("user");
        assertThat(merged.unit()).isEqualTo("KPW per USD");
        assertThat(merged.curation()).isEqualTo("note");
    }

    @Test
    void mergingKeepsSeriesOnlyOneSideHas() {
        ObservedData merged = data("a", annual(2017, 1, "x")).merge(data("b", annual(2018, 2, "y")));
        assertThat(merged.series()).containsOnlyKeys("a", "b");
    }

    @Test
    void upToACutOffKeepsWhatEndsByThenAndAfterKeepsWhatStartsLater() {
        ObservedData d = data("s", annual(2016, 1, ""), annual(2017, 2, ""), monthly(2016, 12, 3, ""),
                monthly(2017, 1, 4, ""));
        int cutoff = Months.of(2016, 12);
        assertThat(d.upTo(cutoff).series("s").orElseThrow().observations()).extracting(Observation::label)
                .containsExactly("2016", "2016-12");
        assertThat(d.after(cutoff).series("s").orElseThrow().observations()).extracting(Observation::label)
                .containsExactly("2017", "2017-01");
    }

    @Test
    void aYearThatStraddlesTheCutOffIsOnNeitherSide() {
        ObservedData d = data("s", annual(2017, 2, ""));
        int cutoff = Months.of(2017, 6);
        assertThat(d.upTo(cutoff).series("s").orElseThrow().observations()).isEmpty();
        assertThat(d.after(cutoff).series("s").orElseThrow().observations()).isEmpty();
    }

    @Property
    void aCutOffNeverPutsAnObservationOnBothSidesAndPutsEveryMonthOnOne(
            @ForAll @IntRange(min = 2000 * 12, max = 2030 * 12) int cutoff,
            @ForAll @IntRange(min = 2000 * 12, max = 2030 * 12) int month) {
        List<Observation> obs = new ArrayList<>();
        obs.add(new Observation(Frequency.MONTHLY, month, 1, 1, 1, 1, ""));
        obs.add(new Observation(Frequency.ANNUAL, Months.year(month), 1, 1, 1, 1, ""));
        ObservedData d = ObservedData.of(List.of(new ObservedSeries("s", "", "", obs, "")));
        List<Observation> before = d.upTo(cutoff).series("s").orElseThrow().observations();
        List<Observation> after = d.after(cutoff).series("s").orElseThrow().observations();
        assertThat(before.stream().filter(after::contains)).isEmpty();
        assertThat(before.stream().filter(o -> o.frequency() == Frequency.MONTHLY).count()
                + after.stream().filter(o -> o.frequency() == Frequency.MONTHLY).count()).isEqualTo(1);
    }
}
