package org.hermit.model.random;

import java.util.SplittableRandom;

/**
 * Deterministic random streams. Every stream is derived from (master seed, run index, stream id) by hashing, so a
 * run's draws never depend on which thread ran it or on what other runs drew.
 */
public final class RandomStreams {
    /** Stream ids. Channels use CHANNEL_BASE + channel ordinal; household blocks HOUSEHOLD_BASE + block. */
    public static final int PARAMETERS = 1;
    public static final int HARVEST = 2;
    public static final int MARKETS = 3;
    public static final int TREASURY = 4;
    public static final int CHANNEL_BASE = 100;
    public static final int HOUSEHOLD_BASE = 1_000;

    private RandomStreams() {}

    /** The seed of run runIndex of an ensemble with this master seed. */
    public static long runSeed(long masterSeed, long runIndex) {
        return mix(mix(masterSeed) ^ mix(runIndex + 0x632BE59BD9B4E019L));
    }

    /** A new generator for one stream of one run. */
    public static SplittableRandom stream(long runSeed, int streamId) {
        return new SplittableRandom(mix(runSeed ^ mix(0x9E3779B97F4A7C15L * (streamId + 1L))));
    }

    /** SplitMix64's finaliser: a bijective mix of 64 bits. */
    public static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** Poisson draw by inversion (for the small monthly means used here); allocation free. */
    public static int poisson(SplittableRandom rng, double mean) {
        if (mean <= 0) {
            return 0;
        }
        double l = Math.exp(-mean);
        int k = 0;
        double p = rng.nextDouble();
        double cdf = l;
        double term = l;
        while (p > cdf && k < 1000) {
            k++;
            term *= mean / k;
            cdf += term;
        }
        return k;
    }

    /** Standard normal by Box-Muller (one of the pair); allocation free. */
    public static double normal(SplittableRandom rng) {
        double u1 = rng.nextDouble();
        double u2 = rng.nextDouble();
        return Math.sqrt(-2.0 * Math.log(1.0 - u1)) * Math.cos(2.0 * Math.PI * u2);
    }
}
