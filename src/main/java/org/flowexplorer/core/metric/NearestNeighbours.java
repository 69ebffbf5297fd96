package org.flowexplorer.core.metric;

import java.util.Arrays;
import org.flowexplorer.core.math.GaussianKernelSums;
import org.flowexplorer.core.math.ParallelRunner;
import org.flowexplorer.core.math.PointSet;

/**
 * Nearest-neighbour distances of the SD-flow paper's Fig. 4 (algorithms.md §6):
 * <pre>
 *   a_i = min_j ‖x_i − y_j‖            for each particle i = 1..N
 *   b_j = min_{l ≠ j} ‖y_j − y_l‖      for each target j = 1..M   (M ≥ 2)
 * </pre>
 * "Other" means a different index, so a duplicated target has b_j = 0. Both sides are summarised
 * by mean and median (an even count takes the mean of the two middle values); the target side is
 * null if M &lt; 2. The raw distances are kept for the histogram. Each particle's (target's)
 * minimum is found by one thread, so the arrays do not depend on the thread count.
 */
public final class NearestNeighbours {
    private final double[] particleToTarget;
    private final double[] targetToTarget;

    private NearestNeighbours(double[] particleToTarget, double[] targetToTarget) {
        this.particleToTarget = particleToTarget;
        this.targetToTarget = targetToTarget;
    }

    /** Computes both distance arrays by exhaustive search, O((N + M)·M·d). */
    public static NearestNeighbours compute(PointSet particles, PointSet targets, ParallelRunner runner) {
        MmdSquared.checkCompatible(particles, targets);
        double[] p2t = nearest(particles, targets, false, runner);
        double[] t2t = targets.size() < 2 ? null : nearest(targets, targets, true, runner);
        return new NearestNeighbours(p2t, t2t);
    }

    /** Distance from each point of {@code from} to its nearest point of {@code to}, O(|from|·|to|·d). */
    public static double[] distances(PointSet from, PointSet to, ParallelRunner runner) {
        MmdSquared.checkCompatible(from, to);
        return nearest(from, to, false, runner);
    }

    private static double[] nearest(PointSet from, PointSet to, boolean skipSame, ParallelRunner runner) {
        int n = from.size();
        int m = to.size();
        int d = from.dim();
        double[] a = from.coords();
        double[] b = to.coords();
        double[] out = new double[n];
        runner.forRange(n, (lo, hi) -> {
            for (int i = lo; i < hi; i++) {
                double best = Double.POSITIVE_INFINITY;
                for (int j = 0; j < m; j++) {
                    if (skipSame && j == i) {
                        continue;
                    }
                    double d2 = GaussianKernelSums.squaredDistance(a, i * d, b, j * d, d);
                    if (d2 < best) {
                        best = d2;
                    }
                }
                out[i] = Math.sqrt(best);
            }
        });
        return out;
    }

    /** Distance from each particle to its nearest target (a new array, length N). */
    public double[] particleToTarget() {
        return particleToTarget.clone();
    }

    /** Distance from each target to its nearest other target (a new array, length M), or null if M &lt; 2. */
    public double[] targetToTarget() {
        return targetToTarget == null ? null : targetToTarget.clone();
    }

    public double particleToTargetMean() {
        return mean(particleToTarget);
    }

    public double particleToTargetMedian() {
        return median(particleToTarget);
    }

    /** Null if M &lt; 2. */
    public Double targetToTargetMean() {
        return targetToTarget == null ? null : mean(targetToTarget);
    }

    /** Null if M &lt; 2. */
    public Double targetToTargetMedian() {
        return targetToTarget == null ? null : median(targetToTarget);
    }

    /** Arithmetic mean, summed in ascending index order. */
    static double mean(double[] v) {
        double s = 0.0;
        for (double x : v) {
            s += x;
        }
        return s / v.length;
    }

    /** Median; an even count gives the mean of the two middle values. */
    static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        int n = s.length;
        return n % 2 == 1 ? s[n / 2] : 0.5 * (s[n / 2 - 1] + s[n / 2]);
    }
}
