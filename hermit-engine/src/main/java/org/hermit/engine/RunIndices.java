package org.hermit.engine;

import java.util.Arrays;
import java.util.BitSet;

/** A strictly ascending set of run indices: a whole ensemble, or the runs a resumed sweep still lacks. */
public final class RunIndices {
    private final int[] indices;

    private RunIndices(int[] indices) {
        this.indices = indices;
    }

    /** Runs 0 .. runs-1. */
    public static RunIndices all(int runs) {
        if (runs < 0) {
            throw new IllegalArgumentException("runs must not be negative, got " + runs);
        }
        int[] a = new int[runs];
        Arrays.setAll(a, i -> i);
        return new RunIndices(a);
    }

    /** These indices (non-negative, strictly ascending). */
    public static RunIndices of(int... indices) {
        for (int i = 0; i < indices.length; i++) {
            if (indices[i] < 0 || (i > 0 && indices[i] <= indices[i - 1])) {
                throw new IllegalArgumentException("run indices must be non-negative and strictly ascending");
            }
        }
        return new RunIndices(indices.clone());
    }

    /** The runs 0 .. runs-1 that are not in done. */
    public static RunIndices missing(int runs, BitSet done) {
        return new RunIndices(java.util.stream.IntStream.range(0, runs).filter(i -> !done.get(i)).toArray());
    }

    public int size() {
        return indices.length;
    }

    public int get(int position) {
        return indices[position];
    }

    public boolean isEmpty() {
        return indices.length == 0;
    }

    public int[] toArray() {
        return indices.clone();
    }

    @Override
    public String toString() {
        return indices.length <= 8 ? Arrays.toString(indices) : indices.length + " runs from " + indices[0] + " to " + indices[indices.length - 1];
    }
}
