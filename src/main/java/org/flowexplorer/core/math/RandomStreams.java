package org.flowexplorer.core.math;

import java.util.SplittableRandom;

/**
 * The one source of randomness: every random number of a run comes from a stream derived from
 * (seed, purpose, step, index) by a SplitMix64-style hash. Because a particle's noise depends only
 * on these four values, results are identical for any thread count and any batching order.
 */
public final class RandomStreams {
    /**
     * What a stream is used for; keeps streams of different purposes independent. Each purpose has a
     * fixed code in the hash, so adding or removing one never changes the numbers of the others.
     */
    public enum Purpose {
        TARGETS(1), BASE(2), STEP_NOISE(3), MMD_NOISE(4), TARGET_BATCH(5), PARTICLE_BATCH(6), MODEL(7), EXTRA(9),
        /** The pairs of the SVGD bandwidth median estimated from a sample (large N). */
        SVGD_PAIRS(10);

        private final long code;

        Purpose(long code) {
            this.code = code;
        }
    }

    private final long seed;

    public RandomStreams(long seed) {
        this.seed = seed;
    }

    public long seed() {
        return seed;
    }

    /** A fresh generator for (purpose, step, index). */
    public SplittableRandom stream(Purpose purpose, long step, long index) {
        long h = mix(seed ^ 0x9E3779B97F4A7C15L);
        h = mix(h ^ purpose.code * 0xBF58476D1CE4E5B9L);
        h = mix(h ^ step * 0x94D049BB133111EBL);
        h = mix(h ^ index * 0xD6E8FEB86659FD93L);
        return new SplittableRandom(h);
    }

    /** A fresh generator for (purpose, step). */
    public SplittableRandom stream(Purpose purpose, long step) {
        return stream(purpose, step, -1L);
    }

    /**
     * {@code k} distinct indices from {@code 0..n-1}, drawn without replacement (partial
     * Fisher–Yates) and returned in ascending order so that sums keep ascending index order.
     */
    public static int[] sortedSubset(SplittableRandom rng, int n, int k) {
        return sortedSubset(rng, n, k, new int[n], new int[k]);
    }

    /**
     * {@link #sortedSubset(SplittableRandom, int, int)} in caller-owned arrays (the same indices):
     * {@code work} of length ≥ n is overwritten, the result is written to and returned as {@code out}
     * (length k).
     */
    public static int[] sortedSubset(SplittableRandom rng, int n, int k, int[] work, int[] out) {
        int[] perm = work;
        for (int i = 0; i < n; i++) {
            perm[i] = i;
        }
        for (int i = 0; i < k; i++) {
            int j = i + rng.nextInt(n - i);
            int t = perm[i];
            perm[i] = perm[j];
            perm[j] = t;
        }
        System.arraycopy(perm, 0, out, 0, k);
        java.util.Arrays.sort(out);
        return out;
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
