package org.hermit.model.channels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.hermit.model.Channel;
import org.hermit.model.Lever;
import org.hermit.model.Partner;
import org.hermit.model.policy.Timeline;
import org.hermit.model.sanctions.SanctionMeasure;
import org.hermit.model.scenario.PolicyChange;
import org.hermit.model.time.Months;
import org.junit.jupiter.api.Test;

class SanctionsRouteTest {
    private static final int MONTH = Months.of(2018, 3);

    /** A one-month timeline with one measure in force, a partner's enforcement and a border closure. */
    private static Timeline timeline(SanctionMeasure measure, Channel channel, Partner partner, double enforcement,
                                     double closure) {
        List<PolicyChange> p = new ArrayList<>();
        if (measure != null) {
            p.add(new PolicyChange.Sanction(MONTH, measure, true, ""));
        }
        p.add(new PolicyChange.Enforcement(MONTH, channel, partner, enforcement, ""));
        p.add(new PolicyChange.LeverSetting(MONTH, Lever.BORDER_CLOSURE, closure, ""));
        return Timeline.compile(History.scenario(MONTH, MONTH + 11, p, List.of()));
    }

    @Provide
    Arbitrary<SanctionMeasure> measures() {
        return Arbitraries.of(SanctionMeasure.UNSCR_2270, SanctionMeasure.UNSCR_2321, SanctionMeasure.UNSCR_2371,
                SanctionMeasure.UNSCR_2375, SanctionMeasure.UNSCR_2397);
    }

    @Provide
    Arbitrary<Channel> goods() {
        return Arbitraries.of(Channel.COAL, Channel.MINERALS, Channel.TEXTILES, Channel.SEAFOOD, Channel.OTHER_GOODS);
    }

    private static SanctionsRoute.Split split(Timeline tl, Channel c, Partner partner, double leakage, double discount,
                                              double detection, double potential, SanctionsRoute.Cap cap, long seed) {
        SanctionsRoute route = new SanctionsRoute(tl, c, true, true, leakage, discount, detection, 10, cap,
                new SplittableRandom(seed));
        SanctionsRoute.Split s = new SanctionsRoute.Split();
        route.split(0, partner.ordinal(), potential, 60.0, s);
        return s;
    }

    @Property
    void partsSumToThePotential(@ForAll("measures") SanctionMeasure measure, @ForAll("goods") Channel channel,
                                @ForAll Partner partner, @ForAll @DoubleRange(min = 0, max = 1) double enforcement,
                                @ForAll @DoubleRange(min = 0, max = 1) double closure,
                                @ForAll @DoubleRange(min = 0, max = 1) double leakage,
                                @ForAll @DoubleRange(min = 0, max = 1) double discount,
                                @ForAll @DoubleRange(min = 0, max = 1e9) double potential, @ForAll long seed) {
        Timeline tl = timeline(measure, channel, partner, enforcement, closure);
        SanctionsRoute.Split s = split(tl, channel, partner, leakage, discount, 0.1, potential, SanctionsRoute.Cap.COAL, seed);
        assertThat(s.closedUsd() + s.legalUsd() + s.toleratedUsd() + s.blockedUsd())
                .isCloseTo(potential, within(1e-9 * Math.max(1.0, potential)));
        assertThat(s.closedUsd()).isCloseTo(potential * closure, within(1e-9 * Math.max(1.0, potential)));
        assertThat(s.evadedUsd() + s.seizedUsd()).isLessThanOrEqualTo(s.blockedUsd() * leakage * (1 - discount) + 1e-6);
    }

    @Property
    void blockedAndEvadedSalesAreNeverRecordedInCustoms(@ForAll("measures") SanctionMeasure measure,
                                                        @ForAll("goods") Channel channel, @ForAll Partner partner,
                                                        @ForAll @DoubleRange(min = 0, max = 1) double enforcement,
                                                        @ForAll @DoubleRange(min = 0, max = 1) double leakage,
                                                        @ForAll @DoubleRange(min = 1, max = 1e9) double potential,
                                                        @ForAll long seed) {
        Timeline tl = timeline(measure, channel, partner, enforcement, 0.0);
        SanctionsRoute.Split s = split(tl, channel, partner, leakage, 0.2, 0.05, potential, SanctionsRoute.Cap.NONE, seed);
        assertThat(s.recordedInCustomsUsd()).isCloseTo(s.legalUsd() + s.toleratedUsd(), within(1e-6));
        assertThat(s.recordedInCustomsUsd()).isLessThanOrEqualTo(potential - s.blockedUsd() + 1e-6);
        assertThat(s.recordedInCustomsUsd()).isLessThanOrEqualTo(s.receivedUsd() - s.evadedUsd() + 1e-6);
    }

