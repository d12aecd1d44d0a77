package org.hermit.io.output;

import java.nio.file.Path;
import java.util.List;
import org.hermit.engine.stats.EnsembleSummary;

/** A finished comparison: each scenario's sweep, the statistics of the paired differences b - a, the files. */
public record CompareOutcome(Path directory, SweepOutcome a, SweepOutcome b, EnsembleSummary difference,
                             CompareManifest manifest, List<Path> files) {
    public CompareOutcome {
        files = List.copyOf(files);
    }
}
