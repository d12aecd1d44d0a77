package org.hermit.model.policy;

import java.util.Arrays;
import java.util.List;
import org.hermit.model.Channel;
import org.hermit.model.Lever;
import org.hermit.model.Partner;
import org.hermit.model.sanctions.SanctionMeasure;
import org.hermit.model.sanctions.SanctionMeasure.Effect;
import org.hermit.model.scenario.PolicyChange;
import org.hermit.model.scenario.Scenario;
import org.hermit.model.scenario.ScenarioEvent;
import org.hermit.model.time.Months;

/**
 * A scenario's policies and events compiled once into flat arrays by month, so that every run of an ensemble
 * reads the policy state of month t without allocating or searching. Immutable once built; shared by all runs.
 * Index t is months since the scenario's start.
 */
public final class Timeline {
    /** Enforcement before a scenario says otherwise: bans are enforced as written. */
    public static final double DEFAULT_ENFORCEMENT = 1.0;

    private static final int CP = Channel.COUNT * Partner.COUNT;

    private final int startMonth;
    private final int months;
    private final double[] ban;          // [t][channel][partner]: share of the channel's value banned
    private final double[] enforcement;  // [t][channel][partner]
    private final double[] levers;       // [t][lever]
    private final double[] coalCapTonnesPerYear;
    private final double[] coalCapUsdPerYear;
    private final double[] refinedOilCapBblPerYear;
    private final double[] crudeOilCapBblPerYear;
    private final boolean[] workerFreeze;
    private final double[] wageFactor;     // cumulative product of wage reforms
    private final double[] currencyBan;    // strength 0..1
    private final double[] crackdown;      // strength 0..1
    private final double[] grainSaleBan;   // strength 0..1
    private final double[] troopsDeployed; // persons
    private final double[] knownHeistUsd;  // USD stolen in known heists this month
    private final double[] harvestFactor;  // multiplier of the harvest brought in this month (1 except in October)

    private Timeline(int startMonth, int months) {
        this.startMonth = startMonth;
        this.months = months;
        ban = new double[months * CP];
        enforcement = new double[months * CP];
        levers = new double[months * Lever.COUNT];
        coalCapTonnesPerYear = filled(months, Double.POSITIVE_INFINITY);
        coalCapUsdPerYear = filled(months, Double.POSITIVE_INFINITY);
        refinedOilCapBblPerYear = filled(months, Double.POSITIVE_INFINITY);
        crudeOilCapBblPerYear = filled(months, Double.POSITIVE_INFINITY);
        workerFreeze = new boolean[months];
        wageFactor = filled(months, 1.0);
        currencyBan = new double[months];
        crackdown = new double[months];
        grainSaleBan = new double[months];
        troopsDeployed = new double[months];
        knownHeistUsd = new double[months];
        harvestFactor = filled(months, 1.0);
    }

    public static Timeline compile(Scenario scenario) {
        Timeline tl = new Timeline(scenario.startMonth(), scenario.months());
        tl.applyPolicies(scenario.policies());
        tl.applyEvents(scenario.events());
        return tl;
    }

    private static double[] filled(int n, double v) {
        double[] a = new double[n];
        Arrays.fill(a, v);
        return a;
    }

    private void applyPolicies(List<PolicyChange> policies) {
        // Policies sorted by month, stable so that later entries of the same month win.
        List<PolicyChange> sorted = policies.stream()
                .sorted((a, b) -> Integer.compare(a.month(), b.month())).toList();
        double[] enf = filled(CP, DEFAULT_ENFORCEMENT);
        double[] lev = new double[Lever.COUNT];
        for (Lever l : Lever.values()) {
            lev[l.ordinal()] = l.defaultValue();
        }
        boolean[] inForce = new boolean[SanctionMeasure.values().length];
        int[] sinceMonth = new int[inForce.length];
        int next = 0;
        for (int t = 0; t < months; t++) {
            int month = startMonth + t;
            while (next < sorted.size() && sorted.get(next).month() <= month) {
                PolicyChange pc = sorted.get(next++);
                if (pc instanceof PolicyChange.Enforcement e) {
                    for (Channel c : Channel.values()) {
                        if (e.channel() != null && e.channel() != c) {
                            continue;
                        }
                        for (Partner p : Partner.values()) {
                            if (e.partner() == null || e.partner() == p) {
                                enf[c.ordinal() * Partner.COUNT + p.ordinal()] = e.value();
                            }
                        }
                    }
                } else if (pc instanceof PolicyChange.LeverSetting l) {
                    lev[l.lever().ordinal()] = l.value();
                } else if (pc instanceof PolicyChange.Sanction s) {
                    int i = s.measure().ordinal();
                    if (s.inForce() && !inForce[i]) {
                        sinceMonth[i] = pc.month();
                    }
                    inForce[i] = s.inForce();
                }
            }
            System.arraycopy(enf, 0, enforcement, t * CP, CP);
            System.arraycopy(lev, 0, levers, t * Lever.COUNT, Lever.COUNT);
            for (SanctionMeasure m : SanctionMeasure.values()) {
                if (inForce[m.ordinal()]) {
                    applyMeasure(t, m, month - sinceMonth[m.ordinal()]);
                }
            }
        }
    }

