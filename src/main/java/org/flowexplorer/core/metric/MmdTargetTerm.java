package org.flowexplorer.core.metric;

import org.flowexplorer.core.math.ParallelRunner;
import org.flowexplorer.core.math.PointSet;

/**
 * The target self term {@code mean_{j,l} k(y_j, y_l)} of {@link MmdSquared}, kept together with
 * the target set it belongs to. It depends only on the targets, so a simulation computes it once
 * per target set and reuses it for every MMD² evaluation (an O(M²) saving per call).
 *
 * @param targets the targets y_1..y_M
 * @param value   {@code mean_{j,l} k(y_j, y_l)} with the metric kernel (diagonal included)
 */
public record MmdTargetTerm(PointSet targets, double value) {
    public MmdTargetTerm {
        if (targets == null) {
            throw new IllegalArgumentException("targets are missing");
        }
    }

    /** Computes the self term of {@code targets}. */
    public static MmdTargetTerm of(PointSet targets, ParallelRunner runner) {
        return new MmdTargetTerm(targets, MmdSquared.selfTerm(targets, runner));
    }
}
