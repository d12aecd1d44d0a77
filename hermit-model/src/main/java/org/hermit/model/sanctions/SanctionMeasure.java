package org.hermit.model.sanctions;

import java.util.List;
import java.util.Optional;
import org.hermit.model.Channel;
import org.hermit.model.Partner;

/**
 * The catalogue of sanctions measures and what each prohibits, as the texts say (evidence: events.csv rows of
 * the same date). A measure only says what is banned; how much of it partners actually stop is enforcement,
 * set per partner in the scenario, and how much slips through anyway is evasion, a parameter.
 * Ban shares are the share of a channel's value the measure covers; where a text bans part of a channel the
 * share is an assumption stated beside it.
 */
public enum SanctionMeasure {
    UNSCR_1718("unscr_1718", "2006-10-14", "UN: arms embargo on heavy weapons, luxury goods",
            // Assumption: heavy weapons were about half of the arms the DPRK sold before 2009 (small arms exempt).
            new Effect.Ban(Channel.ARMS, 0.5, null)),
    KUMGANG_SUSPENSION("kumgang_suspension", "2008-07-12", "South Korea suspends Mount Kumgang tours",
            new Effect.Ban(Channel.TOURISM, 1.0, Partner.SOUTH_KOREA)),
    UNSCR_1874("unscr_1874", "2009-06-12", "UN: ban on all DPRK arms exports",
            new Effect.Ban(Channel.ARMS, 1.0, null)),
    MAY_24_MEASURES("may_24_measures", "2010-05-24", "South Korea halts all inter-Korean trade (Kaesong kept)",
            new Effect.Ban(Channel.TEXTILES, 1.0, Partner.SOUTH_KOREA),
            new Effect.Ban(Channel.SEAFOOD, 1.0, Partner.SOUTH_KOREA),
            new Effect.Ban(Channel.MINERALS, 1.0, Partner.SOUTH_KOREA),
            new Effect.Ban(Channel.OTHER_GOODS, 1.0, Partner.SOUTH_KOREA)),
    KAESONG_CLOSURE("kaesong_closure", "2016-02-10", "South Korea shuts the Kaesong Industrial Complex",
            new Effect.Ban(Channel.KAESONG, 1.0, null)),
    UNSCR_2270("unscr_2270", "2016-03-02",
            "UN: coal, iron and iron ore banned with a 'livelihood' exemption; gold, titanium, vanadium, rare earths banned",
            new Effect.Ban(Channel.COAL, 1.0, null),
            // Assumption: iron ore plus gold, titanium and rare earths were about 70% of ore and metal exports.
            new Effect.Ban(Channel.MINERALS, 0.7, null)),
    UNSCR_2321("unscr_2321", "2016-11-30",
            "UN: coal exports capped at the lower of 7.5 Mt or US$400m a year; copper, nickel, silver, zinc banned",
            new Effect.CoalCap(7.5e6, 400e6),
            // Assumption: adding copper, nickel, silver and zinc leaves about 15% of ore and metal exports legal.
            new Effect.Ban(Channel.MINERALS, 0.85, null)),
    CHINA_COAL_SUSPENSION("china_coal_suspension", "2017-02-19", "China suspends all coal imports from the DPRK",
            new Effect.Ban(Channel.COAL, 1.0, Partner.CHINA)),
    UNSCR_2371("unscr_2371", "2017-08-05",
            "UN: full bans on coal, iron, iron ore, lead, seafood; number of workers abroad frozen",
            new Effect.Ban(Channel.COAL, 1.0, null),
            new Effect.Ban(Channel.MINERALS, 0.95, null),
            new Effect.Ban(Channel.SEAFOOD, 1.0, null),
            new Effect.WorkerFreeze()),
    UNSCR_2375("unscr_2375", "2017-09-11",
            "UN: textiles banned; no new work permits; joint ventures banned; refined oil capped at 2m bbl a year",
            new Effect.Ban(Channel.TEXTILES, 1.0, null),
            new Effect.WorkerFreeze(),
            new Effect.OilCap(2.0e6, 4.0e6)),
    UNSCR_2397("unscr_2397", "2017-12-22",
            "UN: refined oil capped at 500,000 bbl, crude at 4m bbl a year; workers abroad repatriated within 24 months;"
                    + " food, machinery, electrical goods, earth and stone, wood, vessels banned",
            new Effect.OilCap(0.5e6, 4.0e6),
            new Effect.WorkerRepatriation(24),
            new Effect.Ban(Channel.MINERALS, 1.0, null),
            // Assumption: food and farm products, machinery, electrical goods, earth and stone and wood were about
            // a third of the goods not banned before; wigs, eyelashes, watch parts and electricity stay legal.
            new Effect.Ban(Channel.OTHER_GOODS, 0.35, null));

    private static final SanctionMeasure[] VALUES = values();

    private final String id;
    private final String historicalDate;
    private final String summary;
    private final List<Effect> effects;

    SanctionMeasure(String id, String historicalDate, String summary, Effect... effects) {
        this.id = id;
        this.historicalDate = historicalDate;
        this.summary = summary;
        this.effects = List.of(effects);
    }

    public String id() {
        return id;
    }

    /** The date it came into force in history (events.csv), YYYY-MM-DD. */
    public String historicalDate() {
        return historicalDate;
    }

    public String summary() {
        return summary;
    }

    public List<Effect> effects() {
        return effects;
    }

    public static Optional<SanctionMeasure> byId(String id) {
        for (SanctionMeasure m : VALUES) {
            if (m.id.equals(id)) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }

    /** What a measure does. */
    public sealed interface Effect {
        /** Bans a share of a channel's value; scope null = sales to every partner. */
        record Ban(Channel channel, double share, Partner scope) implements Effect {}

        /** Caps legal coal exports per year at the lower of a tonnage and a value. */
        record CoalCap(double tonnesPerYear, double usdPerYear) implements Effect {}

        /** Caps supplies of refined petroleum and crude oil to the DPRK per year. */
        record OilCap(double refinedBarrelsPerYear, double crudeBarrelsPerYear) implements Effect {}

        /** No new work permits: the number of workers abroad may not grow. */
        record WorkerFreeze() implements Effect {}

        /** Workers abroad to be sent home within this many months: the ban share rises linearly to 1. */
        record WorkerRepatriation(int months) implements Effect {}
    }
}
