package org.hermit.io.observed;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.hermit.io.evidence.Evidence;
import org.hermit.model.time.Months;

/**
 * What a series covers at one frequency: first and last period, how many observations, and the gaps between.
 *
 * @param periods the number of periods from first to last inclusive (months or years)
 * @param gaps    annual: the missing years ("2009-2012, 2014" or "none"); monthly: how many months are missing
 *                and the longest run of them
 */
public record Coverage(String id, String unit, Frequency frequency, String first, String last, int n, int periods,
                       String gaps) {

    /** One row per series and frequency it has, sorted by id, annual before monthly. */
    public static List<Coverage> of(ObservedData data) {
        List<Coverage> rows = new ArrayList<>();
        for (ObservedSeries s : data.series().values()) {
            for (Frequency f : Frequency.values()) {
                List<Observation> obs = s.observations(f);
                if (!obs.isEmpty()) {
                    rows.add(of(s, f, obs));
                }
            }
        }
        rows.sort((a, b) -> a.id.equals(b.id) ? b.frequency.compareTo(a.frequency) : a.id.compareTo(b.id));
        return rows;
    }

    private static Coverage of(ObservedSeries s, Frequency f, List<Observation> obs) {
        int first = obs.get(0).period();
        int last = obs.get(obs.size() - 1).period();
        List<int[]> missing = new ArrayList<>();
        for (int i = 1; i < obs.size(); i++) {
            int prev = obs.get(i - 1).period();
            int next = obs.get(i).period();
            if (next > prev + 1) {
                missing.add(new int[] {prev + 1, next - 1});
            }
        }
        return new Coverage(s.id(), s.unit(), f, obs.get(0).label(), obs.get(obs.size() - 1).label(), obs.size(),
                last - first + 1, f == Frequency.ANNUAL ? yearGaps(missing) : monthGaps(missing));
    }

    private static String yearGaps(List<int[]> missing) {
        if (missing.isEmpty()) {
            return "none";
        }
        return missing.stream().map(g -> g[0] == g[1] ? String.valueOf(g[0]) : g[0] + "-" + g[1])
                .collect(Collectors.joining(", "));
    }

    private static String monthGaps(List<int[]> missing) {
        if (missing.isEmpty()) {
            return "none";
        }
        int total = missing.stream().mapToInt(g -> g[1] - g[0] + 1).sum();
        int[] longest = missing.stream().max((a, b) -> Integer.compare(a[1] - a[0], b[1] - b[0])).orElseThrow();
        return total + " months missing; longest " + Months.format(longest[0]) + ".." + Months.format(longest[1])
                + " (" + (longest[1] - longest[0] + 1) + ")";
    }

    /** The coverage of all series as a Markdown table, as docs/EVIDENCE.md shows it. */
    public static String markdown(ObservedData data) {
        StringBuilder sb = new StringBuilder();
        sb.append("| series | unit | frequency | first | last | n | periods | gaps |\n");
        sb.append("|---|---|---|---|---|---:|---:|---|\n");
        for (Coverage c : of(data)) {
            sb.append("| `").append(c.id).append("` | ").append(c.unit).append(" | ")
                    .append(c.frequency.name().toLowerCase(java.util.Locale.ROOT)).append(" | ").append(c.first)
                    .append(" | ").append(c.last).append(" | ").append(c.n).append(" | ").append(c.periods)
                    .append(" | ").append(c.gaps).append(" |\n");
        }
        return sb.toString();
    }

    /**
     * For each curated series, every raw series feeding it with its rank and how many of its rows were used or
     * dropped (and why, by reason), as a Markdown table.
     */
    public static String inputsMarkdown(Evidence evidence) {
        StringBuilder sb = new StringBuilder();
        sb.append("| series | rank | raw rows (file: series) | source | rows used | rows dropped |\n");
        sb.append("|---|---:|---|---|---:|---|\n");
        for (Curation.Recipe recipe : Curation.recipes()) {
            List<Curation.RowUse> uses = Curation.trace(evidence, recipe, Curation.exclusions());
            for (Curation.Input input : recipe.inputs()) {
                List<Curation.RowUse> mine = uses.stream().filter(u -> u.input() == input).toList();
                long used = mine.stream().filter(u -> !(u.placement() instanceof Curation.Placement.Dropped)).count();
                Map<String, Long> dropped = new TreeMap<>();
                mine.stream().map(Curation.RowUse::placement)
                        .filter(p -> p instanceof Curation.Placement.Dropped)
                        .map(p -> dropReason(((Curation.Placement.Dropped) p).reason()))
                        .forEach(r -> dropped.merge(r, 1L, Long::sum));
                String drops = dropped.isEmpty() ? "0" : dropped.entrySet().stream()
                        .map(e -> e.getValue() + " " + e.getKey()).collect(Collectors.joining("; "));
                sb.append("| `").append(recipe.id()).append("` | ").append(input.rank()).append(" | ")
                        .append(input.file()).append(": `").append(input.series()).append("` | ").append(input.who())
                        .append(" | ").append(used).append(" | ").append(drops).append(" |\n");
            }
        }
        return sb.toString();
    }

    /** Groups drop reasons into kinds ("span", "excluded", ...) so the table stays short. */
    private static String dropReason(String reason) {
        if (reason.startsWith("excluded")) {
            return "excluded";
        }
        if (reason.startsWith("covers more than one period")) {
            return "[span] note";
        }
        if (reason.startsWith("a span of")) {
            return "partial-year span";
        }
        if (reason.startsWith("not a number")) {
            return "not a number";
        }
        return reason;
    }

    /** Prints the generated tables of docs/EVIDENCE.md (a test checks the doc matches them). */
    public static void main(String[] args) {
        System.out.println("<!-- coverage-table:begin -->");
        System.out.print(markdown(ObservedData.bundled()));
        System.out.println("<!-- coverage-table:end -->");
        System.out.println();
        System.out.println("<!-- inputs-table:begin -->");
        System.out.print(inputsMarkdown(Evidence.bundled()));
        System.out.println("<!-- inputs-table:end -->");
    }
}
