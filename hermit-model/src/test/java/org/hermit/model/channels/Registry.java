package org.hermit.model.channels;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hermit.model.param.Distribution;
import org.hermit.model.param.ParameterDef;
import org.hermit.model.param.ParameterSpace;
import org.hermit.model.param.ParameterValues;

/**
 * The channels' central parameter values as the registry files state them, read with a line reader (the model
 * module has no YAML library): every "- id:" with its "central:" and "range:". Tests override single values.
 */
final class Registry {
    static final Path PARAMS = Path.of("..", "hermit-io", "src", "main", "resources", "org", "hermit", "params");
    private static final Pattern ID = Pattern.compile("^\\s*- id: (\\S+)\\s*$");
    private static final Pattern CENTRAL = Pattern.compile("^\\s*central: (\\S+)\\s*$");
    private static final Pattern RANGE = Pattern.compile("^\\s*range: \\[([^,]+), ([^\\]]+)\\]\\s*$");

    private Registry() {}

    static ParameterValues central() {
        return central(Map.of());
    }

    /** Central values with some replaced. */
    static ParameterValues central(Map<String, Double> overrides) {
        Map<String, double[]> byId = read();
        for (String id : overrides.keySet()) {
            if (!byId.containsKey(id)) {
                throw new IllegalArgumentException("no parameter " + id + " in the registry");
            }
        }
        List<ParameterDef> defs = new ArrayList<>();
        byId.forEach((id, v) -> {
            double value = overrides.getOrDefault(id, v[0]);
            defs.add(new ParameterDef(id, "", "", value, new Distribution.Fixed(value),
                    Math.min(v[1], value), Math.max(v[2], value), List.of(), "test value"));
        });
        return ParameterValues.central(new ParameterSpace(defs));
    }

    /** id -> {central, min, max}, in file order. */
    static Map<String, double[]> read() {
        Map<String, double[]> out = new LinkedHashMap<>();
        try {
            for (String file : Files.readAllLines(PARAMS.resolve("index.txt"))) {
                if (file.isBlank() || file.startsWith("#")) {
                    continue;
                }
                String id = null;
                for (String line : Files.readAllLines(PARAMS.resolve(file.trim()))) {
                    Matcher m = ID.matcher(line);
                    if (m.matches()) {
                        id = m.group(1);
                        out.put(id, new double[] {Double.NaN, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY});
                        continue;
                    }
                    Matcher c = CENTRAL.matcher(line);
                    if (c.matches() && id != null) {
                        out.get(id)[0] = Double.parseDouble(c.group(1));
                    }
                    Matcher r = RANGE.matcher(line);
                    if (r.matches() && id != null) {
                        out.get(id)[1] = Double.parseDouble(r.group(1).trim());
                        out.get(id)[2] = Double.parseDouble(r.group(2).trim());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
