package org.hermit.model.scenario;

/** A dated event in a scenario. Each kind says what it does to the economy; the model applies it. */
public sealed interface ScenarioEvent
        permits ScenarioEvent.HarvestShock, ScenarioEvent.WageReform, ScenarioEvent.CurrencyBan,
                ScenarioEvent.MoneyChangerCrackdown, ScenarioEvent.TroopDeployment, ScenarioEvent.Heist,
                ScenarioEvent.GrainSaleBan {

    int month();

    String note();

    /** The scenario-file name of this kind of event. */
    String type();

    /** Multiplies the next October harvest (the same year's if month is October or earlier) by factor. */
    record HarvestShock(int month, double factor, String note) implements ScenarioEvent {
        public HarvestShock {
            if (!(factor >= 0.0 && factor <= 2.0)) {
                throw new IllegalArgumentException("harvest factor must be in 0..2, got " + factor);
            }
        }
        public String type() { return "harvest_shock"; }
    }

    /** State wages multiplied by factor from this month on (the 2023-10 reform was about tenfold). */
    record WageReform(int month, double factor, String note) implements ScenarioEvent {
        public WageReform {
            if (!(factor > 0.0 && factor <= 100.0)) {
                throw new IllegalArgumentException("wage factor must be in (0, 100], got " + factor);
            }
        }
        public String type() { return "wage_reform"; }
    }

    /**
     * A ban on holding or using foreign currency, of a strength in 0..1 when announced, fading linearly to nothing
     * over a number of months (enforcement slackens).
     */
    record CurrencyBan(int month, double strength, int months, String note) implements ScenarioEvent {
        public CurrencyBan {
            requireStrength(strength, months);
        }
        public String type() { return "currency_ban"; }
    }

    /** A crackdown on money changers (arrests, executions), of a strength in 0..1, fading over a number of months. */
    record MoneyChangerCrackdown(int month, double strength, int months, String note) implements ScenarioEvent {
        public MoneyChangerCrackdown {
            requireStrength(strength, months);
        }
        public String type() { return "money_changer_crackdown"; }
    }

    /** Troops sent to fight abroad for Russia, for a number of months. */
    record TroopDeployment(int month, double troops, int months, String note) implements ScenarioEvent {
        public TroopDeployment {
            if (!(troops >= 0 && troops <= 1_000_000) || months < 1) {
                throw new IllegalArgumentException("troops must be in 0..1,000,000 and months >= 1");
            }
        }
        public String type() { return "troop_deployment"; }
    }

    /** A known heist: amountUsd stolen in this month (before laundering). */
    record Heist(int month, double amountUsd, String note) implements ScenarioEvent {
        public Heist {
            if (!(amountUsd >= 0 && amountUsd <= 1e11)) {
                throw new IllegalArgumentException("heist amount must be in 0..1e11 USD");
            }
        }
        public String type() { return "heist"; }
    }

    /** A ban on private sales of grain in markets in favour of state grain shops, strength 0..1. */
    record GrainSaleBan(int month, double strength, int months, String note) implements ScenarioEvent {
        public GrainSaleBan {
            requireStrength(strength, months);
        }
        public String type() { return "grain_sale_ban"; }
    }

    private static void requireStrength(double strength, int months) {
        if (!(strength >= 0.0 && strength <= 1.0) || months < 1) {
            throw new IllegalArgumentException("strength must be in 0..1 and months >= 1");
        }
    }
}
