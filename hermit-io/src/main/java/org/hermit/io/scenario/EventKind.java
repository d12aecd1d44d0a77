package org.hermit.io.scenario;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hermit.model.scenario.ScenarioEvent;

/**
 * The kinds of event a scenario file may hold: the value of {@code type} and the snake_case fields of each
 * {@link ScenarioEvent} record. The JSON Schema states the same lists (a test holds them together).
 */
enum EventKind {
    HARVEST_SHOCK("harvest_shock", List.of("factor")) {
        ScenarioEvent create(int month, Map<String, Double> f, String note) {
            return new ScenarioEvent.HarvestShock(month, f.get("factor"), note);
        }
    },
    WAGE_REFORM("wage_reform", List.of("factor")) {
        ScenarioEvent create(int month, Map<String, Double> f, String note) {
            return new ScenarioEvent.WageReform(month, f.get("factor"), note);
        }
    },
    CURRENCY_BAN("currency_ban", List.of("strength", "months")) {
        ScenarioEvent create(int month, Map<String, Double> f, String note) {
            return new ScenarioEvent.CurrencyBan(month, f.get("strength"), months(f), note);
        }
    },
    MONEY_CHANGER_CRACKDOWN("money_changer_crackdown", List.of("strength", "months")) {
        ScenarioEvent create(int month, Map<String, Double> f, String note) {
            return new ScenarioEvent.MoneyChangerCrackdown(month, f.get("strength"), months(f), note);
        }
    },
    TROOP_DEPLOYMENT("troop_deployment", List.of("troops", "months")) {
        ScenarioEvent create(int month, Map<String, Double> f, String note) {
            return new ScenarioEvent.TroopDeployment(month, f.get("troops"), months(f), note);
        }
    },
    HEIST("heist", List.of("amount_usd")) {
        ScenarioEvent create(int month, Map<String, Double> f, String note) {
            return new ScenarioEvent.Heist(month, f.get("amount_usd"), note);
        }
    },
    GRAIN_SALE_BAN("grain_sale_ban", List.of("strength", "months")) {
        ScenarioEvent create(int month, Map<String, Double> f, String note) {
            return new ScenarioEvent.GrainSaleBan(month, f.get("strength"), months(f), note);
        }
    };

    private final String type;
    private final List<String> fields;

    EventKind(String type, List<String> fields) {
        this.type = type;
        this.fields = fields;
    }

    String type() {
        return type;
    }

    /** The fields besides date, type and note, in the order the record takes them. */
    List<String> fields() {
        return fields;
    }

    /** Builds the event; the record's constructor rejects values outside its range. */
    abstract ScenarioEvent create(int month, Map<String, Double> fields, String note);

    static Optional<EventKind> byType(String type) {
        for (EventKind k : values()) {
            if (k.type.equals(type)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }

    private static int months(Map<String, Double> f) {
        double m = f.get("months");
        if (m != Math.rint(m) || m > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("months must be a whole number of at most " + Integer.MAX_VALUE);
        }
        return (int) m;
    }
}
