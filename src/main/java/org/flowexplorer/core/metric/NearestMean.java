package org.flowexplorer.core.metric;

import org.flowexplorer.core.math.GaussianKernelSums;
import org.flowexplorer.core.math.ParallelRunner;
import org.flowexplorer.core.math.PointSet;

/**
 * Each point's nearest mixture mean (the lowest index on a tie) and its distance to it: the
 * assignment behind mode coverage and mode balance (algorithms.md §6). Each point is handled by one
 * thread, so the result does not depend on the thread count.
 */
final class NearestMean {
    private NearestMean() {
    }

    /** Writes the nearest mean's index into {@code mode[i]} and the distance into {@code distance[i]}. */
    static void assign(PointSet points, PointSet means, ParallelRunner runner, int[] mode, double[] distance) {
        int d = points.dim();
        int k = means.size();
        double[] x = points.coords();
        double[] mu = means.coords();
        runner.forRange(points.size(), (from, to) -> {
            for (int i = from; i < to; i++) {
                int best = 0;
                double bestD2 = Double.POSITIVE_INFINITY;
                for (int j = 0; j < k; j++) {
                    double d2 = GaussianKernelSums.squaredDistance(x, i * d, mu, j * d, d);
                    if (d2 < bestD2) {
                        bestD2 = d2;
                        best = j;
                    }
                }
                mode[i] = best;
                distance[i] = Math.sqrt(bestD2);
            }
        });
    }
}
