package org.hermit.report;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import org.hermit.model.Channel;
import org.hermit.model.output.Variable;
import org.hermit.model.output.Variables;

/** Names a reader understands, for channels and output variables (ids stay in tables, next to these names). */
public final class Labels {
    private static final Map<Channel, String> CHANNELS = new EnumMap<>(Channel.class);

    static {
        CHANNELS.put(Channel.COAL, "Coal exports");
        CHANNELS.put(Channel.MINERALS, "Ores and metals");
        CHANNELS.put(Channel.TEXTILES, "Textiles");
        CHANNELS.put(Channel.SEAFOOD, "Seafood");
        CHANNELS.put(Channel.OTHER_GOODS, "Other goods");
        CHANNELS.put(Channel.WORKERS_ABROAD, "Workers abroad");
        CHANNELS.put(Channel.IT_WORKERS, "IT workers");
        CHANNELS.put(Channel.CRYPTO_THEFT, "Crypto theft");
        CHANNELS.put(Channel.ARMS, "Arms sales");
        CHANNELS.put(Channel.TROOPS, "Troops for Russia");
        CHANNELS.put(Channel.TOURISM, "Tourism");
        CHANNELS.put(Channel.RESTAURANTS, "Restaurants abroad");
        CHANNELS.put(Channel.DRUGS, "Drugs");
        CHANNELS.put(Channel.LEASES, "Property leases");
        CHANNELS.put(Channel.CRYPTO_MINING, "Crypto mining");
        CHANNELS.put(Channel.AID, "Diverted aid");
        CHANNELS.put(Channel.KAESONG, "Kaesong wages");
        CHANNELS.put(Channel.SMUGGLING, "Private smuggling");
    }

    private static final Map<String, String> VARIABLES = Map.ofEntries(
            Map.entry("revenue_usd.total", "Gross hard-currency revenue"),
            Map.entry("state_revenue_usd.total", "State's hard-currency revenue"),
            Map.entry("reserves_usd", "State's hard-currency reserves"),
            Map.entry("kpw_per_usd", "Won per US dollar (market rate)"),
            Map.entry("kpw_per_cny", "Won per yuan (market rate)"),
            Map.entry("rice_kpw_per_kg", "Rice price"),
            Map.entry("maize_kpw_per_kg", "Maize price"),
            Map.entry("food_insecure_people", "People eating below their food need"),
            Map.entry("food_insecure_share", "Share of people eating below their food need"),
            Map.entry("gdp_growth_pct", "Real GDP growth"),
            Map.entry("cn_exports_to_dprk_usd", "China's exports to the DPRK"),
            Map.entry("cn_imports_from_dprk_usd", "China's imports from the DPRK"),
            Map.entry("cn_coal_imports_from_dprk_t", "Coal from the DPRK in China's customs records"));

    private Labels() {}

    /** "Coal exports", "Crypto theft"; a channel added later falls back to its id in words. */
    public static String channel(Channel c) {
        return CHANNELS.getOrDefault(c, words(c.id()));
    }

    /** A variable's name in words: a curated name, a channel's name for revenue_usd.&lt;channel&gt;, else its description. */
    public static String variable(String id) {
        String named = VARIABLES.get(id);
        if (named != null) {
            return named;
        }
        for (String prefix : new String[] {"revenue_usd.", "state_revenue_usd."}) {
            if (id.startsWith(prefix)) {
                String rest = id.substring(prefix.length());
                var channel = Channel.byId(rest);
                if (channel.isPresent()) {
                    return (prefix.startsWith("state") ? "State's revenue: " : "Revenue: ") + channel(channel.get());
                }
            }
        }
        return Variables.byId(id).map(Variable::description).orElse(words(id));
    }

    /** The unit as the catalogue writes it ("USD", "KPW/kg"), or "" for an unknown variable. */
    public static String unit(String id) {
        return Variables.byId(id).map(Variable::unit).orElse("");
    }

    /** An axis label with its unit in words: "US dollars", "won (KPW) per kg". */
    public static String axis(String id) {
        String unit = unit(id);
        return switch (unit) {
            case "USD" -> "US dollars";
            case "KPW/USD" -> "won (KPW) per US dollar";
            case "KPW/CNY" -> "won (KPW) per yuan";
            case "KPW/kg" -> "won (KPW) per kg";
            case "KPW" -> "won (KPW)";
            case "persons" -> "people";
            case "%" -> "percent";
            case "share" -> "percent of the population";
            case "t" -> "tonnes";
            case "bbl" -> "barrels";
            default -> unit;
        };
    }

    /** A value with its unit for sentences and tables: "$1.2bn", "8,000 won per kg", "10.5 million people". */
    public static String value(String id, double v) {
        return number(id, v) + suffix(id);
    }

    /** The number part of {@link #value}: "$1.2bn", "8,000", "10.5 million". */
    public static String number(String id, double v) {
        return switch (unit(id)) {
            case "USD", "USD (2015 prices)" -> Formats.usd(v);
            case "persons", "t" -> Formats.countWords(v);
            case "%" -> Formats.percent(v);
            case "share" -> Formats.share(v);
            default -> Formats.number(v);
        };
    }

    /** The words after the number part of {@link #value}: " won per kg", " people", or "" when the number says it. */
    public static String suffix(String id) {
        String unit = unit(id);
        return switch (unit) {
            case "USD", "USD (2015 prices)", "%", "share", "" -> "";
            case "persons" -> " people";
            case "t" -> " tonnes";
            case "KPW/USD" -> " won per US dollar";
            case "KPW/CNY" -> " won per yuan";
            case "KPW/kg" -> " won per kg";
            case "KPW" -> " won";
            default -> " " + unit;
        };
    }

    private static String words(String id) {
        String w = id.replace('_', ' ').replace('.', ' ');
        return w.isEmpty() ? w : w.substring(0, 1).toUpperCase(Locale.ROOT) + w.substring(1);
    }
}
