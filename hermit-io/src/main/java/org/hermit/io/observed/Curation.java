package org.hermit.io.observed;

import static org.hermit.io.evidence.Evidence.MACRO;
import static org.hermit.io.evidence.Evidence.MARKETS;
import static org.hermit.io.evidence.Evidence.REVENUE;
import static org.hermit.io.evidence.Evidence.TRADE;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.hermit.io.evidence.Evidence;
import org.hermit.io.evidence.EvidenceRow;
import org.hermit.io.evidence.Period;
import org.hermit.io.evidence.ValueRange;

/**
 * Turns raw evidence rows into canonical observed series. The rules (docs/EVIDENCE.md explains each series):
 * <ol>
 * <li>Each series is fed by ranked inputs (file + raw series, optionally only some sources). In every period the
 *     value is the mean of the best-ranked input's values there (range midpoints); low/high span every accepted
 *     raw value of the period from all inputs, so disagreement stays visible. Where a series allows no fallback,
 *     lower-ranked inputs only widen low/high and never make an observation alone.</li>
 * <li>A row dated to a month or a day is a monthly value (days and cities are averaged within the month); a row
 *     dated to a year, or spanning exactly January to December of one year, is an annual value. Other spans
 *     (2017-01..2017-09, cumulative totals, "[span: …]" notes) are dropped: they are neither a month nor a year
 *     and pro-rating them would invent a seasonal shape. A series may declare span notes that do not change
 *     coverage ("Chainalysis revised figure"). For flows, a span totalling exactly zero means zero in each month.</li>
 * <li>Values are converted into the series' unit by its {@link UnitRule}s; a row whose unit no rule matches stops
 *     the curation, so mixed units cannot slip in unconverted.</li>
 * <li>Rows known to be wrong are excluded by file and line with a reason ({@link #exclusions()}).</li>
 * <li>Gaps stay gaps: nothing is interpolated.</li>
 * </ol>
 */
public final class Curation {
    private Curation() {}

    /**
     * One raw series feeding a canonical series.
     *
     * @param rank    1 is preferred; higher ranks fill gaps (if the series allows) or only widen low/high
     * @param who     the source as a reader knows it ("China customs (GACC) as reported")
     * @param accepts which rows of the raw series belong to this input (e.g. only Chainalysis's)
     */
    public record Input(String file, String series, int rank, String who, Predicate<EvidenceRow> accepts,
                        List<UnitRule> units) {
        public Input {
            units = List.copyOf(units);
        }
    }

    /** A row left out on purpose, with the reason; the test suite checks each still points at its series. */
    public record Exclusion(String file, int line, String series, String reason) {}

    /**
     * How to build one canonical series.
     *
     * @param fallback          whether a lower-ranked input may make an observation where the preferred one has none
     * @param acceptedSpanNotes "[span: …]" notes that do not change what period a row covers
     * @param zeroSpanFillsMonths a span whose total is exactly 0 means 0 in each of its months (flows only)
     * @param curation          the sentence shown with the series: which source and why
     */
    public record Recipe(String id, String unit, String description, Set<Frequency> frequencies, List<Input> inputs,
                         boolean fallback, Set<String> acceptedSpanNotes, boolean zeroSpanFillsMonths,
                         String curation) {
        public Recipe {
            frequencies = Set.copyOf(frequencies);
            inputs = List.copyOf(inputs);
            acceptedSpanNotes = Set.copyOf(acceptedSpanNotes);
        }
    }

    /** Where a row went: into some months, into a year, or nowhere and why. */
    public sealed interface Placement {
        record IntoMonths(List<Integer> months) implements Placement {}
        record IntoYear(int year) implements Placement {}
        record Dropped(String reason) implements Placement {}
    }

    /** A row of an input, where it went, and its value in the series' unit (empty when dropped). */
    public record RowUse(Input input, EvidenceRow row, Placement placement, Optional<ValueRange> converted,
                         Optional<UnitRule> rule) {}

    public static ObservedData curate(Evidence evidence) {
        return curate(evidence, recipes(), exclusions());
    }

    public static ObservedData curate(Evidence evidence, List<Recipe> recipes, List<Exclusion> exclusions) {
        return ObservedData.of(recipes.stream().map(r -> curate(evidence, r, exclusions)).toList());
    }

