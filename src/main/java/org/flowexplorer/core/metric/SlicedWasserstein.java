package org.flowexplorer.core.metric;

import org.flowexplorer.core.math.ParallelRunner;
import org.flowexplorer.core.math.PointSet;

/**
 * Sliced 2-Wasserstein distance (algorithms.md §6):
 * <pre>
 *   SW2(x, y) = sqrt( (1/K) Σ_k W2²( {x_i · u_k}, {y_j · u_k} ) )
 * </pre>
 * over the K = 64 fixed directions u_k of {@link SliceDirections} (one direction for d = 1), with
 * the exact 1D W2² of {@link Wasserstein1D} (N ≠ M allowed). The per-direction values are added in
 * ascending k, so the result does not depend on the thread count.
 */
public final class SlicedWasserstein {
    private SlicedWasserstein() {
    }

    /** Sliced W2 between particles and targets. */
    public static double compute(PointSet particles, PointSet targets, ParallelRunner runner) {
        MmdSquared.checkCompatible(particles, targets);
        return compute(SortedProjections.of(particles, runner), SortedProjections.of(targets, runner));
    }

    /** Sliced W2 between particles and the precomputed projections of the targets. */
    public static double compute(PointSet particles, SortedProjections targets, ParallelRunner runner) {
        return compute(SortedProjections.of(particles, runner), targets);
    }

    /** Sliced W2 between two precomputed sets of sorted projections of the same dimension. */
    public static double compute(SortedProjections x, SortedProjections y) {
        if (x.dim() != y.dim()) {
            throw new IllegalArgumentException(
                    "particles have dimension " + x.dim() + " but targets have dimension " + y.dim());
        }
        int count = x.directions();
        double sum = 0.0;
        for (int k = 0; k < count; k++) {
            sum += Wasserstein1D.squaredSorted(x.sortedView(k), x.size(), y.sortedView(k), y.size());
        }
        return Math.sqrt(sum / count);
    }
}
