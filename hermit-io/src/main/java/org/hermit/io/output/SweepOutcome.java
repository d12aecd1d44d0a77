package org.hermit.io.output;

import java.nio.file.Path;
import java.util.List;
import org.hermit.engine.stats.EnsembleSummary;

/** A finished sweep: its output directory, its statistics, its run.json and the files it wrote. */
public record SweepOutcome(Path directory, EnsembleSummary summary, RunManifest manifest, List<Path> files) {
    public SweepOutcome {
        files = List.copyOf(files);
    }
}
