package org.hermit.engine;

import java.util.List;

/**
 * A sample from a posterior distribution of parameters (for example written by a calibration): a table of
 * draws, one column per parameter id, with optional non-negative weights.
 */
public interface PosteriorDraws {

    /** The parameter ids of the columns. */
    List<String> ids();

    /** Number of draws (at least one). */
    int size();

    /** The value of column {@code column} in draw {@code draw}. */
    double value(int draw, int column);

    /** The draw's weight (non-negative; need not be normalised). Unweighted samples return 1. */
    default double weight(int draw) {
        return 1.0;
    }

    /** An unweighted sample held in memory: {@code draws[i][j]} is parameter {@code ids[j]} in draw i. */
    static PosteriorDraws of(List<String> ids, double[][] draws) {
        List<String> idsCopy = List.copyOf(ids);
        double[][] copy = new double[draws.length][];
        for (int i = 0; i < draws.length; i++) {
            if (draws[i].length != idsCopy.size()) {
                throw new IllegalArgumentException("draw " + i + " has " + draws[i].length + " values for "
                        + idsCopy.size() + " parameters");
            }
            copy[i] = draws[i].clone();
        }
        if (copy.length == 0) {
            throw new IllegalArgumentException("a posterior sample needs at least one draw");
        }
        return new PosteriorDraws() {
            @Override
            public List<String> ids() {
                return idsCopy;
            }

            @Override
            public int size() {
                return copy.length;
            }

            @Override
            public double value(int draw, int column) {
                return copy[draw][column];
            }
        };
    }
}