    public static ObservedSeries curate(Evidence evidence, Recipe recipe, List<Exclusion> exclusions) {
        record Key(Frequency frequency, int period) {}
        Map<Key, List<RowUse>> byPeriod = new TreeMap<>(
                Comparator.comparing(Key::frequency).thenComparingInt(Key::period));
        for (RowUse use : trace(evidence, recipe, exclusions)) {
            if (use.placement() instanceof Placement.IntoMonths m) {
                m.months().forEach(month -> byPeriod.computeIfAbsent(new Key(Frequency.MONTHLY, month),
                        k -> new ArrayList<>()).add(use));
            } else if (use.placement() instanceof Placement.IntoYear y) {
                byPeriod.computeIfAbsent(new Key(Frequency.ANNUAL, y.year()), k -> new ArrayList<>()).add(use);
            }
        }
        List<Observation> observations = new ArrayList<>();
        byPeriod.forEach((key, uses) -> observe(recipe, key.frequency(), key.period(), uses)
                .ifPresent(observations::add));
        return new ObservedSeries(recipe.id(), recipe.unit(), recipe.description(), observations, recipe.curation());
    }

    /** "KOTRA; 6 more as spread or fallback": the preferred source(s) of a recipe, for listings. */
    public static String sourceSummary(Recipe recipe) {
        int top = recipe.inputs().stream().mapToInt(Input::rank).min().orElseThrow();
        String preferred = recipe.inputs().stream().filter(i -> i.rank() == top).map(Input::who).distinct()
                .collect(Collectors.joining(", "));
        long others = recipe.inputs().stream().filter(i -> i.rank() != top).map(Input::who).distinct().count();
        return others == 0 ? preferred
                : preferred + "; " + others + " more " + (recipe.fallback() ? "as fallback and spread" : "as spread");
    }

    /** What happens to every row of every input of the recipe (for the documentation and for curation itself). */
    public static List<RowUse> trace(Evidence evidence, Recipe recipe, List<Exclusion> exclusions) {
        List<RowUse> uses = new ArrayList<>();
        for (Input input : recipe.inputs()) {
            for (EvidenceRow row : evidence.rows(input.file(), input.series())) {
                if (!input.accepts().test(row)) {
                    continue;
                }
                Placement placement = place(recipe, row, exclusions);
                if (placement instanceof Placement.Dropped) {
                    uses.add(new RowUse(input, row, placement, Optional.empty(), Optional.empty()));
                    continue;
                }
                UnitRule rule = UnitRule.find(input.units(), row).orElseThrow(() -> new IllegalStateException(
                        row.ref() + ": unit '" + row.unit() + "' of " + row.series() + " has no conversion to "
                                + recipe.unit() + " for series " + recipe.id()));
                ValueRange converted = row.value().orElseThrow().times(rule.factor());
                uses.add(new RowUse(input, row, placement, Optional.of(converted), Optional.of(rule)));
            }
        }
        return uses;
    }

    static Placement place(Recipe recipe, EvidenceRow row, List<Exclusion> exclusions) {
        for (Exclusion e : exclusions) {
            if (e.file().equals(row.file()) && e.line() == row.line()) {
                return new Placement.Dropped("excluded: " + e.reason());
            }
        }
        if (row.value().isEmpty()) {
            return new Placement.Dropped("not a number: '" + row.valueText() + "'");
        }
        Optional<String> note = row.spanNote();
        if (note.isPresent() && !recipe.acceptedSpanNotes().contains(note.get())) {
            return new Placement.Dropped("covers more than one period: [span: " + note.get() + "]");
        }
        Period p = row.parsedPeriod();
        boolean monthly = recipe.frequencies().contains(Frequency.MONTHLY);
        boolean annual = recipe.frequencies().contains(Frequency.ANNUAL);
        if (p.isSingleMonth()) {
            return monthly ? new Placement.IntoMonths(List.of(p.firstMonth()))
                    : new Placement.Dropped("a single month in an annual series");
        }
        if (p.isCalendarYear()) {
            return annual ? new Placement.IntoYear(p.year())
                    : new Placement.Dropped("a whole-year figure in a monthly series");
        }
        if (recipe.zeroSpanFillsMonths() && monthly && row.value().get().high() == 0) {
            return new Placement.IntoMonths(IntStream.rangeClosed(p.firstMonth(), p.lastMonth()).boxed().toList());
        }
        return new Placement.Dropped("a span of " + (p.lastMonth() - p.firstMonth() + 1)
                + " months is neither a month nor a calendar year");
    }

