package org.hermit.io.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.hermit.io.params.ParameterRegistry;
import org.hermit.model.Channel;
import org.hermit.model.Lever;
import org.hermit.model.Partner;
import org.hermit.model.policy.Timeline;
import org.hermit.model.sanctions.SanctionMeasure;
import org.hermit.model.scenario.PolicyChange;
import org.hermit.model.scenario.Scenario;
import org.hermit.model.scenario.ScenarioEvent;
import org.hermit.model.time.Months;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The bundled scenarios load cleanly, compile, say what history says, and the counterfactuals do what they claim. */
class BundledScenariosTest {
    private static final ScenarioLoader LOADER = new ScenarioLoader(ParameterRegistry.bundled());
    private static final int JAN_2026 = Months.of(2026, 1);
    private static final Pattern CITES_A_ROW = Pattern.compile("(events|markets|revenue|macro|trade)\\.csv");

    static List<String> names() {
        return ScenarioLoader.bundledNames();
    }

    @Test
    void theBundledScenariosAreBaselineAndItsCounterfactuals() {
        assertThat(ScenarioLoader.bundledNames()).containsExactly("baseline", "china-enforces", "russia-stops-buying",
                "border-closes-2026", "exchanges-harden", "aid-resumes");
    }

    @ParameterizedTest
    @MethodSource("names")
    void loadsWithoutProblemsAndCompiles(String name) {
        Scenario s = LOADER.loadBundled(name);
        assertThat(s.name()).isEqualTo(name);
        assertThat(s.origin()).isEqualTo("bundled:" + name);
        assertThat(s.contentHash()).matches("[0-9a-f]{64}");
        Timeline tl = Timeline.compile(s);
        assertThat(tl.months()).isEqualTo(s.months());
        assertThat(LOADER.resolve(name)).isEqualTo(s);
    }

    @ParameterizedTest
    @MethodSource("names")
    void everyValueHasANoteCitingItsRowOrStatingItsAssumption(String name) {
        Scenario s = LOADER.loadBundled(name);
        List<String> notes = new ArrayList<>();
        s.policies().forEach(p -> notes.add(p.note()));
        s.events().forEach(e -> notes.add(e.note()));
        for (String note : notes) {
            assertThat(CITES_A_ROW.matcher(note).find() || note.contains("assumption") || note.startsWith("counterfactual"))
                    .as(note).isTrue();
        }
    }

    @Test
    void baselineRunsFrom2010To2030WithAHundredRuns() {
        Scenario s = LOADER.loadBundled("baseline");
        assertThat(s.startMonth()).isEqualTo(Months.of(2010, 1));
        assertThat(s.endMonth()).isEqualTo(Months.of(2030, 12));
        assertThat(s.runs()).isEqualTo(100);
    }

    @Test
    void baselineHasEverySanctionsMeasureOnItsHistoricalDate() {
        Scenario s = LOADER.loadBundled("baseline");
        for (SanctionMeasure m : SanctionMeasure.values()) {
            int month = Months.parse(m.historicalDate().substring(0, 7));
            assertThat(s.policies()).as(m.id()).contains(new PolicyChange.Sanction(month, m, true, noteOf(s, m)));
        }
    }

    @Test
    void baselineChangesNothingAfter2025SoCounterfactualsTakeEffect() {
        Scenario s = LOADER.loadBundled("baseline");
        assertThat(s.policies()).allSatisfy(p -> assertThat(p.month()).isLessThan(JAN_2026));
        assertThat(s.events()).allSatisfy(e -> assertThat(e.month()).isLessThan(JAN_2026));
    }

    @Test
    void baselineHoldsTheHistoryOfHeistsTroopsAndWages() {
        Scenario s = LOADER.loadBundled("baseline");
        Timeline tl = Timeline.compile(s);
        assertThat(s.events().stream().filter(e -> e instanceof ScenarioEvent.Heist)).hasSize(14);
        assertThat(tl.knownHeistUsd(t(s, 2016, 2))).isEqualTo(81e6);
        assertThat(tl.knownHeistUsd(t(s, 2023, 9))).isEqualTo(95e6);
        assertThat(tl.knownHeistUsd(t(s, 2025, 2))).isEqualTo(1.5e9);
        assertThat(tl.troopsDeployed(t(s, 2024, 9))).isZero();
        assertThat(tl.troopsDeployed(t(s, 2024, 10))).isEqualTo(11000);
        assertThat(tl.troopsDeployed(t(s, 2025, 10))).isEqualTo(20000);
        assertThat(tl.troopsDeployed(t(s, 2030, 12))).isEqualTo(20000);
        assertThat(tl.wageFactor(t(s, 2023, 9))).isEqualTo(1.0);
        assertThat(tl.wageFactor(t(s, 2023, 10))).isEqualTo(10.0);
        assertThat(tl.grainSaleBan(t(s, 2023, 1))).isEqualTo(0.5);
        assertThat(tl.currencyBan(t(s, 2023, 4))).isEqualTo(0.8);
        assertThat(tl.currencyBan(t(s, 2023, 10))).isCloseTo(0.4, org.assertj.core.api.Assertions.within(1e-12));
        assertThat(tl.moneyChangerCrackdown(t(s, 2020, 12))).isEqualTo(0.8);
    }

