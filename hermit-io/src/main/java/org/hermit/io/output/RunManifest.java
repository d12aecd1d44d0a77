package org.hermit.io.output;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.hermit.engine.ParameterSampler.ParameterUse;
import org.hermit.io.InputException;
import org.hermit.model.param.SourceRef;

/**
 * run.json: what was run (scenario name, origin, content hash), how (seed, runs, threads, version, months,
 * how parameters were drawn), when and how long it took, every parameter definition used with its sources, and
 * the files written. Written last, so its presence says the output directory is complete.
 *
 * @param parameterMode    "central" (a single run at central values) or "random" (draws per run)
 * @param seriesRuns       how many runs series.csv and series.parquet hold (runs 0 .. seriesRuns-1)
 * @param exactQuantiles   true when quantiles are exact, false when t-digest estimates
 */
public record RunManifest(String scenario, String origin, String scenarioHash, String description,
                          long seed, int runs, int threads, String version, String startMonth, String endMonth,
                          String created, Timings timings, String parameterMode, String posterior, int seriesRuns,
                          boolean exactQuantiles, List<Parameter> parameters, List<String> files) {

    public static final String FILE = "run.json";

    public RunManifest {
        parameters = List.copyOf(parameters);
        files = List.copyOf(files);
    }

    /** Seconds spent running the model, writing the outputs, and in all; runs computed now and resumed from disk. */
    public record Timings(double runSeconds, double writeSeconds, double totalSeconds, int runsComputed, int runsResumed) {}

    /** One parameter as it was drawn. */
    public record Parameter(String id, String unit, String description, double central, double min, double max,
                            String distribution, String origin, List<Source> sources, String assumption) {
        public Parameter {
            sources = List.copyOf(sources);
        }

        static Parameter of(ParameterUse use) {
            List<Source> s = new ArrayList<>();
            for (SourceRef r : use.def().sources()) {
                s.add(new Source(r.file(), r.series(), r.period(), r.url(), r.note()));
            }
            return new Parameter(use.def().id(), use.def().unit(), use.def().description(), use.def().central(),
                    use.def().min(), use.def().max(), use.describe(), use.origin().id(), s, use.def().assumption());
        }
    }

    /** A row of the bundled evidence a parameter rests on. */
    public record Source(String file, String series, String period, String url, String note) {}

    static List<Parameter> parametersOf(List<ParameterUse> uses) {
        return uses.stream().map(Parameter::of).toList();
    }

    private static ObjectMapper mapper() {
        return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    }

    public void write(Path file) {
        try {
            AtomicFiles.write(file, out -> mapper().writeValue(out, this));
        } catch (UncheckedIOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getCause().getMessage(), e.getCause());
        }
    }

    /** Reads run.json; a missing or malformed file is an {@link InputException} naming it. */
    public static RunManifest read(Path file) {
        try {
            return mapper().readValue(file.toFile(), RunManifest.class);
        } catch (IOException e) {
            throw InputException.of(file.toString(), 0, 0, "", "cannot read the run description: "
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst().orElse("")));
        }
    }
}