    private void applyMeasure(int t, SanctionMeasure m, int monthsInForce) {
        for (Effect effect : m.effects()) {
            if (effect instanceof Effect.Ban b) {
                for (Partner p : Partner.values()) {
                    if (b.scope() == null || b.scope() == p) {
                        int i = t * CP + b.channel().ordinal() * Partner.COUNT + p.ordinal();
                        ban[i] = Math.max(ban[i], b.share());
                    }
                }
            } else if (effect instanceof Effect.CoalCap c) {
                coalCapTonnesPerYear[t] = Math.min(coalCapTonnesPerYear[t], c.tonnesPerYear());
                coalCapUsdPerYear[t] = Math.min(coalCapUsdPerYear[t], c.usdPerYear());
            } else if (effect instanceof Effect.OilCap o) {
                refinedOilCapBblPerYear[t] = Math.min(refinedOilCapBblPerYear[t], o.refinedBarrelsPerYear());
                crudeOilCapBblPerYear[t] = Math.min(crudeOilCapBblPerYear[t], o.crudeBarrelsPerYear());
            } else if (effect instanceof Effect.WorkerFreeze) {
                workerFreeze[t] = true;
            } else if (effect instanceof Effect.WorkerRepatriation r) {
                double share = Math.min(1.0, (monthsInForce + 1) / (double) r.months());
                for (Partner p : Partner.values()) {
                    int i = t * CP + Channel.WORKERS_ABROAD.ordinal() * Partner.COUNT + p.ordinal();
                    ban[i] = Math.max(ban[i], share);
                }
                workerFreeze[t] = true;
            }
        }
    }

    private void applyEvents(List<ScenarioEvent> events) {
        for (ScenarioEvent ev : events) {
            int t0 = ev.month() - startMonth;
            if (ev instanceof ScenarioEvent.WageReform w) {
                for (int t = Math.max(0, t0); t < months; t++) {
                    wageFactor[t] *= w.factor();
                }
            } else if (ev instanceof ScenarioEvent.CurrencyBan b) {
                fadeOver(currencyBan, t0, b.months(), b.strength());
            } else if (ev instanceof ScenarioEvent.MoneyChangerCrackdown c) {
                fadeOver(crackdown, t0, c.months(), c.strength());
            } else if (ev instanceof ScenarioEvent.GrainSaleBan g) {
                maxOver(grainSaleBan, t0, g.months(), g.strength());
            } else if (ev instanceof ScenarioEvent.TroopDeployment d) {
                for (int t = Math.max(0, t0); t < Math.min(months, t0 + d.months()); t++) {
                    troopsDeployed[t] += d.troops();
                }
            } else if (ev instanceof ScenarioEvent.Heist h) {
                if (t0 >= 0 && t0 < months) {
                    knownHeistUsd[t0] += h.amountUsd();
                }
            } else if (ev instanceof ScenarioEvent.HarvestShock h) {
                int year = Months.year(ev.month()) + (Months.monthOfYear(ev.month()) > 10 ? 1 : 0);
                int t = Months.of(year, 10) - startMonth;
                if (t >= 0 && t < months) {
                    harvestFactor[t] *= h.factor();
                }
            }
        }
    }

    /** A ban or crackdown is strictest when announced and fades linearly to nothing over its months. */
    private void fadeOver(double[] series, int t0, int duration, double strength) {
        for (int t = Math.max(0, t0); t < Math.min(months, t0 + duration); t++) {
            double left = 1.0 - (t - t0) / (double) duration;
            series[t] = Math.max(series[t], strength * left);
        }
    }

    private void maxOver(double[] series, int t0, int duration, double strength) {
        for (int t = Math.max(0, t0); t < Math.min(months, t0 + duration); t++) {
            series[t] = Math.max(series[t], strength);
        }
    }

    public int startMonth() {
        return startMonth;
    }

    public int months() {
        return months;
    }

    /** Share of channel c's sales to partner p that a ban in force covers, in month t. */
    public double ban(int t, int channel, int partner) {
        return ban[t * CP + channel * Partner.COUNT + partner];
    }

    public double enforcement(int t, int channel, int partner) {
        return enforcement[t * CP + channel * Partner.COUNT + partner];
    }

    /** Share of channel c's sales to partner p stopped at the legal route: ban in force times enforcement. */
    public double blocked(int t, int channel, int partner) {
        int i = t * CP + channel * Partner.COUNT + partner;
        return ban[i] * enforcement[i];
    }

    public double lever(int t, Lever lever) {
        return levers[t * Lever.COUNT + lever.ordinal()];
    }

    public double coalCapTonnesPerYear(int t) {
        return coalCapTonnesPerYear[t];
    }

    public double coalCapUsdPerYear(int t) {
        return coalCapUsdPerYear[t];
    }

    public double refinedOilCapBarrelsPerYear(int t) {
        return refinedOilCapBblPerYear[t];
    }

    public double crudeOilCapBarrelsPerYear(int t) {
        return crudeOilCapBblPerYear[t];
    }

    public boolean workerFreeze(int t) {
        return workerFreeze[t];
    }

    public double wageFactor(int t) {
        return wageFactor[t];
    }

    public double currencyBan(int t) {
        return currencyBan[t];
    }

    public double moneyChangerCrackdown(int t) {
        return crackdown[t];
    }

    public double grainSaleBan(int t) {
        return grainSaleBan[t];
    }

    public double troopsDeployed(int t) {
        return troopsDeployed[t];
    }

    public double knownHeistUsd(int t) {
        return knownHeistUsd[t];
    }

    public double harvestFactor(int t) {
        return harvestFactor[t];
    }
}