    private static Optional<Observation> observe(Recipe recipe, Frequency frequency, int period, List<RowUse> uses) {
        int bestRank = uses.stream().mapToInt(u -> u.input().rank()).min().orElseThrow();
        int topRank = recipe.inputs().stream().mapToInt(Input::rank).min().orElseThrow();
        if (!recipe.fallback() && bestRank != topRank) {
            return Optional.empty();
        }
        List<RowUse> chosen = uses.stream().filter(u -> u.input().rank() == bestRank).toList();
        double mean = chosen.stream().mapToDouble(u -> u.converted().orElseThrow().midpoint()).average().orElseThrow();
        double low = uses.stream().mapToDouble(u -> u.converted().orElseThrow().low()).min().orElseThrow();
        double high = uses.stream().mapToDouble(u -> u.converted().orElseThrow().high()).max().orElseThrow();
        // The mean of equal values can differ from them in the last bit; keep low <= value <= high exact.
        double value = Math.max(low, Math.min(high, mean));
        return Optional.of(new Observation(frequency, period, value, low, high, chosen.size(), describe(chosen)));
    }

    /** "Reuters (2019-01-23), China customs; … (trade.csv:140,141)". */
    static String describe(List<RowUse> chosen) {
        Set<String> sources = new LinkedHashSet<>();
        Map<String, List<Integer>> lines = new TreeMap<>();
        for (RowUse u : chosen) {
            sources.add(u.row().source());
            lines.computeIfAbsent(u.row().file(), f -> new ArrayList<>()).add(u.row().line());
        }
        String refs = lines.entrySet().stream()
                .map(e -> e.getKey() + ":" + e.getValue().stream().distinct().sorted().map(String::valueOf)
                        .collect(Collectors.joining(",")))
                .collect(Collectors.joining(" "));
        return String.join("; ", sources) + " (" + refs + ")";
    }

    // ---------------------------------------------------------------------------------------------------------
    // The recipes.

    private static final String REDENOMINATION = "old won / " + (int) Conversions.OLD_KPW_PER_NEW_KPW
            + " (30 Nov 2009 redenomination; markets.csv policy_redenomination 2009-11-30)";

    private static List<UnitRule> kpwPer(String what) {
        return List.of(UnitRule.contains("OLD won", 1 / Conversions.OLD_KPW_PER_NEW_KPW, REDENOMINATION),
                UnitRule.startsWith("KPW per " + what, 1, ""));
    }

    private static final List<UnitRule> USD = List.of(UnitRule.startsWith("USD", 1, ""));
    private static final List<UnitRule> TONNES = List.of(UnitRule.startsWith("tonnes", 1, ""));
    private static final List<UnitRule> BILLION_USD =
            List.of(UnitRule.startsWith("billion_USD", Conversions.BILLION, "billions of USD x 1e9"));
    private static final List<UnitRule> PERCENT_AS_SHARE = List.of(
            UnitRule.startsWith("pct_of_population", 0.01, "percent / 100"));

    private static List<UnitRule> fuel(double kgPerLitre, String assumption) {
        return List.of(UnitRule.startsWith("KPW per kg", 1, ""),
                UnitRule.startsWith("KPW per litre", 1 / kgPerLitre,
                        "per litre / " + kgPerLitre + " kg per litre (" + assumption + ")"));
    }

    private static Input in(String file, String series, int rank, String who, List<UnitRule> units) {
        return new Input(file, series, rank, who, r -> true, units);
    }

    private static Predicate<EvidenceRow> sourceMentions(String... names) {
        return r -> {
            for (String n : names) {
                if (r.source().contains(n)) {
                    return true;
                }
            }
            return false;
        };
    }

    private static final String MARKET_REPORTS = "market reports (Daily NK, Asia Press, RFA, ...)";
    private static final Set<Frequency> MONTHLY = EnumSet.of(Frequency.MONTHLY);
    private static final Set<Frequency> ANNUAL = EnumSet.of(Frequency.ANNUAL);
    private static final Set<Frequency> BOTH = EnumSet.allOf(Frequency.class);

