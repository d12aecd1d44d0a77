package org.hermit.model.channels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hermit.model.time.Months.of;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hermit.model.Channel;
import org.hermit.model.Lever;
import org.hermit.model.Partner;
import org.hermit.model.sanctions.SanctionMeasure;
import org.hermit.model.scenario.PolicyChange;
import org.hermit.model.scenario.ScenarioEvent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Each channel's behaviour on its key dates, with central parameters over the baseline-like history. */
class ChannelKeyDatesTest {
    private static Run history;

    @BeforeAll
    static void run() {
        history = Run.of(History.baseline(of(2010, 1), of(2026, 12)));
    }

    private static double monthly(Channel c, int year, int month) {
        return history.at(history.gross, c, year, month);
    }

    @Test
    void coalReceiptsFallAfterChinaEnforcesTheBanIn2017() {
        double y2016 = history.partnerYear(Channel.COAL, Partner.CHINA, 2016);
        double afterBan = 0;
        for (int m = 9; m <= 12; m++) {
            afterBan += monthly(Channel.COAL, 2017, m);
        }
        for (int m = 1; m <= 8; m++) {
            afterBan += monthly(Channel.COAL, 2018, m);
        }
        assertThat(afterBan).isLessThan(0.4 * y2016);
        assertThat(history.recordedYear(Channel.COAL, Partner.CHINA, 2018)).isZero();
        assertThat(history.recordedYear(Channel.COAL, Partner.CHINA, 2016)).isGreaterThan(0.8e9);
    }

    @Test
    void kaesongPaysNothingFromItsClosureIn2016AndNothingDuringThe2013Suspension() {
        assertThat(history.grossYear(Channel.KAESONG, 2015)).isGreaterThan(50e6);
        assertThat(monthly(Channel.KAESONG, 2016, 1)).isPositive();
        for (int t = history.t(2016, 2); t < history.timeline.months(); t++) {
            assertThat(history.gross[Channel.KAESONG.ordinal()][t]).isZero();
        }
        for (int m = 5; m <= 8; m++) {
            assertThat(monthly(Channel.KAESONG, 2013, m)).isZero();
        }
        double april = monthly(Channel.KAESONG, 2013, 4);
        double march = monthly(Channel.KAESONG, 2013, 3);
        assertThat(april / march).isCloseTo(8.0 / 30.0, within(0.02));
        assertThat(monthly(Channel.KAESONG, 2013, 10)).isGreaterThan(march);
    }

    @Test
    void troopsEarnNothingBeforeOctober2024AndBringFoodInKindAfter() {
        for (int t = 0; t < history.t(2024, 10); t++) {
            assertThat(history.gross[Channel.TROOPS.ordinal()][t]).isZero();
        }
        assertThat(monthly(Channel.TROOPS, 2024, 10)).isPositive();
        assertThat(history.at(history.foodT, Channel.TROOPS, 2024, 11)).isPositive();
        assertThat(history.at(history.persons, Channel.TROOPS, 2024, 11)).isEqualTo(11000.0);
    }

    @Test
    void armsFromRussiaStartWithItsDemandIn2023AndScaleWithIt() {
        for (int t = 0; t < history.t(2023, 8); t++) {
            assertThat(history.byPartner[Channel.ARMS.ordinal()][Partner.RUSSIA.ordinal()][t]).isZero();
        }
        assertThat(history.partnerYear(Channel.ARMS, Partner.RUSSIA, 2024)).isGreaterThan(0.5e9);

        Run half = runWithWarDemand(0.5);
        Run full = runWithWarDemand(1.0);
        int t = half.t(2024, 6);
        double r = full.byPartner[Channel.ARMS.ordinal()][Partner.RUSSIA.ordinal()][t]
                / half.byPartner[Channel.ARMS.ordinal()][Partner.RUSSIA.ordinal()][t];
        assertThat(r).isCloseTo(2.0, within(1e-9));
    }

    private static Run runWithWarDemand(double war) {
        List<PolicyChange> p = new ArrayList<>(History.sanctions());
        History.enforce(p, of(2022, 3), Channel.ARMS, Partner.RUSSIA, 0.0);
        History.lever(p, of(2023, 8), Lever.WAR_DEMAND, war);
        return Run.of(History.scenario(of(2023, 1), of(2024, 12), p, List.of()));
    }

    @Test
    void aboutOneHundredThousandWorkersAreAbroadBefore2017() {
        // Seed 000: "estimates suggest that around 100,000 North Koreans work overseas".
        double sum = 0;
        int n = 0;
        for (int t = history.t(2015, 1); t <= history.t(2016, 12); t++) {
            sum += history.persons[Channel.WORKERS_ABROAD.ordinal()][t];
            n++;
        }
        assertThat(sum / n).isBetween(90_000.0, 125_000.0);
    }

