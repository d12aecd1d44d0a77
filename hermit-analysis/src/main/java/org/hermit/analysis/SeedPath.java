package org.hermit.analysis;

import java.util.SplittableRandom;
import org.hermit.model.random.RandomStreams;

/**
 * Independent random streams addressed by a master seed and a path of indices, such as (seed, generation,
 * particle). Each task builds its own generator from its address, so no generator is ever shared between
 * threads and results do not depend on how work is spread over them.
 */
public final class SeedPath {
    private static final long GOLDEN_GAMMA = 0x9e3779b97f4a7c15L;

    private SeedPath() {}

    /** A well-mixed 64-bit hash of the seed and the path (SplitMix64's finaliser applied per component). */
    public static long mix(long seed, long... path) {
        long h = RandomStreams.mix(seed + GOLDEN_GAMMA);
        for (long p : path) {
            h = RandomStreams.mix(h ^ RandomStreams.mix(p + GOLDEN_GAMMA) + GOLDEN_GAMMA);
        }
        return h;
    }

    /** The generator at the given address. */
    public static SplittableRandom stream(long seed, long... path) {
        return new SplittableRandom(mix(seed, path));
    }
}