    @Property
    void fullEnforcementWithoutLeakageRemovesAllBannedReceipts(@ForAll("measures") SanctionMeasure measure,
                                                              @ForAll("goods") Channel channel, @ForAll Partner partner,
                                                              @ForAll @DoubleRange(min = 1, max = 1e9) double potential) {
        Timeline tl = timeline(measure, channel, partner, 1.0, 0.0);
        double ban = tl.ban(0, channel.ordinal(), partner.ordinal());
        SanctionsRoute.Split s = split(tl, channel, partner, 0.0, 0.3, 0.1, potential, SanctionsRoute.Cap.NONE, 1L);
        assertThat(s.receivedUsd()).isCloseTo(potential * (1 - ban), within(1e-6 * potential));
        assertThat(s.exposedUsd()).isZero();
        assertThat(s.toleratedUsd()).isZero();
    }

    @Property
    void aPartnerThatLooksAwayLetsEverythingThroughAndItIsRecorded(@ForAll("measures") SanctionMeasure measure,
                                                                    @ForAll("goods") Channel channel,
                                                                    @ForAll @DoubleRange(min = 1, max = 1e9) double potential) {
        Timeline tl = timeline(measure, channel, Partner.CHINA, 0.0, 0.0);
        SanctionsRoute.Split s = split(tl, channel, Partner.CHINA, 0.5, 0.3, 0.1, potential, SanctionsRoute.Cap.NONE, 1L);
        assertThat(s.receivedUsd()).isCloseTo(potential, within(1e-6 * potential));
        assertThat(s.recordedInCustomsUsd()).isCloseTo(potential, within(1e-6 * potential));
    }

    @Property
    void theCoalCapLimitsLegalSalesWithinTheCalendarYear(@ForAll @DoubleRange(min = 1e6, max = 3e8) double monthlyPotential,
                                                         @ForAll @DoubleRange(min = 20, max = 150) double priceUsdPerT,
                                                         @ForAll @IntRange(min = 1, max = 12) int months) {
        // Only the cap (UNSCR 2321), no ban: legal coal in a year stays within 7.5 Mt and USD 400m.
        List<PolicyChange> p = List.of(new PolicyChange.Sanction(Months.of(2017, 1), SanctionMeasure.UNSCR_2321, true, ""));
        Timeline tl = Timeline.compile(History.scenario(Months.of(2017, 1), Months.of(2018, 12), p, List.of()));
        SanctionsRoute route = new SanctionsRoute(tl, Channel.COAL, true, true, 0.0, 0.0, 0.0, 0, SanctionsRoute.Cap.COAL, null);
        SanctionsRoute.Split s = new SanctionsRoute.Split();
        double capUsd = tl.coalCapUsdPerYear(0);
        double capT = tl.coalCapTonnesPerYear(0);
        assertThat(capUsd).isEqualTo(400e6);
        assertThat(capT).isEqualTo(7.5e6);
        double legalUsd = 0;
        double legalT = 0;
        for (int t = 0; t < months; t++) {
            route.split(t, Partner.CHINA.ordinal(), monthlyPotential, priceUsdPerT, s);
            legalUsd += s.legalUsd();
            legalT += s.legalUsd() / priceUsdPerT;
        }
        assertThat(legalUsd).isLessThanOrEqualTo(capUsd + 1);
        assertThat(legalT).isLessThanOrEqualTo(capT + 1e-3);
        assertThat(legalUsd).isCloseTo(Math.min(months * monthlyPotential, Math.min(capUsd, capT * priceUsdPerT)),
                within(1.0));
        // A new year brings a new allowance.
        route.split(12, Partner.CHINA.ordinal(), monthlyPotential, priceUsdPerT, s);
        assertThat(s.legalUsd()).isCloseTo(Math.min(monthlyPotential, Math.min(capUsd, capT * priceUsdPerT)), within(1.0));
    }

