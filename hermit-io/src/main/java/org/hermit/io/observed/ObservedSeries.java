package org.hermit.io.observed;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * A canonical observed series, in the model's own id and unit, ready for fitting and scoring.
 *
 * @param id           the model's output variable id, e.g. "kpw_per_usd"
 * @param unit         the unit every observation is in, e.g. "KPW per USD"
 * @param description  what is observed
 * @param observations sorted by frequency (annual first), then period; at most one per frequency and period
 * @param curation     which source and why, in a sentence or two
 */
public record ObservedSeries(String id, String unit, String description, List<Observation> observations,
                             String curation) {
    /** Annual first, then by period: a stable order for printing and comparing. */
    public static final Comparator<Observation> ORDER = Comparator
            .comparing((Observation o) -> o.frequency() == Frequency.MONTHLY)
            .thenComparingInt(Observation::period);

    public ObservedSeries {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("a series needs an id");
        }
        List<Observation> sorted = new ArrayList<>(observations);
        sorted.sort(ORDER);
        for (int i = 1; i < sorted.size(); i++) {
            if (ORDER.compare(sorted.get(i - 1), sorted.get(i)) == 0) {
                throw new IllegalArgumentException(id + ": two observations for " + sorted.get(i).label());
            }
        }
        observations = List.copyOf(sorted);
        unit = unit == null ? "" : unit;
        description = description == null ? "" : description;
        curation = curation == null ? "" : curation;
    }

    public List<Observation> observations(Frequency frequency) {
        return observations.stream().filter(o -> o.frequency() == frequency).toList();
    }

    /** The observation of this frequency and period, if any. */
    public Optional<Observation> at(Frequency frequency, int period) {
        return observations.stream().filter(o -> o.frequency() == frequency && o.period() == period).findFirst();
    }

    /** The same series with only the observations that pass the test. */
    public ObservedSeries filter(Predicate<Observation> keep) {
        return new ObservedSeries(id, unit, description, observations.stream().filter(keep).toList(), curation);
    }

    public ObservedSeries withObservations(List<Observation> replacement) {
        return new ObservedSeries(id, unit, description, replacement, curation);
    }
}