    private static Recipe market(String id, String unit, String description, List<Input> inputs, String curation) {
        return new Recipe(id, unit, description, MONTHLY, inputs, true, Set.of(), false, curation);
    }

    private static Recipe chinaTrade(String id, String description, String raw, String... compilers) {
        List<Input> inputs = new ArrayList<>();
        inputs.add(in(TRADE, raw, 1, "China customs (GACC) as reported by news agencies", USD));
        for (String suffix : compilers) {
            inputs.add(in(TRADE, raw + "_" + suffix, 2, compiler(suffix), USD));
        }
        return new Recipe(id, "USD", description, BOTH, inputs, true, Set.of(), false,
                "China's customs figures (GACC) as reported; where a period has none, the Korean compilations of the"
                        + " same customs data (KITA, KOTRA, KOSTAT, KDI) or ITC fill it. Partial-year spans are dropped.");
    }

    private static String compiler(String suffix) {
        return switch (suffix) {
            case "kita" -> "KITA";
            case "kotra" -> "KOTRA";
            case "kostat" -> "Statistics Korea (KOSTAT)";
            case "itc", "vs_itc" -> "ITC Trade Map";
            case "kdi" -> "KDI";
            default -> throw new IllegalArgumentException("unknown compiler suffix " + suffix);
        };
    }

