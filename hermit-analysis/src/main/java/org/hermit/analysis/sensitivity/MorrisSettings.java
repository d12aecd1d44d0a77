package org.hermit.analysis.sensitivity;

/**
 * Settings of a Morris screening.
 *
 * @param trajectories       r, trajectories to evaluate (at least 2); the cost is r (k + 1) evaluations
 * @param levels             p, grid levels per parameter (even, at least 2; 4 is usual)
 * @param candidates         0 for r random trajectories, or a number M &gt; r of random candidates from which
 *                           the r most spread out are chosen (Campolongo et al. 2007)
 * @param bootstrapResamples resamples of the trajectories behind the 95% interval of mu*
 * @param seed               seed of the design and the bootstrap
 * @param threads            worker threads; 0 or less uses every available processor
 */
public record MorrisSettings(int trajectories, int levels, int candidates, int bootstrapResamples, long seed,
                             int threads) {

    public MorrisSettings {
        if (trajectories < 2) {
            throw new IllegalArgumentException("Morris needs at least 2 trajectories, got " + trajectories);
        }
        if (levels < 2 || levels % 2 != 0) {
            throw new IllegalArgumentException("Morris levels must be even and at least 2, got " + levels);
        }
        if (candidates != 0 && candidates <= trajectories) {
            throw new IllegalArgumentException("candidates must be 0 or more than the " + trajectories
                    + " trajectories, got " + candidates);
        }
        if (bootstrapResamples < 1) {
            throw new IllegalArgumentException("need at least 1 bootstrap resample, got " + bootstrapResamples);
        }
    }

    /** r trajectories on 4 levels, no candidate selection, 500 bootstrap resamples. */
    public static MorrisSettings of(int trajectories, long seed, int threads) {
        return new MorrisSettings(trajectories, 4, 0, 500, seed, threads);
    }

    public MorrisSettings withLevels(int v) {
        return new MorrisSettings(trajectories, v, candidates, bootstrapResamples, seed, threads);
    }

    public MorrisSettings withCandidates(int v) {
        return new MorrisSettings(trajectories, levels, v, bootstrapResamples, seed, threads);
    }

    public MorrisSettings withThreads(int v) {
        return new MorrisSettings(trajectories, levels, candidates, bootstrapResamples, seed, v);
    }
}
