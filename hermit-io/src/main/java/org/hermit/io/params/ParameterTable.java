package org.hermit.io.params;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hermit.model.param.ParameterDef;
import org.hermit.model.param.ParameterSpace;
import org.hermit.model.param.SourceRef;

/**
 * The parameter table of docs/MODEL.md, generated from the registry so the documentation cannot drift from what
 * the model reads. Run {@link #main} to print the block between its markers; a test checks the document holds it.
 */
public final class ParameterTable {
    public static final String BEGIN = "<!-- parameter-table:begin -->";
    public static final String END = "<!-- parameter-table:end -->";

    private ParameterTable() {}

    /** One Markdown table per area (the id's first word), each parameter with its sources or assumption. */
    public static String markdown(ParameterSpace space) {
        Map<String, StringBuilder> byArea = new LinkedHashMap<>();
        for (ParameterDef d : space.defs()) {
            String area = d.id().substring(0, d.id().indexOf('.'));
            StringBuilder sb = byArea.computeIfAbsent(area, a -> new StringBuilder()
                    .append("\n#### ").append(a).append("\n\n")
                    .append("| id | unit | central | prior | legal range | evidence or assumption |\n")
                    .append("|---|---|---:|---|---|---|\n"));
            sb.append("| `").append(d.id()).append("` | ").append(cell(d.unit())).append(" | ").append(number(d, d.central()))
                    .append(" | ").append(cell(d.prior().describe())).append(" | ").append(number(d, d.min())).append(" to ")
                    .append(number(d, d.max())).append(" | ").append(provenance(d)).append(" |\n");
        }
        StringBuilder out = new StringBuilder();
        out.append(space.size()).append(" parameters; ")
                .append(space.defs().stream().filter(d -> !d.isAssumption()).count()).append(" rest on rows of the bundled evidence, ")
                .append(space.defs().stream().filter(ParameterDef::isAssumption).count()).append(" are stated assumptions.\n");
        byArea.values().forEach(out::append);
        return out.toString();
    }

    private static String provenance(ParameterDef d) {
        StringBuilder sb = new StringBuilder();
        List<SourceRef> sources = d.sources();
        for (int i = 0; i < sources.size(); i++) {
            SourceRef s = sources.get(i);
            if (i > 0) {
                sb.append("; ");
            }
            String label = s.file() + " " + s.series() + " " + s.period();
            if (s.url().isBlank()) {
                sb.append(cell(label));
            } else {
                sb.append('[').append(cell(label)).append("](").append(s.url().split(" \\| ")[0].trim()).append(')');
            }
            if (!s.note().isBlank()) {
                sb.append(": ").append(cell(s.note()));
            }
        }
        if (!d.assumption().isBlank()) {
            if (sb.length() > 0) {
                sb.append("; ");
            }
            sb.append("*assumption:* ").append(cell(d.assumption()));
        }
        return sb.toString();
    }

    private static String cell(String s) {
        return s.replace("|", "\\|").replace("\n", " ");
    }

    /** A value of this parameter: a year as a plain number with its fraction (2013.7083, not 2,014), else as below. */
    static String number(ParameterDef d, double v) {
        if (d.unit().equals("year") && Double.isFinite(v)) {
            return java.math.BigDecimal.valueOf(v).setScale(4, java.math.RoundingMode.HALF_UP).stripTrailingZeros()
                    .toPlainString();
        }
        return number(v);
    }

    static String number(double v) {
        if (Double.isInfinite(v)) {
            return v > 0 ? "∞" : "−∞";
        }
        double a = Math.abs(v);
        if (a != 0 && (a >= 1e6 || a < 1e-3)) {
            return String.format(Locale.ROOT, "%.3g", v);
        }
        if (v == Math.rint(v)) {
            return String.format(Locale.ROOT, "%,d", (long) v);
        }
        return new java.math.BigDecimal(String.format(Locale.ROOT, "%.4g", v)).stripTrailingZeros().toPlainString();
    }

    /** Prints the block to paste between the markers of docs/MODEL.md. */
    public static void main(String[] args) {
        System.out.println(BEGIN);
        System.out.print(markdown(ParameterRegistry.bundled()));
        System.out.println(END);
    }
}
