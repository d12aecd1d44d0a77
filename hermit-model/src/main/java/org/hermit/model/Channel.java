package org.hermit.model;

import java.util.Optional;

/** The ways the DPRK earns hard currency. The ids are stable: output variables and scenarios use them. */
public enum Channel {
    COAL("coal", "Coal exports (anthracite), mostly to China"),
    MINERALS("minerals", "Iron ore and other ores and metals"),
    TEXTILES("textiles", "Clothing processed on commission for Chinese firms"),
    SEAFOOD("seafood", "Seafood exports and sold fishing rights"),
    OTHER_GOODS("other_goods", "Unsanctioned goods: wigs and eyelashes, watch parts, electricity and the like"),
    WORKERS_ABROAD("workers_abroad", "Labourers abroad (China, Russia, others) whose pay the state takes"),
    IT_WORKERS("it_workers", "IT workers abroad under false identities"),
    CRYPTO_THEFT("crypto_theft", "Crypto heists, after the laundering haircut"),
    ARMS("arms", "Arms and munitions sales (Russia from 2023-08; older, smaller buyers)"),
    TROOPS("troops", "Troops sent to fight for Russia (from 2024-10): pay and goods in kind"),
    TOURISM("tourism", "Chinese, Russian and Western tourists; Mount Kumgang; Wonsan-Kalma"),
    RESTAURANTS("restaurants", "State restaurants abroad"),
    DRUGS("drugs", "Methamphetamine and other drugs"),
    LEASES("leases", "Leases of embassy and other property abroad"),
    CRYPTO_MINING("crypto_mining", "Bitcoin mining"),
    AID("aid", "Humanitarian aid in kind, with the share diverted"),
    KAESONG("kaesong", "Kaesong Industrial Complex wages (until 2016-02)"),
    SMUGGLING("smuggling", "Traders' cross-border trade with China, private");

    public static final int COUNT = values().length;
    private static final Channel[] VALUES = values();

    private final String id;
    private final String description;

    Channel(String id, String description) {
        this.id = id;
        this.description = description;
    }

    public String id() {
        return id;
    }

    public String description() {
        return description;
    }

    public static Channel of(int ordinal) {
        return VALUES[ordinal];
    }

    public static Optional<Channel> byId(String id) {
        for (Channel c : VALUES) {
            if (c.id.equals(id)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }
}
