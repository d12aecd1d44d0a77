package org.hermit.io.observed;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.hermit.io.evidence.Evidence;

/**
 * Observed series by id: the bundled evidence after curation, a user's CSV, or both merged. Immutable.
 */
public final class ObservedData {
    private final SortedMap<String, ObservedSeries> series;

    public ObservedData(Map<String, ObservedSeries> series) {
        TreeMap<String, ObservedSeries> copy = new TreeMap<>();
        series.forEach((id, s) -> {
            if (!id.equals(s.id())) {
                throw new IllegalArgumentException("series stored under '" + id + "' has id '" + s.id() + "'");
            }
            copy.put(id, s);
        });
        this.series = Collections.unmodifiableSortedMap(copy);
    }

    public static ObservedData of(List<ObservedSeries> list) {
        TreeMap<String, ObservedSeries> map = new TreeMap<>();
        for (ObservedSeries s : list) {
            if (map.put(s.id(), s) != null) {
                throw new IllegalArgumentException("series '" + s.id() + "' given twice");
            }
        }
        return new ObservedData(map);
    }

    /** The bundled evidence curated into canonical series (see {@link Curation}); computed once per JVM. */
    public static ObservedData bundled() {
        return Bundled.INSTANCE;
    }

    private static final class Bundled {
        static final ObservedData INSTANCE = Curation.curate(Evidence.bundled());
    }

    /** Series by id, sorted by id. */
    public SortedMap<String, ObservedSeries> series() {
        return series;
    }

    public Optional<ObservedSeries> series(String id) {
        return Optional.ofNullable(series.get(id));
    }

    /**
     * This data with the other's series added. Where both have a series, the observations are combined and the
     * other's observation wins for a period both have (so a user's file overrides or extends the bundled data);
     * the unit, description and curation note of this data are kept unless blank.
     */
    public ObservedData merge(ObservedData other) {
        TreeMap<String, ObservedSeries> merged = new TreeMap<>(series);
        other.series.forEach((id, theirs) -> merged.merge(id, theirs, ObservedData::combine));
        return new ObservedData(merged);
    }

    private static ObservedSeries combine(ObservedSeries ours, ObservedSeries theirs) {
        List<Observation> observations = new ArrayList<>(theirs.observations());
        for (Observation o : ours.observations()) {
            if (theirs.at(o.frequency(), o.period()).isEmpty()) {
                observations.add(o);
            }
        }
        return new ObservedSeries(ours.id(),
                ours.unit().isBlank() ? theirs.unit() : ours.unit(),
                ours.description().isBlank() ? theirs.description() : ours.description(),
                observations,
                ours.curation().isBlank() ? theirs.curation() : ours.curation());
    }

    /** Only the observations that end at or before the month (an annual one ends in December): the fitting side of a cut-off. */
    public ObservedData upTo(int month) {
        return filter(o -> o.lastMonth() <= month);
    }

    /** Only the observations that start after the month: the scoring side of a cut-off. */
    public ObservedData after(int month) {
        return filter(o -> o.firstMonth() > month);
    }

    /** The observations that pass the test; series left empty are kept (with no observations). */
    public ObservedData filter(Predicate<Observation> keep) {
        TreeMap<String, ObservedSeries> filtered = new TreeMap<>();
        series.forEach((id, s) -> filtered.put(id, s.filter(keep)));
        return new ObservedData(filtered);
    }

    @Override
    public String toString() {
        return "ObservedData" + series.keySet();
    }
}
