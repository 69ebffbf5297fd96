package org.flowexplorer.core.metric;

import org.flowexplorer.core.data.Mixture;
import org.flowexplorer.core.math.ParallelRunner;
import org.flowexplorer.core.math.PointSet;

/**
 * How the particles are spread over the modes of a Gaussian mixture, beyond coverage
 * (algorithms.md §4). Each point belongs to its nearest mean (lowest index on a tie).
 * <ul>
 *   <li><b>occupancy</b> of a set: the share of its in-mode points (within 3·std of their mean)
 *       that each mode holds, a histogram over the K modes summing to 1;</li>
 *   <li><b>occupancy TV</b>: total variation between the particles' and the targets' occupancy,
 *       {@code TV = ½ Σ_k |a_k − b_k|} (1 when either set has no in-mode point);</li>
 *   <li><b>outlier fraction</b>: the fraction of particles farther than 5·std from every mean.</li>
 * </ul>
 *
 * @param occupancyTv     total variation of the two occupancy histograms, in [0, 1]
 * @param outlierFraction fraction of particles beyond {@value #OUTLIER_STDS} std of every mean
 */
public record ModeBalance(double occupancyTv, double outlierFraction) {
    /** In-mode radius in mode standard deviations (as {@link ModeCoverage}). */
    public static final double IN_MODE_STDS = 3.0;
    /** Outlier radius in mode standard deviations. */
    public static final double OUTLIER_STDS = 5.0;

    /** The balance of {@code particles} against {@code targets} on the mixture's modes. */
    public static ModeBalance compute(PointSet particles, PointSet targets, Mixture mixture, ParallelRunner runner) {
        MmdSquared.checkCompatible(particles, mixture.means());
        MmdSquared.checkCompatible(targets, mixture.means());
        double[] nearest = new double[particles.size()];
        double[] a = occupancy(particles, mixture, runner, nearest);
        double[] b = occupancy(targets, mixture, runner, new double[targets.size()]);
        double far = OUTLIER_STDS * mixture.std();
        int outliers = 0;
        for (double r : nearest) {
            if (r > far) {
                outliers++;
            }
        }
        return new ModeBalance(totalVariation(a, b), (double) outliers / particles.size());
    }

    /** ½ Σ |a_k − b_k| of two histograms that each sum to 1 (or are all zero: then 1). */
    public static double totalVariation(double[] a, double[] b) {
        double sa = 0;
        double sb = 0;
        double s = 0;
        for (int k = 0; k < a.length; k++) {
            sa += a[k];
            sb += b[k];
            s += Math.abs(a[k] - b[k]);
        }
        return sa == 0 || sb == 0 ? 1.0 : 0.5 * s;
    }

    /** The occupancy of {@code points}: the share of their in-mode points held by each mode (sums to 1, or all 0). */
    public static double[] occupancy(PointSet points, Mixture mixture, ParallelRunner runner) {
        return occupancy(points, mixture, runner, new double[points.size()]);
    }

    /**
     * The occupancy histogram of {@code points}; {@code distance[i]} receives the distance of point
     * i to its nearest mean.
     */
    static double[] occupancy(PointSet points, Mixture mixture, ParallelRunner runner, double[] distance) {
        int n = points.size();
        int k = mixture.modes();
        int[] mode = new int[n];
        NearestMean.assign(points, mixture.means(), runner, mode, distance);
        double radius = IN_MODE_STDS * mixture.std();
        double[] h = new double[k];
        int in = 0;
        for (int i = 0; i < n; i++) {
            if (distance[i] <= radius) {
                h[mode[i]]++;
                in++;
            }
        }
        for (int j = 0; j < k && in > 0; j++) {
            h[j] /= in;
        }
        return h;
    }
}
