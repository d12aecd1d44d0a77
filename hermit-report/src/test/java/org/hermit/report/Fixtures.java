package org.hermit.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.hermit.io.observed.ObservedCsv;
import org.hermit.io.observed.ObservedData;
import org.hermit.model.output.Variables;

/**
 * The test fixtures: output directories in the documented format (synthetic numbers of plausible size, not model
 * results) and observed data in the public observed-data format ({@code series,date,value,unit,source}), taken from
 * the bundled evidence (`hermit data`).
 */
final class Fixtures {
    private Fixtures() {}

    static Path resource(String name) {
        try {
            return Path.of(Fixtures.class.getResource("fixtures/" + name).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("missing test fixture " + name, e);
        }
    }

    /** A writable copy of the comparison fixture (compare.json, baseline/, coal_ban/, diff/). */
    static Path comparison(Path tmp) {
        Path target = tmp.resolve("compare");
        copy(resource("compare"), target);
        return target;
    }

    /** A writable copy of one run's output directory (the comparison's baseline). */
    static Path run(Path tmp) {
        Path target = tmp.resolve("baseline");
        copy(resource("compare/baseline"), target);
        return target;
    }

    /**
     * Observed values from the bundled evidence, written in the public observed-data format (the spread of a period
     * kept as its lowest and highest raw value) and read back the way the project reads a user's file.
     */
    static Observations observed() {
        Set<String> known = new HashSet<>();
        Variables.all().forEach(v -> known.add(v.id()));
        List<String> warnings = new ArrayList<>();
        ObservedData data = ObservedCsv.read(resource("observed.csv"), known, warnings::add);
        if (!warnings.isEmpty()) {
            throw new IllegalStateException("the observed fixture has series the model does not know: " + warnings);
        }
        return Observations.from(data);
    }

    static void copy(Path from, Path to) {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