    /** The canonical series, in the order the documentation lists them. */
    public static List<Recipe> recipes() {
        String daily = "Every report in the month is averaged across cities (Pyongyang, Sinuiju, Hyesan and others),"
                + " sources and days; months without a report stay gaps.";
        return List.of(
                market("kpw_per_usd", "KPW per USD", "Market (black-market) exchange rate of the won against the dollar",
                        List.of(in(MARKETS, "kpw_per_usd", 1, "market reports (Daily NK, Asia Press, RFA, ROK MOU)",
                                kpwPer("USD"))),
                        daily + " Pre-redenomination quotes are converted to new won; official rates are a different series."),
                market("kpw_per_cny", "KPW per CNY", "Market exchange rate of the won against the yuan",
                        List.of(in(MARKETS, "kpw_per_cny", 1, MARKET_REPORTS, kpwPer("CNY"))), daily),
                market("rice_kpw_per_kg", "KPW per kg", "Market price of rice",
                        List.of(in(MARKETS, "rice_kpw_per_kg", 1, MARKET_REPORTS, kpwPer("kg"))),
                        daily + " Old-won prices are converted; state-set prices are not market prices."),
                market("maize_kpw_per_kg", "KPW per kg", "Market price of maize (corn)",
                        List.of(in(MARKETS, "maize_kpw_per_kg", 1, MARKET_REPORTS, kpwPer("kg"))), daily),
                market("diesel_kpw_per_kg", "KPW per kg", "Market price of diesel",
                        List.of(in(MARKETS, "diesel_kpw_per_kg", 1, MARKET_REPORTS,
                                        fuel(Conversions.DIESEL_KG_PER_LITRE, "assumption: EN 590 midpoint")),
                                in(MARKETS, "diesel_kpw_per_litre", 1, MARKET_REPORTS,
                                        fuel(Conversions.DIESEL_KG_PER_LITRE, "assumption: EN 590 midpoint"))),
                        daily + " Per-litre quotes are converted with an assumed density; USD-per-kg quotes are left out"
                                + " (converting them would import the exchange-rate series)."),
                market("gasoline_kpw_per_kg", "KPW per kg", "Market price of gasoline (petrol)",
                        List.of(in(MARKETS, "gasoline_kpw_per_kg", 1, MARKET_REPORTS,
                                        fuel(Conversions.GASOLINE_KG_PER_LITRE, "assumption: EN 228 midpoint")),
                                in(MARKETS, "gasoline_kpw_per_litre", 1, MARKET_REPORTS,
                                        fuel(Conversions.GASOLINE_KG_PER_LITRE, "assumption: EN 228 midpoint"))),
                        daily + " Per-litre quotes are converted with an assumed density; USD-per-kg quotes are left out."),
                chinaTrade("cn_exports_to_dprk_usd", "China's exports to the DPRK (customs value)",
                        "cn_exports_to_dprk", "kita", "kotra", "kostat", "itc", "vs_itc", "kdi"),
                chinaTrade("cn_imports_from_dprk_usd", "China's imports from the DPRK (customs value)",
                        "cn_imports_from_dprk", "kita", "kotra", "kostat", "itc", "kdi"),
                chinaTrade("cn_dprk_total_trade_usd", "China-DPRK total trade, both directions (customs value)",
                        "cn_dprk_total_trade", "kita", "kotra", "itc", "kdi"),
                new Recipe("cn_coal_imports_from_dprk_t", "tonnes", "China's coal imports from the DPRK", BOTH,
                        List.of(in(TRADE, "cn_coal_imports_from_dprk_t", 1, "China customs (GACC) as reported", TONNES),
                                in(TRADE, "un_reported_coal_imports_from_dprk_t", 2,
                                        "China's reports to the UN 1718 Committee", TONNES)),
                        true, Set.of(), true,
                        "China customs as reported; China's reports to the UN 1718 Committee fill months customs"
                                + " figures miss. A span reported as zero (the 2017 suspension) is zero in each month."),
                new Recipe("dprk_total_trade_usd", "USD", "DPRK total merchandise trade, excluding inter-Korean trade",
                        ANNUAL,
                        List.of(in(TRADE, "dprk_total_trade_kotra", 1, "KOTRA", USD),
                                in(MACRO, "bok_trade_volume_usd", 2, "Bank of Korea", BILLION_USD),
                                in(TRADE, "dprk_total_trade_bok", 2, "Bank of Korea", USD),
                                in(TRADE, "dprk_total_trade_kita", 2, "KITA", USD),
                                in(TRADE, "dprk_total_trade_itc", 2, "ITC", USD),
                                in(TRADE, "dprk_total_trade_mou", 2, "ROK Ministry of Unification", USD)),
                        true, Set.of(), false,
                        "KOTRA's annual DPRK trade report, the standard series; the Bank of Korea (which republishes"
                                + " it), KITA, ITC and the Ministry of Unification fill missing years."),
                new Recipe("dprk_exports_usd", "USD", "DPRK merchandise exports to all partners", ANNUAL,
                        List.of(in(TRADE, "dprk_exports_kotra", 1, "KOTRA", USD),
                                in(MACRO, "bok_exports_usd", 2, "Bank of Korea", BILLION_USD),
                                in(TRADE, "dprk_exports_bok", 2, "Bank of Korea", USD),
                                in(TRADE, "dprk_exports_comtrade", 2, "UN Comtrade", USD),
                                in(TRADE, "dprk_exports_kita", 2, "KITA", USD),
                                in(TRADE, "dprk_exports_itc", 2, "ITC", USD),
                                in(TRADE, "dprk_exports_oec", 2, "OEC", USD),
                                in(TRADE, "dprk_exports_mou", 2, "ROK Ministry of Unification", USD)),
                        true, Set.of(), false,
                        "KOTRA first; Bank of Korea, Comtrade, KITA, ITC, OEC and the Ministry of Unification fill"
                                + " missing years and widen the spread (KITA's 2015 figure is far above KOTRA's)."),
                new Recipe("dprk_imports_usd", "USD", "DPRK merchandise imports from all partners", ANNUAL,
                        List.of(in(TRADE, "dprk_imports_kotra", 1, "KOTRA", USD),
                                in(MACRO, "bok_imports_usd", 2, "Bank of Korea", BILLION_USD),
                                in(TRADE, "dprk_imports_bok", 2, "Bank of Korea", USD),
                                in(TRADE, "dprk_imports_comtrade", 2, "UN Comtrade", USD),
                                in(TRADE, "dprk_imports_kita", 2, "KITA", USD),
                                in(TRADE, "dprk_imports_kostat", 2, "Statistics Korea", USD),
                                in(TRADE, "dprk_imports_itc", 2, "ITC", USD),
                                in(TRADE, "dprk_imports_oec", 2, "OEC", USD),
                                in(TRADE, "dprk_imports_mou", 2, "ROK Ministry of Unification", USD)),
                        true, Set.of(), false,
                        "KOTRA first; the other compilers fill missing years and widen the spread."),
                new Recipe("gdp_growth_pct", "percent per year", "Real GDP growth, Bank of Korea estimate", ANNUAL,
                        List.of(in(MACRO, "bok_real_gdp_growth", 1, "Bank of Korea", List.of(
                                        UnitRule.startsWith("pct_yoy", 1, ""))),
                                in(MACRO, "alt_kim_byungyeon_gdp_growth", 2, "Kim Byung-yeon (alternative estimate)",
                                        List.of(UnitRule.startsWith("pct_yoy", 1, "")))),
                        false, Set.of(), false,
                        "The Bank of Korea's annual estimate, the only long consistent series; several press reports"
                                + " of one year (revisions) are averaged. Kim Byung-yeon's alternative estimate only"
                                + " widens the spread."),
                new Recipe("grain_production_t", "tonnes", "Grain harvest (grain equivalent, unmilled)", ANNUAL,
                        List.of(in(MACRO, "rda_grain_production_total", 1, "ROK Rural Development Administration", TONNES),
                                in(MACRO, "statkorea_grain_production_total", 2, "Statistics Korea", TONNES),
                                in(MACRO, "faostat_grain_production_total", 2, "FAOSTAT", TONNES),
                                in(MACRO, "fao_grain_production_total", 2, "FAO", TONNES),
                                in(MACRO, "fao_wfp_grain_production_total", 2, "FAO/WFP", TONNES),
                                in(MACRO, "fao_wfp_food_crop_production", 2, "FAO/WFP", TONNES),
                                in(MACRO, "fao_wfp_grain_harvest", 2, "FAO/WFP", TONNES),
                                in(MACRO, "wfp_grain_production_total", 2, "WFP", TONNES),
                                in(MACRO, "wfp_fao_grain_production_total", 2, "WFP/FAO", TONNES),
                                in(MACRO, "usda_grain_production_total", 2, "USDA", TONNES),
                                in(MACRO, "un_grain_production_total", 2, "UN", TONNES),
                                in(MACRO, "mou_grain_production_total", 2, "ROK Ministry of Unification", TONNES)),
                        false, Set.of(), false,
                        "The RDA estimate: one method every year from 1994 to 2025, published each December for that"
                                + " year's harvest. FAO/WFP figures appear only in some years, on other bases (marketing"
                                + " year, milled or cereal-equivalent), so they only widen the spread; no observation is"
                                + " made from them alone."),
                new Recipe("crypto_theft_usd", "USD", "Cryptocurrency stolen by DPRK-attributed hackers in the year",
                        ANNUAL,
                        List.of(new Input(REVENUE, "crypto_theft", 1, "Chainalysis",
                                        sourceMentions("Chainalysis"), USD),
                                new Input(REVENUE, "crypto_theft", 2, "Elliptic, TRM Labs, UN Panel, MSMT",
                                        sourceMentions("Chainalysis").negate(), USD)),
                        true, Set.of("Chainalysis revised figure"), false,
                        "Chainalysis's annual figure (the one tracker with every year 2021-2025; a revision and the"
                                + " first report are averaged); Elliptic, TRM Labs, the UN Panel and the MSMT set low/high."
                                + " Partial-year tallies and single heists are not annual totals and are left out."),
                new Recipe("workers_abroad", "persons", "DPRK workers abroad (all host countries)", ANNUAL,
                        List.of(new Input(REVENUE, "overseas_labor.count", 1, "UN (Special Rapporteur, Panel of Experts)",
                                        sourceMentions("UN "), List.of(UnitRule.startsWith("workers", 1, ""))),
                                new Input(REVENUE, "overseas_labor.count", 2, "KINU, AP, Hankyoreh, US State Dept",
                                        sourceMentions("UN ").negate(), List.of(UnitRule.startsWith("workers", 1, "")))),
                        true, Set.of("pre-sanctions level", "pre-repatriation level"), false,
                        "UN estimates where there is one; otherwise the mean of the other headline estimates of the"
                                + " year. Estimates disagree by a factor of two, which low/high keeps. Country counts"
                                + " (China, Russia) are not added up into a total."),
                new Recipe("mining_share_gdp_pct", "percent of GDP", "Mining's share of nominal GDP", ANNUAL,
                        List.of(in(MACRO, "bok_share_mining", 1, "Bank of Korea",
                                        List.of(UnitRule.startsWith("pct_of", 1, ""))),
                                in(MACRO, "usgs_share_mining", 2, "USGS", List.of(UnitRule.startsWith("pct_of", 1, ""))),
                                in(MACRO, "nkri_mineral_industry_share_of_economy", 2, "North Korea Resources Institute",
                                        List.of(UnitRule.startsWith("pct_of", 1, "")))),
                        true, Set.of(), false,
                        "The Bank of Korea's sector share; USGS (2004) and NKRI (2014) fill years it lacks."),
                new Recipe("food_insecure_share", "share of population (0-1)",
                        "Share of the population judged food insecure", ANNUAL,
                        List.of(in(MACRO, "fao_wfp_share_pop_food_insecure", 1, "FAO/WFP", PERCENT_AS_SHARE),
                                in(MACRO, "un_food_insecure_share", 1, "UN", PERCENT_AS_SHARE),
                                in(MACRO, "ocha_food_insecure_share", 1, "UN OCHA", PERCENT_AS_SHARE),
                                in(MACRO, "wfp_food_insecure_share", 1, "WFP", PERCENT_AS_SHARE),
                                in(MACRO, "un_prevalence_food_insecurity", 1, "UN (via journal)", PERCENT_AS_SHARE),
                                in(MACRO, "usda_ers_food_insecure_share", 2, "USDA ERS", PERCENT_AS_SHARE),
                                in(MACRO, "usda_food_insecure_share", 2, "USDA", PERCENT_AS_SHARE)),
                        true, Set.of(), false,
                        "UN agencies' figures (FAO/WFP, OCHA, WFP); USDA's model estimate fills 2021 and widens the"
                                + " spread. Definitions differ between agencies; percentages become shares."),
                new Recipe("undernourished_share", "share of population (0-1)",
                        "Prevalence of undernourishment (FAO)", ANNUAL,
                        List.of(in(MACRO, "fao_prevalence_undernourishment", 1, "FAO (annual, via Our World in Data)",
                                        PERCENT_AS_SHARE),
                                in(MACRO, "fao_sofi_prevalence_undernourishment", 2, "FAO SOFI (three-year averages)",
                                        PERCENT_AS_SHARE)),
                        false, Set.of(), false,
                        "FAO's annual prevalence of undernourishment; SOFI's three-year averages (dated to their middle"
                                + " year) only widen the spread. Percentages become shares."),
                new Recipe("pds_ration_g_per_day", "grams per person per day",
                        "Public Distribution System ration actually distributed", BOTH,
                        List.of(in(MACRO, "pds_ration", 1, "WFP/FAO as reported",
                                        List.of(UnitRule.startsWith("grams_per_person_per_day", 1, ""))),
                                in(MACRO, "wfp_pds_ration", 2, "WFP/FAO/UNICEF assessment",
                                        List.of(UnitRule.startsWith("grams_per_person_per_day", 1, "")))),
                        true, Set.of(), false,
                        "WFP and FAO's monitoring of PDS rations, monthly where reported and annual averages where"
                                + " that is what was published; the target ration is a different series."),
                new Recipe("reserves_usd", "USD", "State foreign-exchange reserves (estimates)", ANNUAL,
                        List.of(in(REVENUE, "fx_reserves", 1, "Bank of Korea, JoongAng Ilbo", USD)),
                        true, Set.of(), false,
                        "The two published estimates (Bank of Korea 2014 as a range, JoongAng Ilbo 2018); thin, but"
                                + " the only direct evidence on reserves."));
    }

    /** Rows left out, each with why; lines are those of the bundled files. */
    public static List<Exclusion> exclusions() {
        return List.of(
                new Exclusion(TRADE, 163, "cn_exports_to_dprk",
                        "2019 figure of US$2.74bn is total trade mislabelled as exports (the source row says so)"),
                new Exclusion(MARKETS, 242, "kpw_per_usd",
                        "NK Pro's rate for foreigners, not the market rate the other rows quote"),
                new Exclusion(MARKETS, 386, "rice_kpw_per_kg", "state-set price, not a market price"),
                new Exclusion(MARKETS, 510, "rice_kpw_per_kg",
                        "an average of the Novembers 2012-2021, not a November 2021 price"));
    }
}