    @Test
    void theBorderClosureStopsPhysicalTradeRegardlessOfSanctions() {
        Timeline tl = timeline(null, Channel.OTHER_GOODS, Partner.CHINA, 1.0, 1.0);
        SanctionsRoute physical = SanctionsRoute.withoutEvasion(tl, Channel.OTHER_GOODS, true, true);
        SanctionsRoute remote = SanctionsRoute.withoutEvasion(tl, Channel.OTHER_GOODS, false, true);
        SanctionsRoute.Split s = new SanctionsRoute.Split();
        physical.split(0, Partner.CHINA.ordinal(), 1e6, 1.0, s);
        assertThat(s.receivedUsd()).isZero();
        assertThat(s.closedUsd()).isEqualTo(1e6);
        remote.split(0, Partner.CHINA.ordinal(), 1e6, 1.0, s);
        assertThat(s.receivedUsd()).isEqualTo(1e6);
    }

    @Test
    void aLossShareIsTheLossOverTheBaseAsInTheSeedsSevenPointFourPercent() {
        // Seed 002: "a heavy loss of foreign exchange earnings at about 200 million USD, which is equivalent to 7.4%
        // of North Korea's total exports (2.7 billion USD in 2015)".
        assertThat(RevenueLoss.share(200e6, 2.7e9)).isCloseTo(0.074, within(0.0005));
        assertThat(RevenueLoss.share(1.0, 0.0)).isZero();
        // The same function measures a route's loss: USD 200m of USD 2.7bn stopped.
        Timeline tl = timeline(null, Channel.OTHER_GOODS, Partner.CHINA, 1.0, 200.0 / 2700.0);
        SanctionsRoute route = SanctionsRoute.withoutEvasion(tl, Channel.OTHER_GOODS, true, true);
        SanctionsRoute.Split s = new SanctionsRoute.Split();
        route.split(0, Partner.CHINA.ordinal(), 2.7e9, 1.0, s);
        assertThat(s.potentialUsd() - s.receivedUsd()).isCloseTo(200e6, within(1.0));
        assertThat(s.lossShare()).isCloseTo(0.074, within(0.0005));
    }

    @Property
    void binomialByInversionHasTheBinomialMean(@ForAll @IntRange(min = 1, max = 200) int n,
                                               @ForAll @DoubleRange(min = 0, max = 1) double p) {
        SplittableRandom rng = new SplittableRandom(n * 31L);
        double sum = 0;
        int draws = 4000;
        for (int i = 0; i < draws; i++) {
            int k = SanctionsRoute.binomial(rng.nextDouble(), n, p);
            assertThat(k).isBetween(0, n);
            sum += k;
        }
        double sd = Math.sqrt(n * p * (1 - p) / draws);
        assertThat(sum / draws).isCloseTo(n * p, within(5 * sd + 1e-9));
    }

    @Test
    void seizuresTakeAboutTheDetectionShareOfEvadedCargo() {
        Timeline tl = timeline(SanctionMeasure.UNSCR_2371, Channel.COAL, Partner.CHINA, 1.0, 0.0);
        SanctionsRoute route = new SanctionsRoute(tl, Channel.COAL, true, true, 0.5, 0.0, 0.1, 12, SanctionsRoute.Cap.NONE,
                new SplittableRandom(7));
        SanctionsRoute.Split s = new SanctionsRoute.Split();
        double seized = 0;
        double shipped = 0;
        for (int i = 0; i < 5000; i++) {
            route.split(0, Partner.CHINA.ordinal(), 1e6, 1.0, s);
            seized += s.seizedUsd();
            shipped += s.seizedUsd() + s.evadedUsd();
        }
        assertThat(shipped).isCloseTo(5000 * 0.5e6, within(1.0));
        assertThat(seized / shipped).isCloseTo(0.1, within(0.01));
    }
}