    @Test
    void workersCannotGrowUnderAFreezeAndGoHomeAsTheRepatriationBanRises() {
        List<PolicyChange> p = new ArrayList<>();
        p.add(new PolicyChange.Sanction(of(2017, 9), SanctionMeasure.UNSCR_2375, true, ""));
        p.add(new PolicyChange.Sanction(of(2017, 12), SanctionMeasure.UNSCR_2397, true, ""));
        Run run = Run.of(History.scenario(of(2010, 1), of(2020, 6), p, List.of()));
        double[] workers = run.persons[Channel.WORKERS_ABROAD.ordinal()];
        for (int t = run.t(2017, 10); t < workers.length; t++) {
            assertThat(workers[t]).isLessThanOrEqualTo(workers[t - 1] + 1e-6);
        }
        assertThat(workers[run.t(2017, 8)]).isGreaterThan(workers[run.t(2012, 1)]);
        // Full enforcement everywhere: half gone a year into the 24 months, none left at the deadline.
        assertThat(workers[run.t(2018, 11)] / workers[run.t(2017, 11)]).isCloseTo(0.5, within(0.03));
        assertThat(workers[run.t(2019, 12)]).isCloseTo(0.0, within(1e-6));
    }

    @Test
    void aClosedBorderStrandsWorkersAbroadAndStopsNewOnes() {
        List<PolicyChange> p = new ArrayList<>();
        History.lever(p, of(2012, 1), Lever.BORDER_CLOSURE, 1.0);
        Run run = Run.of(History.scenario(of(2010, 1), of(2013, 12), p, List.of()));
        double[] workers = run.persons[Channel.WORKERS_ABROAD.ordinal()];
        assertThat(workers[run.t(2013, 12)]).isEqualTo(workers[run.t(2011, 12)]);
    }

    @Test
    void mountKumgangEndsWithSouthKoreasSuspensionAndWonsanKalmaOpensIn2025() {
        Run run = Run.of(History.baseline(of(2008, 1), of(2026, 6)));
        assertThat(run.byPartner[Channel.TOURISM.ordinal()][Partner.SOUTH_KOREA.ordinal()][run.t(2008, 6)]).isPositive();
        assertThat(run.partnerYear(Channel.TOURISM, Partner.SOUTH_KOREA, 2009)).isZero();

        List<PolicyChange> open = new ArrayList<>(History.sanctions());
        Run noWar = Run.of(History.scenario(of(2025, 1), of(2025, 12), open, List.of()), Map.of(
                "tourism.russia.visitors_per_year", 0.0));
        assertThat(noWar.byPartner[Channel.TOURISM.ordinal()][Partner.RUSSIA.ordinal()][noWar.t(2025, 6)]).isZero();
        assertThat(noWar.byPartner[Channel.TOURISM.ordinal()][Partner.RUSSIA.ordinal()][noWar.t(2025, 7)]).isPositive();
    }

    @Test
    void aidFoodIsSplitBetweenTheStateAndHouseholdsAndStopsAtAClosedBorder() {
        assertThat(history.year(history.foodT[Channel.AID.ordinal()], 2015)).isCloseTo(50_000.0, within(1.0));
        assertThat(history.at(history.foodT, Channel.AID, 2020, 6)).isZero();
    }

    @Test
    void smugglingRisesWhenSanctionsStopLegalTrade() {
        assertThat(history.grossYear(Channel.SMUGGLING, 2019)).isGreaterThan(1.5 * history.grossYear(Channel.SMUGGLING, 2015));
        assertThat(history.recordedYear(Channel.SMUGGLING, Partner.CHINA, 2019)).isZero();
    }

    @Test
    void cryptoMiningStartsInMay2017() {
        assertThat(monthly(Channel.CRYPTO_MINING, 2017, 4)).isZero();
        assertThat(monthly(Channel.CRYPTO_MINING, 2017, 6)).isPositive();
    }

    @Test
    void theBerlinHostelRentEndsInMay2020() {
        double may = monthly(Channel.LEASES, 2020, 5);
        double june = monthly(Channel.LEASES, 2020, 6);
        assertThat(may - june).isCloseTo(Registry.read().get("leases.berlin_usd_per_month")[0], within(1.0));
    }

    @Test
    void knownHeistsAreReportedAsStolenInTheirMonth() {
        List<ScenarioEvent> e = List.of(new ScenarioEvent.Heist(of(2015, 6), 1e9, "test"));
        Run run = Run.of(History.scenario(of(2015, 1), of(2015, 12), List.of(), e));
        assertThat(run.at(run.volume, Channel.CRYPTO_THEFT, 2015, 6)).isEqualTo(1e9);
        assertThat(run.at(run.gross, Channel.CRYPTO_THEFT, 2015, 5)).isZero();
        assertThat(run.at(run.gross, Channel.CRYPTO_THEFT, 2015, 6)).isPositive().isLessThan(1e9);
    }
}