    @Test
    void baselineClosesTheBorderIn2020AndReopensItStepByStep() {
        Scenario s = LOADER.loadBundled("baseline");
        Timeline tl = Timeline.compile(s);
        assertThat(tl.lever(t(s, 2019, 12), Lever.BORDER_CLOSURE)).isZero();
        assertThat(tl.lever(t(s, 2020, 2), Lever.BORDER_CLOSURE)).isEqualTo(0.9);
        assertThat(tl.lever(t(s, 2022, 2), Lever.BORDER_CLOSURE)).isEqualTo(0.55);
        assertThat(tl.lever(t(s, 2022, 6), Lever.BORDER_CLOSURE)).isEqualTo(0.9);
        assertThat(tl.lever(t(s, 2022, 10), Lever.BORDER_CLOSURE)).isEqualTo(0.55);
        assertThat(tl.lever(t(s, 2030, 12), Lever.BORDER_CLOSURE)).isEqualTo(0.25);
        assertThat(tl.lever(t(s, 2023, 7), Lever.WAR_DEMAND)).isZero();
        assertThat(tl.lever(t(s, 2024, 6), Lever.WAR_DEMAND)).isEqualTo(1.0);
        assertThat(tl.lever(t(s, 2019, 1), Lever.AID_ACCESS)).isEqualTo(1.0);
        assertThat(tl.lever(t(s, 2023, 6), Lever.AID_ACCESS)).isLessThan(0.1);
    }

    @Test
    void baselineEnforcementFollowsChinaAndRussiaOverTime() {
        Scenario s = LOADER.loadBundled("baseline");
        Timeline tl = Timeline.compile(s);
        int coal = Channel.COAL.ordinal();
        int textiles = Channel.TEXTILES.ordinal();
        int arms = Channel.ARMS.ordinal();
        int china = Partner.CHINA.ordinal();
        int russia = Partner.RUSSIA.ordinal();
        assertThat(tl.enforcement(t(s, 2016, 6), coal, china)).isEqualTo(0.2);
        assertThat(tl.enforcement(t(s, 2017, 3), coal, china)).isEqualTo(0.95);
        assertThat(tl.enforcement(t(s, 2018, 1), coal, china)).isEqualTo(0.95);
        assertThat(tl.enforcement(t(s, 2018, 1), textiles, china)).isEqualTo(0.9);
        assertThat(tl.enforcement(t(s, 2023, 1), textiles, china)).isEqualTo(0.75);
        assertThat(tl.enforcement(t(s, 2018, 1), textiles, russia)).isEqualTo(0.5);
        assertThat(tl.enforcement(t(s, 2023, 1), textiles, russia)).isEqualTo(0.2);
        assertThat(tl.enforcement(t(s, 2024, 1), arms, russia)).isZero();
        assertThat(tl.enforcement(t(s, 2018, 1), textiles, Partner.OTHER.ordinal())).isEqualTo(0.8);
        assertThat(tl.blocked(t(s, 2018, 1), textiles, china)).isEqualTo(0.9);
    }

    @ParameterizedTest
    @MethodSource("counterfactuals")
    void aCounterfactualIsTheBaselineUntil2026(String name) {
        Scenario base = LOADER.loadBundled("baseline");
        Scenario cf = LOADER.loadBundled(name);
        assertThat(cf.startMonth()).isEqualTo(base.startMonth());
        assertThat(cf.endMonth()).isEqualTo(base.endMonth());
        Timeline b = Timeline.compile(base);
        Timeline c = Timeline.compile(cf);
        for (int t = 0; base.startMonth() + t < JAN_2026; t++) {
            assertThat(state(c, t)).as("%s in %s", name, Months.format(base.startMonth() + t)).containsExactlyElementsOf(state(b, t));
        }
        assertThat(cf.contentHash()).isNotEqualTo(base.contentHash());
    }

    static List<String> counterfactuals() {
        return ScenarioLoader.bundledNames().subList(1, ScenarioLoader.bundledNames().size());
    }

    @Test
    void chinaEnforcesEveryBanInFullFrom2026() {
        Scenario s = LOADER.loadBundled("china-enforces");
        Timeline tl = Timeline.compile(s);
        Timeline base = Timeline.compile(LOADER.loadBundled("baseline"));
        int t = t(s, 2026, 1);
        for (Channel c : Channel.values()) {
            assertThat(tl.enforcement(t, c.ordinal(), Partner.CHINA.ordinal())).as(c.id()).isEqualTo(1.0);
            assertThat(tl.enforcement(t, c.ordinal(), Partner.RUSSIA.ordinal()))
                    .isEqualTo(base.enforcement(t, c.ordinal(), Partner.RUSSIA.ordinal()));
        }
        assertThat(base.enforcement(t, Channel.TEXTILES.ordinal(), Partner.CHINA.ordinal())).isEqualTo(0.75);
    }

