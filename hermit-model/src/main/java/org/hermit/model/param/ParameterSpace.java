package org.hermit.model.param;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.DoubleUnaryOperator;

/** The ordered set of parameters (the registry): ids map to indices into a run's value array. */
public final class ParameterSpace {
    private final List<ParameterDef> defs;
    private final Map<String, Integer> index;
    /** indexOf(prefix + name) by prefix, then name: filled as runs ask, so that no id is built twice. */
    private final Map<String, Map<String, Integer>> byPrefix = new ConcurrentHashMap<>();
    /** The priors' quantile functions prepared for drawing; built on first use (a race builds equal ones). */
    private volatile DoubleUnaryOperator[] priorQuantiles;

    public ParameterSpace(List<ParameterDef> defs) {
        this.defs = List.copyOf(defs);
        Map<String, Integer> idx = new HashMap<>();
        for (int i = 0; i < this.defs.size(); i++) {
            // Interned, so that looking up an id written in the code (a literal, interned too) finds its key by
            // identity instead of comparing characters: a run's set-up reads a few hundred parameters by id.
            if (idx.put(this.defs.get(i).id().intern(), i) != null) {
                throw new IllegalArgumentException("duplicate parameter id " + this.defs.get(i).id());
            }
        }
        this.index = Collections.unmodifiableMap(idx);
    }

    public int size() {
        return defs.size();
    }

    public List<ParameterDef> defs() {
        return defs;
    }

    public ParameterDef get(int i) {
        return defs.get(i);
    }

    public Optional<ParameterDef> find(String id) {
        Integer i = index.get(id);
        return i == null ? Optional.empty() : Optional.of(defs.get(i));
    }

    public boolean contains(String id) {
        return index.containsKey(id);
    }

    /** Index of id; throws IllegalArgumentException naming the id when unknown. */
    public int indexOf(String id) {
        Integer i = index.get(id);
        if (i == null) {
            throw new IllegalArgumentException("unknown parameter id '" + id + "'");
        }
        return i;
    }

    /**
     * Index of prefix + name (as {@link #indexOf(String)}), remembered, so that code that reads the same
     * parameters run after run (a channel reading "coal." + "price_ratio_to_world") neither builds nor hashes the
     * id again.
     */
    public int indexOf(String prefix, String name) {
        Map<String, Integer> names = byPrefix.computeIfAbsent(prefix, k -> new ConcurrentHashMap<>());
        Integer i = names.get(name);
        if (i == null) {
            i = indexOf(prefix + name);
            names.put(name, i);
        }
        return i;
    }

    public List<String> ids() {
        List<String> ids = new ArrayList<>(defs.size());
        for (ParameterDef d : defs) {
            ids.add(d.id());
        }
        return ids;
    }

    /**
     * The quantile function of every parameter's prior, in index order, prepared for drawing many values
     * ({@link PreparedQuantiles}); built once per space, since tabulating the PERT priors takes a moment.
     * Callers must not modify the array.
     */
    public DoubleUnaryOperator[] priorQuantiles() {
        DoubleUnaryOperator[] q = priorQuantiles;
        if (q == null) {
            Distribution[] priors = new Distribution[defs.size()];
            for (int i = 0; i < priors.length; i++) {
                priors[i] = defs.get(i).prior();
            }
            q = PreparedQuantiles.of(priors);
            priorQuantiles = q;
        }
        return q;
    }

    /** The central value of every parameter, in index order. */
    public double[] centralValues() {
        double[] v = new double[defs.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = defs.get(i).central();
        }
        return v;
    }
}
