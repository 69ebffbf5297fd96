package org.flowexplorer.core.metric;

import org.flowexplorer.core.kernel.DenseSums;
import org.flowexplorer.core.math.ParallelRunner;
import org.flowexplorer.core.math.PointSet;

/**
 * MMD² of {@link MmdSquared} for runs too large for its exact scalar O((N + M)²) sums every few
 * steps: particles and targets are thinned to at most {@link #MAX_POINTS} each, taken at an even stride
 * (x_0, x_s, x_2s, …; a run's particles are exchangeable, so this is a fixed random-like subset),
 * and the kernel masses are summed by the fast dense kernels ({@link DenseSums#kernelMass}, within
 * 1e−6 relative of each term):
 * <pre>
 *   MMD² ≈ mean_{i,k ∈ S_x} k(x_i, x_k) + mean_{j,l ∈ S_y} k(y_j, y_l) − 2 mean_{i ∈ S_x, j ∈ S_y} k(x_i, y_j)
 * </pre>
 * The V-statistic's diagonal bias grows to about (1/|S_x| + 1/|S_y|)(1 − E k) ≈ 1e−4 at 20,000
 * points; sliced W2 and the mode metrics always use every point. At N = M = 100,000 a value costs
 * about a tenth of a second instead of minutes.
 */
final class StridedMmd {
    /** The most particles or targets MMD² looks at; the size above which kernel = auto runs in grid mode. */
    static final int MAX_POINTS = 20_000;
    /** {@code 1 / (2 h_m²)} of the metric kernel. */
    private static final double K = 1.0 / (2.0 * MmdSquared.BANDWIDTH * MmdSquared.BANDWIDTH);

    private final PointSet targets;
    private final double targetTerm;
    private final ParallelRunner runner;
    private final int maxPoints;

    /** Thins {@code targets} to {@link #MAX_POINTS} and computes their self term once. */
    StridedMmd(PointSet targets, ParallelRunner runner) {
        this(targets, runner, MAX_POINTS);
    }

    /** As above with another limit (tests). */
    StridedMmd(PointSet targets, ParallelRunner runner, int maxPoints) {
        this.maxPoints = maxPoints;
        this.targets = targets.strided(maxPoints);
        this.runner = runner;
        this.targetTerm = meanMass(this.targets, this.targets, DenseSums.detect(runner));
    }

    /**
     * Above this many particle pairs N·(N + M) a value is computed here even without thinning: the
     * exact sums would take more than about a tenth of a second (N = 2,000 against M = 10,000 in the
     * window's live metrics, every run from about 3,000 points).
     */
    static final double FAST_PAIRS = 2e7;

    /** True when this is the faster way: more than {@link #MAX_POINTS} points or {@link #FAST_PAIRS} pairs. */
    static boolean needed(int particles, int targets) {
        return particles > MAX_POINTS || targets > MAX_POINTS || (double) particles * (particles + targets) > FAST_PAIRS;
    }

    /** MMD² of (thinned) {@code particles} against the thinned targets; never below 0. */
    double compute(PointSet particles) {
        MmdSquared.checkCompatible(particles, targets);
        PointSet x = particles.strided(maxPoints);
        DenseSums sums = DenseSums.detect(runner);
        double value = meanMass(x, x, sums) + targetTerm - 2.0 * meanMass(x, targets, sums);
        return Math.max(0.0, value);
    }

    /** {@code mean_{i,j} k(a_i, b_j)}, rows added in ascending order. */
    private static double meanMass(PointSet a, PointSet b, DenseSums sums) {
        double[] rows = new double[a.size()];
        sums.kernelMass(a, b, K, rows);
        double s = 0.0;
        for (double r : rows) {
            s += r;
        }
        return s / ((double) a.size() * b.size());
    }
}
