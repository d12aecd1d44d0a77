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

/** The bundled world-price inputs (inputs/world.csv of hermit-io), read for the model's tests. */
final class WorldInputs {
    private static final Path FILE = Path.of("..", "hermit-io", "src", "main", "resources", "org", "hermit", "inputs",
            "world.csv");

    private WorldInputs() {}

    static Inputs load() {
        Map<String, TreeMap<Integer, Double>> byId = new LinkedHashMap<>();
        try {
            List<String> lines = Files.readAllLines(FILE);
            for (String line : lines.subList(1, lines.size())) {
                if (line.isBlank()) {
                    continue;
                }
                String[] f = line.split(",", 4);
                byId.computeIfAbsent(f[0], k -> new TreeMap<>()).put(Integer.parseInt(f[1]), Double.parseDouble(f[2]));
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
