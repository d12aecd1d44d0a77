package org.hermit.model.param;

import java.util.List;

/**
 * One parameter of the model: what it is, its unit, its central value, its uncertainty, the range of legal
 * values, and where it comes from. Either sources is non-empty or assumption states the reason for the number.
 *
 * @param min smallest legal value (a scenario override outside [min, max] is rejected)
 * @param max largest legal value
 */
public record ParameterDef(String id, String unit, String description, double central, Distribution prior,
                           double min, double max, List<SourceRef> sources, String assumption) {
    public ParameterDef {
        if (id == null || !id.matches("[a-z][a-z0-9_]*(\\.[a-z0-9_]+)*")) {
            throw new IllegalArgumentException("parameter id must be lower_snake words joined by dots, got '" + id + "'");
        }
        sources = sources == null ? List.of() : List.copyOf(sources);
        assumption = assumption == null ? "" : assumption;
        description = description == null ? "" : description;
        unit = unit == null ? "" : unit;
        if (sources.isEmpty() && assumption.isBlank()) {
            throw new IllegalArgumentException("parameter " + id + " needs sources or a stated assumption");
        }
        if (!(min <= max)) {
            throw new IllegalArgumentException("parameter " + id + " needs min <= max");
        }
        if (central < min || central > max) {
            throw new IllegalArgumentException("parameter " + id + ": central value " + central + " outside [" + min + ", " + max + "]");
        }
    }

    public boolean isAssumption() {
        return sources.isEmpty();
    }

    /** Clamps a drawn value into the legal range (an unbounded prior such as a normal may stray outside it). */
    public double clamp(double v) {
        return v < min ? min : (v > max ? max : v);
    }
}
