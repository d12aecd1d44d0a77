package org.hermit.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;
import org.hermit.engine.ParameterSampler;
import org.hermit.model.Channel;
import org.hermit.model.Lever;
import org.hermit.model.Partner;
import org.hermit.model.Simulation;
import org.hermit.model.output.SeriesBuffer;
import org.hermit.model.output.Variables;
import org.hermit.model.random.RandomStreams;
import org.hermit.model.scenario.PolicyChange;
import org.hermit.model.scenario.Scenario;
import org.hermit.model.scenario.ScenarioEvent;
import org.hermit.model.time.Months;

/**
 * The stock-flow ledger balances every month, whatever the policies, events and parameter values: each sector's
 * dollars and won equal its opening holdings plus the month's flows, and nothing turns NaN or infinite.
 */
class LedgerPropertyTest {
    private static final Hermit HERMIT = Hermit.withBundledData();
    private static final Scenario BASELINE = HERMIT.scenario("baseline");
    private static final int START = BASELINE.startMonth();
    private static final int END = Months.of(2026, 12);

    @Property(tries = 25)
    void accountsBalanceEveryMonthOfARandomScenario(@ForAll("scenarios") Scenario scenario,
                                                    @ForAll @LongRange(min = 0, max = 1_000_000) long seed) {
        Simulation sim = new Simulation(scenario, HERMIT.parameters(), HERMIT.inputs());
        long runSeed = RandomStreams.runSeed(seed, 0);
        var values = ParameterSampler.random(HERMIT.parameters(), scenario.parameters(), null).draw(runSeed);
        SeriesBuffer out = new SeriesBuffer(sim.months());
        sim.run(values, runSeed, out);
        for (int t = 0; t < sim.months(); t++) {
            double reserves = Math.abs(out.get(Variables.RESERVES_USD, t)) + Math.abs(out.get(Variables.PRIVATE_FX_USD, t));
            double money = Math.abs(out.get(Variables.MONEY_STOCK_KPW, t));
            String month = Months.format(START + t);
            assertThat(out.get(Variables.LEDGER_IMBALANCE_USD, t)).as("dollar imbalance in " + month)
                    .isLessThanOrEqualTo(1e-9 * Math.max(1.0, reserves) + 1e-3);
            assertThat(out.get(Variables.LEDGER_IMBALANCE_KPW, t)).as("won imbalance in " + month)
                    .isLessThanOrEqualTo(1e-9 * Math.max(1.0, money) + 1e-3);
            for (int v = 0; v < Variables.COUNT; v++) {
                assertThat(Double.isFinite(out.get(v, t))).as(Variables.get(v).id() + " in " + month).isTrue();
            }
        }
    }

    @Provide
    Arbitrary<Scenario> scenarios() {
        Arbitrary<Integer> month = Arbitraries.integers().between(START, END);
        Arbitrary<Double> unit = Arbitraries.doubles().between(0.0, 1.0);
        Arbitrary<PolicyChange> enforcement = Combinators.combine(month, Arbitraries.of(Channel.values()),
                Arbitraries.of(Partner.values()), unit).as((m, c, p, v) -> new PolicyChange.Enforcement(m, c, p, v, "random"));
        Arbitrary<PolicyChange> lever = Combinators.combine(month, Arbitraries.of(Lever.values()), unit)
                .as((m, l, v) -> new PolicyChange.LeverSetting(m, l, v, "random"));
        Arbitrary<ScenarioEvent> event = Arbitraries.oneOf(
                Combinators.combine(month, Arbitraries.doubles().between(0.3, 1.5)).as((m, f) -> new ScenarioEvent.HarvestShock(m, f, "random")),
                Combinators.combine(month, Arbitraries.doubles().between(0.5, 20)).as((m, f) -> new ScenarioEvent.WageReform(m, f, "random")),
                Combinators.combine(month, unit, Arbitraries.integers().between(1, 24)).as((m, s, n) -> new ScenarioEvent.CurrencyBan(m, s, n, "random")),
                Combinators.combine(month, unit, Arbitraries.integers().between(1, 24)).as((m, s, n) -> new ScenarioEvent.MoneyChangerCrackdown(m, s, n, "random")),
                Combinators.combine(month, unit, Arbitraries.integers().between(1, 24)).as((m, s, n) -> new ScenarioEvent.GrainSaleBan(m, s, n, "random")),
                Combinators.combine(month, Arbitraries.doubles().between(0, 50_000), Arbitraries.integers().between(1, 60))
                        .as((m, n, d) -> new ScenarioEvent.TroopDeployment(m, n, d, "random")),
                Combinators.combine(month, Arbitraries.doubles().between(0, 3e9)).as((m, a) -> new ScenarioEvent.Heist(m, a, "random")));
        return Combinators.combine(enforcement.list().ofMaxSize(8), lever.list().ofMaxSize(8), event.list().ofMaxSize(8))
                .as((enf, lev, ev) -> {
                    List<PolicyChange> policies = new ArrayList<>(BASELINE.policies());
                    policies.addAll(enf);
                    policies.addAll(lev);
                    List<ScenarioEvent> events = new ArrayList<>(BASELINE.events());
                    events.addAll(ev);
                    return new Scenario("random", "", "test", "", START, END, 1, 1, BASELINE.resolution(),
                            BASELINE.parameters(), null, policies, events);
                });
    }
}
