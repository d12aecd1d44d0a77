package org.hermit.report;

import java.nio.file.Path;
import java.util.List;

/**
 * What the report needs from the output directory of one run: its name, its metadata (from run.json), the
 * parameters it used with their sources, and its quantiles.
 *
 * @param name the directory's name (in a comparison, the scenario's folder name)
 */
public record RunOutput(String name, Path dir, Metadata metadata, List<Parameter> parameters, Quantiles quantiles) {
    public RunOutput {
        parameters = List.copyOf(parameters);
    }

    /** The scenario's name for sentences: the metadata's scenario, else the folder name. */
    public String scenario() {
        return metadata.scenario().isBlank() ? name : metadata.scenario();
    }

    /**
     * run.json's facts in file order, nested objects flattened with dots (timings.total_s); parameters and the file
     * list are kept apart.
     *
     * @param scenario the scenario's name ("" when run.json does not say)
     * @param runs     how many runs the ensemble has (0 when run.json does not say)
     */
    public record Metadata(String scenario, long runs, List<Field> fields) {
        public Metadata {
            scenario = scenario == null ? "" : scenario;
            fields = List.copyOf(fields);
        }
    }

    /** One fact of run.json: its key path and its value as text. */
    public record Field(String key, String value) {}

    /**
     * One parameter as the run used it.
     *
     * @param central      its central value (NaN when not given)
     * @param distribution its uncertainty as text, e.g. "pert(18000000, 22000000, 26000000)"
     * @param origin       where the distribution came from: "prior" (the registry), "scenario" (an override) or
     *                     "posterior" (a calibration); "" when not said
     */
    public record Parameter(String id, String unit, String description, double central, String distribution,
                            String origin, List<Source> sources, String assumption) {
        public Parameter {
            unit = unit == null ? "" : unit;
            description = description == null ? "" : description;
            distribution = distribution == null ? "" : distribution;
            origin = origin == null ? "" : origin;
            sources = List.copyOf(sources);
            assumption = assumption == null ? "" : assumption;
        }
    }

    /** A row of the evidence a parameter rests on, with the address it came from. */
    public record Source(String file, String series, String period, String url, String note) {
        public Source {
            file = file == null ? "" : file;
            series = series == null ? "" : series;
            period = period == null ? "" : period;
            url = url == null ? "" : url;
            note = note == null ? "" : note;
        }
    }
}
