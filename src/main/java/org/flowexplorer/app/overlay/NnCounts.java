package org.flowexplorer.app.overlay;

import org.flowexplorer.core.metric.Histogram;
import org.flowexplorer.core.math.ParallelRunner;
import org.flowexplorer.core.math.PointSet;
import org.flowexplorer.core.metric.NearestNeighbours;
import org.flowexplorer.core.sim.Snapshot;

/**
 * The nearest-neighbour histograms of one snapshot (the SD-flow paper's Fig. 4): counts of
 * d_i = min_j ‖x_i − y_j‖ (particle to nearest target) and e_j = min_{k≠j} ‖y_j − y_k‖ (target to
 * nearest other target) over shared equal-width bins ({@link Histogram#edges},
 * {@link Histogram#counts}); the particle counts sum to N, the target counts to M (0 if M = 1).
 *
 * @param step           the snapshot's step
 * @param edges          bin edges, length bins + 1
 * @param particleCounts particles per bin
 * @param targetCounts   targets per bin
 */
public record NnCounts(long step, double[] edges, double[] particleCounts, double[] targetCounts) {
    /** Bins of the chart. */
    public static final int BINS = 40;

    /** Computes the histograms of {@code s} (O((N + M)·M·d), on the caller's thread). */
    public static NnCounts of(Snapshot s, ParallelRunner runner) {
        PointSet targets = s.targets().points();
        NearestNeighbours nn = NearestNeighbours.compute(s.positions(), targets, runner);
        double[] p = nn.particleToTarget();
        double[] t = nn.targetToTarget();
        double[] e = Histogram.edges(p, t, BINS);
        return new NnCounts(s.step(), e, Histogram.counts(p, e),
                t == null ? new double[BINS] : Histogram.counts(t, e));
    }

    /** The centre of bin k. */
    public double centre(int k) {
        return 0.5 * (edges[k] + edges[k + 1]);
    }
}
