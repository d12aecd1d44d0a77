package org.hermit.model.channels;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.hermit.model.inputs.InputSeries;
import org.hermit.model.inputs.Inputs;

/** The bundled inputs (every file in inputs/index.txt of hermit-io), read for the model's tests. */
final class WorldInputs {
    private static final Path DIR = Path.of("..", "hermit-io", "src", "main", "resources", "org", "hermit", "inputs");

    private WorldInputs() {}

    static Inputs load() {
        Map<String, TreeMap<Integer, Double>> byId = new LinkedHashMap<>();
        try {
            for (String file : Files.readAllLines(DIR.resolve("index.txt"))) {
                if (file.isBlank() || file.startsWith("#")) {
                    continue;
                }
                List<String> lines = Files.readAllLines(DIR.resolve(file.trim()));
                for (String line : lines.subList(1, lines.size())) {
                    if (line.isBlank()) {
                        continue;
                    }
                    String[] f = line.split(",", 4);
                    byId.computeIfAbsent(f[0], k -> new TreeMap<>()).put(Integer.parseInt(f[1]), Double.parseDouble(f[2]));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<InputSeries> series = new ArrayList<>();
        byId.forEach((id, years) -> {
            double[] v = years.values().stream().mapToDouble(Double::doubleValue).toArray();
            series.add(new InputSeries(id, "", years.firstKey(), v, "world.csv"));
        });
        return new Inputs(series);
    }
}
