package org.hermit.model.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.hermit.model.Channel;
import org.hermit.model.Lever;
import org.hermit.model.Partner;
import org.hermit.model.sanctions.SanctionMeasure;
import org.hermit.model.scenario.PolicyChange;
import org.hermit.model.scenario.Resolution;
import org.hermit.model.scenario.Scenario;
import org.hermit.model.scenario.ScenarioEvent;
import org.hermit.model.time.Months;
import org.junit.jupiter.api.Test;

class TimelineTest {
    private static final int START = Months.of(2015, 1);

    private static Timeline compile(List<PolicyChange> policies, List<ScenarioEvent> events) {
        return Timeline.compile(new Scenario("t", "", "test", "", START, Months.of(2022, 12), 1, 1,
                Resolution.COHORT, Map.of(), null, policies, events));
    }

    private static int t(int year, int month) {
        return Months.of(year, month) - START;
    }

    @Test
    void aBanAppliesFromItsMonthAndOnlyToItsPartner() {
        Timeline tl = compile(List.of(new PolicyChange.Sanction(Months.of(2017, 2), SanctionMeasure.CHINA_COAL_SUSPENSION, true, "")), List.of());
        int coal = Channel.COAL.ordinal();
        assertThat(tl.ban(t(2017, 1), coal, Partner.CHINA.ordinal())).isZero();
        assertThat(tl.ban(t(2017, 2), coal, Partner.CHINA.ordinal())).isEqualTo(1.0);
        assertThat(tl.ban(t(2017, 2), coal, Partner.RUSSIA.ordinal())).isZero();
    }

    @Test
    void liftingAMeasureEndsItsBan() {
        Timeline tl = compile(List.of(
                new PolicyChange.Sanction(Months.of(2016, 2), SanctionMeasure.KAESONG_CLOSURE, true, ""),
                new PolicyChange.Sanction(Months.of(2019, 1), SanctionMeasure.KAESONG_CLOSURE, false, "")), List.of());
        assertThat(tl.ban(t(2018, 6), Channel.KAESONG.ordinal(), Partner.SOUTH_KOREA.ordinal())).isEqualTo(1.0);
        assertThat(tl.ban(t(2019, 1), Channel.KAESONG.ordinal(), Partner.SOUTH_KOREA.ordinal())).isZero();
    }

    @Test
    void workerRepatriationRampsToAFullBanOverItsMonths() {
        Timeline tl = compile(List.of(new PolicyChange.Sanction(Months.of(2018, 1), SanctionMeasure.UNSCR_2397, true, "")), List.of());
        int w = Channel.WORKERS_ABROAD.ordinal();
        assertThat(tl.ban(t(2018, 1), w, 0)).isCloseTo(1.0 / 24, within(1e-12));
        assertThat(tl.ban(t(2018, 12), w, 0)).isCloseTo(0.5, within(1e-12));
        assertThat(tl.ban(t(2019, 12), w, 0)).isEqualTo(1.0);
        assertThat(tl.workerFreeze(t(2018, 1))).isTrue();
        assertThat(tl.refinedOilCapBarrelsPerYear(t(2018, 1))).isEqualTo(500_000);
    }

    @Test
    void theLaterOfTwoChangesInOneMonthWins() {
        Timeline tl = compile(List.of(
                new PolicyChange.Enforcement(Months.of(2016, 1), Channel.COAL, Partner.CHINA, 0.2, ""),
                new PolicyChange.Enforcement(Months.of(2016, 1), Channel.COAL, Partner.CHINA, 0.9, ""),
                new PolicyChange.LeverSetting(Months.of(2020, 2), Lever.BORDER_CLOSURE, 0.95, "")), List.of());
        assertThat(tl.enforcement(t(2016, 5), Channel.COAL.ordinal(), Partner.CHINA.ordinal())).isEqualTo(0.9);
        assertThat(tl.enforcement(t(2016, 5), Channel.COAL.ordinal(), Partner.RUSSIA.ordinal()))
                .isEqualTo(Timeline.DEFAULT_ENFORCEMENT);
        assertThat(tl.lever(t(2020, 1), Lever.BORDER_CLOSURE)).isZero();
        assertThat(tl.lever(t(2021, 1), Lever.BORDER_CLOSURE)).isEqualTo(0.95);
        assertThat(tl.lever(t(2021, 1), Lever.AID_ACCESS)).isEqualTo(Lever.AID_ACCESS.defaultValue());
    }

    @Test
    void aCurrencyBanFadesLinearlyAndWageReformsCompound() {
        Timeline tl = compile(List.of(), List.of(
                new ScenarioEvent.CurrencyBan(Months.of(2020, 10), 0.8, 4, ""),
                new ScenarioEvent.WageReform(Months.of(2016, 1), 2.0, ""),
                new ScenarioEvent.WageReform(Months.of(2018, 1), 5.0, "")));
        assertThat(tl.currencyBan(t(2020, 9))).isZero();
        assertThat(tl.currencyBan(t(2020, 10))).isCloseTo(0.8, within(1e-12));
        assertThat(tl.currencyBan(t(2020, 12))).isCloseTo(0.4, within(1e-12));
        assertThat(tl.currencyBan(t(2021, 2))).isZero();
        assertThat(tl.wageFactor(t(2015, 12))).isEqualTo(1.0);
        assertThat(tl.wageFactor(t(2017, 1))).isEqualTo(2.0);
        assertThat(tl.wageFactor(t(2019, 1))).isEqualTo(10.0);
    }

    @Test
    void aHarvestShockHitsTheNextOctober() {
        Timeline tl = compile(List.of(), List.of(
                new ScenarioEvent.HarvestShock(Months.of(2018, 8), 0.8, ""),
                new ScenarioEvent.HarvestShock(Months.of(2019, 11), 0.5, "")));
        assertThat(tl.harvestFactor(t(2018, 10))).isEqualTo(0.8);
        assertThat(tl.harvestFactor(t(2019, 10))).isEqualTo(1.0);
        assertThat(tl.harvestFactor(t(2020, 10))).isEqualTo(0.5);
    }
}