    @Test
    void russiaStopsBuyingMunitionsAndTroopsFrom2026() {
        Scenario s = LOADER.loadBundled("russia-stops-buying");
        Scenario base = LOADER.loadBundled("baseline");
        Timeline tl = Timeline.compile(s);
        Timeline b = Timeline.compile(base);
        assertThat(tl.lever(t(s, 2025, 12), Lever.WAR_DEMAND)).isEqualTo(b.lever(t(s, 2025, 12), Lever.WAR_DEMAND));
        assertThat(tl.troopsDeployed(t(s, 2025, 12))).isEqualTo(20000);
        for (int t = t(s, 2026, 1); t < s.months(); t++) {
            assertThat(tl.lever(t, Lever.WAR_DEMAND)).isZero();
            assertThat(tl.troopsDeployed(t)).isZero();
        }
        assertThat(b.troopsDeployed(t(s, 2026, 1))).isEqualTo(20000);
        // The replaced event list is the baseline's, except that deployments end in 2025-12.
        assertThat(s.events()).hasSameSizeAs(base.events());
        for (int i = 0; i < s.events().size(); i++) {
            ScenarioEvent e = s.events().get(i);
            ScenarioEvent be = base.events().get(i);
            if (be instanceof ScenarioEvent.TroopDeployment d) {
                assertThat(e).isEqualTo(new ScenarioEvent.TroopDeployment(d.month(), d.troops(),
                        JAN_2026 - d.month(), e.note()));
            } else {
                assertThat(e).isEqualTo(be);
            }
        }
    }

    @Test
    void theBorderClosesAsIn2020ForTwoYearsThenReopensToTheBaselinesLevel() {
        Scenario s = LOADER.loadBundled("border-closes-2026");
        Timeline tl = Timeline.compile(s);
        Timeline base = Timeline.compile(LOADER.loadBundled("baseline"));
        double level2020 = base.lever(t(s, 2020, 2), Lever.BORDER_CLOSURE);
        for (int t = t(s, 2026, 1); t <= t(s, 2027, 12); t++) {
            assertThat(tl.lever(t, Lever.BORDER_CLOSURE)).isEqualTo(level2020);
        }
        for (int t = t(s, 2028, 1); t < s.months(); t++) {
            assertThat(tl.lever(t, Lever.BORDER_CLOSURE)).isEqualTo(base.lever(t, Lever.BORDER_CLOSURE));
        }
    }

    @Test
    void exchangesHardenAndAidResumesFrom2026() {
        Scenario hard = LOADER.loadBundled("exchanges-harden");
        Scenario aid = LOADER.loadBundled("aid-resumes");
        assertThat(Timeline.compile(hard).lever(t(hard, 2025, 12), Lever.CRYPTO_SECURITY)).isZero();
        assertThat(Timeline.compile(hard).lever(t(hard, 2026, 1), Lever.CRYPTO_SECURITY)).isEqualTo(0.8);
        assertThat(Timeline.compile(aid).lever(t(aid, 2026, 1), Lever.AID_ACCESS)).isEqualTo(1.0);
        assertThat(Timeline.compile(aid).lever(t(aid, 2030, 12), Lever.AID_ACCESS)).isEqualTo(1.0);
    }

    /** Everything the timeline says about month t, as one list of numbers. */
    private static List<Double> state(Timeline tl, int t) {
        List<Double> v = new ArrayList<>();
        for (int c = 0; c < Channel.COUNT; c++) {
            for (int p = 0; p < Partner.COUNT; p++) {
                v.add(tl.ban(t, c, p));
                v.add(tl.enforcement(t, c, p));
            }
        }
        for (Lever l : Lever.values()) {
            v.add(tl.lever(t, l));
        }
        v.add(tl.coalCapTonnesPerYear(t));
        v.add(tl.coalCapUsdPerYear(t));
        v.add(tl.refinedOilCapBarrelsPerYear(t));
        v.add(tl.crudeOilCapBarrelsPerYear(t));
        v.add(tl.workerFreeze(t) ? 1.0 : 0.0);
        v.add(tl.wageFactor(t));
        v.add(tl.currencyBan(t));
        v.add(tl.moneyChangerCrackdown(t));
        v.add(tl.grainSaleBan(t));
        v.add(tl.troopsDeployed(t));
        v.add(tl.knownHeistUsd(t));
        v.add(tl.harvestFactor(t));
        return v;
    }

    private static int t(Scenario s, int year, int month) {
        return Months.of(year, month) - s.startMonth();
    }

    private static String noteOf(Scenario s, SanctionMeasure m) {
        return s.policies().stream().filter(p -> p instanceof PolicyChange.Sanction x && x.measure() == m)
                .map(PolicyChange::note).findFirst().orElse("");
    }
}
