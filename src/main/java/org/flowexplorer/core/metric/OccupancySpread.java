package org.flowexplorer.core.metric;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * What occupancy TV two independent samples show by chance (algorithms.md §4): the distribution
 * of {@code ½ Σ_k |a_k − b_k|} between the occupancy histograms of two independent samples of
 * sizes n and m from K equally weighted modes (each point's mode uniform, as the mixture datasets
 * draw them), estimated by Monte Carlo from a fixed seed. A particle set whose occupancy TV to
 * the targets exceeds a high quantile of this spread is less balanced than an independent sample
 * of the mixture would be.
 *
 * @param n        first sample size (the particles)
 * @param m        second sample size (the targets)
 * @param modes    K
 * @param pairs    Monte-Carlo pairs drawn
 * @param median   median TV over the pairs
 * @param quantile the {@link #QUANTILE} quantile over the pairs: the convergence threshold
 */
public record OccupancySpread(int n, int m, int modes, int pairs, double median, double quantile) {
    /** The quantile used as threshold. */
    public static final double QUANTILE = 0.99;
    /** Monte-Carlo pairs of the default measurement. */
    public static final int PAIRS = 4000;

    /** The spread for sizes n, m and K modes from {@value #PAIRS} pairs (seed fixed: deterministic). */
    public static OccupancySpread measure(int n, int m, int modes) {
        return measure(n, m, modes, PAIRS, 20_240_601L);
    }

    public static OccupancySpread measure(int n, int m, int modes, int pairs, long seed) {
        if (n < 1 || m < 1 || modes < 1 || pairs < 1) {
            throw new IllegalArgumentException("need n, m, K and pairs ≥ 1");
        }
        SplittableRandom rng = new SplittableRandom(seed);
        double[] tv = new double[pairs];
        double[] a = new double[modes];
        double[] b = new double[modes];
        for (int p = 0; p < pairs; p++) {
            draw(rng, n, a);
            draw(rng, m, b);
            tv[p] = ModeBalance.totalVariation(a, b);
        }
        Arrays.sort(tv);
        return new OccupancySpread(n, m, modes, pairs, quantile(tv, 0.5), quantile(tv, QUANTILE));
    }

    private static void draw(SplittableRandom rng, int size, double[] h) {
        Arrays.fill(h, 0);
        for (int i = 0; i < size; i++) {
            h[rng.nextInt(h.length)]++;
        }
        for (int k = 0; k < h.length; k++) {
            h[k] /= size;
        }
    }

    /** Linear interpolation between order statistics of a sorted array. */
    private static double quantile(double[] sorted, double q) {
        double pos = q * (sorted.length - 1);
        int lo = (int) Math.floor(pos);
        int hi = Math.min(sorted.length - 1, lo + 1);
        return sorted[lo] + (pos - lo) * (sorted[hi] - sorted[lo]);
    }
}
