package org.hermit.model.channels;

import static org.hermit.model.time.Months.of;

import java.util.ArrayList;
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

/**
 * A baseline-like history for the channels' tests, hand-built: every sanctions measure on its date, partners'
 * enforcement as the record suggests (China lax on coal in 2016 and on workers throughout, Russia not enforcing
 * from its war), the 2020 border closure and its stepwise reopening, Russia's war demand from 2023-08, troops from
 * 2024-10, and the named heists.
 */
final class History {
    private History() {}

    static Scenario baseline(int start, int end) {
        return scenario(start, end, policies(), events());
    }

    static Scenario scenario(int start, int end, List<PolicyChange> policies, List<ScenarioEvent> events) {
        return new Scenario("test", "", "test", "", start, end, 1L, 1, Resolution.COHORT, Map.of(), null, policies,
                events);
    }

    static List<PolicyChange> sanctions() {
        List<PolicyChange> p = new ArrayList<>();
        for (SanctionMeasure m : SanctionMeasure.values()) {
            p.add(new PolicyChange.Sanction(Months.parse(m.historicalDate().substring(0, 7)), m, true, m.id()));
        }
        return p;
    }

    static List<PolicyChange> policies() {
        List<PolicyChange> p = sanctions();
        enforce(p, of(2016, 3), Channel.COAL, Partner.CHINA, 0.1);
        enforce(p, of(2017, 2), Channel.COAL, Partner.CHINA, 0.95);
        enforce(p, of(2017, 8), Channel.COAL, Partner.CHINA, 1.0);
        enforce(p, of(2016, 3), Channel.MINERALS, Partner.CHINA, 0.2);
        enforce(p, of(2017, 8), Channel.MINERALS, Partner.CHINA, 0.95);
        enforce(p, of(2017, 9), Channel.TEXTILES, Partner.CHINA, 0.95);
        enforce(p, of(2017, 8), Channel.SEAFOOD, Partner.CHINA, 0.95);
        enforce(p, of(2017, 12), Channel.OTHER_GOODS, Partner.CHINA, 0.9);
        enforce(p, of(2010, 1), Channel.WORKERS_ABROAD, Partner.CHINA, 0.3);
        enforce(p, of(2010, 1), Channel.WORKERS_ABROAD, Partner.RUSSIA, 0.7);
        enforce(p, of(2010, 1), Channel.WORKERS_ABROAD, Partner.OTHER, 0.6);
        enforce(p, of(2022, 3), Channel.WORKERS_ABROAD, Partner.RUSSIA, 0.0);
        enforce(p, of(2022, 3), Channel.ARMS, Partner.RUSSIA, 0.0);
        lever(p, of(2020, 1), Lever.BORDER_CLOSURE, 1.0);
        lever(p, of(2022, 1), Lever.BORDER_CLOSURE, 0.9);
        lever(p, of(2022, 5), Lever.BORDER_CLOSURE, 1.0);
        lever(p, of(2022, 9), Lever.BORDER_CLOSURE, 0.8);
        lever(p, of(2023, 8), Lever.BORDER_CLOSURE, 0.5);
        lever(p, of(2024, 2), Lever.BORDER_CLOSURE, 0.4);
        lever(p, of(2025, 1), Lever.BORDER_CLOSURE, 0.3);
        lever(p, of(2020, 1), Lever.TOURISM_OPENNESS, 0.0);
        lever(p, of(2021, 1), Lever.AID_ACCESS, 0.1);
        lever(p, of(2023, 8), Lever.WAR_DEMAND, 0.6);
        lever(p, of(2024, 1), Lever.WAR_DEMAND, 1.0);
        return p;
    }

    static List<ScenarioEvent> events() {
        List<ScenarioEvent> e = new ArrayList<>();
        e.add(new ScenarioEvent.TroopDeployment(of(2024, 10), 11000, 15, "first deployment"));
        e.add(new ScenarioEvent.TroopDeployment(of(2025, 1), 3000, 12, "reinforcements"));
        e.add(new ScenarioEvent.TroopDeployment(of(2025, 9), 6000, 16, "engineers"));
        heist(e, of(2018, 1), 532e6, "Coincheck");
        heist(e, of(2019, 11), 49e6, "Upbit");
        heist(e, of(2020, 9), 275e6, "KuCoin");
        heist(e, of(2022, 3), 625e6, "Ronin");
        heist(e, of(2022, 6), 100e6, "Harmony");
        heist(e, of(2023, 6), 100e6, "Atomic Wallet");
        heist(e, of(2023, 9), 95e6, "CoinEx and Stake");
        heist(e, of(2024, 5), 305e6, "DMM Bitcoin");
        heist(e, of(2024, 7), 235e6, "WazirX");
        heist(e, of(2025, 2), 1.5e9, "Bybit");
        return e;
    }

    static void enforce(List<PolicyChange> p, int month, Channel c, Partner partner, double v) {
        p.add(new PolicyChange.Enforcement(month, c, partner, v, ""));
    }

    static void lever(List<PolicyChange> p, int month, Lever l, double v) {
        p.add(new PolicyChange.LeverSetting(month, l, v, ""));
    }

    private static void heist(List<ScenarioEvent> e, int month, double usd, String name) {
        e.add(new ScenarioEvent.Heist(month, usd, name));
    }
}
