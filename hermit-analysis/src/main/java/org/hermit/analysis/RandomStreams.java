package org.hermit.analysis;

import java.util.SplittableRandom;

/**
 * Independent random streams addressed by a master seed and a path of indices, such as (seed, generation,
 * particle). Each task builds its own generator from its address, so no generator is ever shared between
 * threads and results do not depend on how work is spread over them.
 */
public final class RandomStreams {
    private static final long GOLDEN_GAMMA = 0x9e3779b97f4a7c15L;

    private RandomStreams() {}

    /** A well-mixed 64-bit hash of the seed and the path (SplitMix64 finaliser applied per component). */
    public static long mix(long seed, long... path) {
        long h = mix64(seed + GOLDEN_GAMMA);
        for (long p : path) {
            h = mix64(h ^ mix64(p + GOLDEN_GAMMA) + GOLDEN_GAMMA);
        }
        return h;
    }

    /** The generator at the given address. */
    public static SplittableRandom stream(long seed, long... path) {
        return new SplittableRandom(mix(seed, path));
    }

    private static long mix64(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
