package org.flowexplorer.core.metric;

import org.flowexplorer.core.math.GaussianKernelSums;
import org.flowexplorer.core.math.ParallelRunner;
import org.flowexplorer.core.math.PointSet;

/**
 * Squared maximum mean discrepancy, biased (V-statistic) with a Gaussian kernel of fixed width
 * h_m = 0.5 (algorithms.md §6):
 * <pre>
 *   MMD² = mean_{i,k} k(x_i, x_k) + mean_{j,l} k(y_j, y_l) − 2 mean_{i,j} k(x_i, y_j)
 *   k(a, b) = exp(−‖a − b‖² / (2 h_m²)) = exp(−2 ‖a − b‖²)
 * </pre>
 * Diagonal terms (i = k, j = l, each equal to 1) are included. Every row sum is computed by one
 * thread in ascending column order and the rows are added in ascending order, so the result is
 * bitwise identical for any thread count.
 *
 * <p>The self term of the targets does not change while the targets stay the same: compute it
 * once with {@link MmdTargetTerm#of} and pass it to {@link #compute(PointSet, MmdTargetTerm,
 * ParallelRunner)}.
 *
 * <p>MMD² is a squared RKHS norm and therefore ≥ 0; rounding can leave a value of order −1e−16
 * when the two sets (almost) coincide, which is clamped to 0.
 */
public final class MmdSquared {
    /** The kernel width h_m of the metric. */
    public static final double BANDWIDTH = 0.5;
    /** {@code 1 / (2 h_m²)}. */
    private static final double INV_TWO_H2 = 1.0 / (2.0 * BANDWIDTH * BANDWIDTH);

    private MmdSquared() {
    }

    /** MMD² between particles x and targets y (computes all three terms). */
    public static double compute(PointSet particles, PointSet targets, ParallelRunner runner) {
        return compute(particles, MmdTargetTerm.of(targets, runner), runner);
    }

    /** MMD² between particles x and the targets of a precomputed target self term. */
    public static double compute(PointSet particles, MmdTargetTerm targetTerm, ParallelRunner runner) {
        PointSet targets = targetTerm.targets();
        checkCompatible(particles, targets);
        double xx = selfTerm(particles, runner);
        double xy = crossTerm(particles, targets, runner);
        double value = xx + targetTerm.value() - 2.0 * xy;
        return Math.max(0.0, value);
    }

    /**
     * {@code mean_{i,k} k(a_i, a_k)} over all N² ordered pairs, diagonal included. By symmetry it
     * is {@code (N + 2 Σ_{i<k} k(a_i, a_k)) / N²}; row i holds the sum over k &gt; i.
     */
    public static double selfTerm(PointSet a, ParallelRunner runner) {
        int n = a.size();
        requireNonEmpty(n);
        int d = a.dim();
        double[] c = a.coords();
        double[] rows = new double[n];
        runner.forRange(n, (from, to) -> {
            for (int i = from; i < to; i++) {
                double s = 0.0;
                for (int k = i + 1, ko = k * d; k < n; k++, ko += d) {
                    s += kernel(c, i * d, c, ko, d);
                }
                rows[i] = s;
            }
        });
        double offDiagonal = sumAscending(rows);
        double nn = (double) n * n;
        return (n + 2.0 * offDiagonal) / nn;
    }

    /** {@code mean_{i,j} k(x_i, y_j)} over all N·M pairs; row i holds the sum over j. */
    public static double crossTerm(PointSet x, PointSet y, ParallelRunner runner) {
        checkCompatible(x, y);
        int n = x.size();
        int m = y.size();
        int d = x.dim();
        double[] xc = x.coords();
        double[] yc = y.coords();
        double[] rows = new double[n];
        runner.forRange(n, (from, to) -> {
            for (int i = from; i < to; i++) {
                double s = 0.0;
                for (int j = 0, yo = 0; j < m; j++, yo += d) {
                    s += kernel(xc, i * d, yc, yo, d);
                }
                rows[i] = s;
            }
        });
        return sumAscending(rows) / ((double) n * m);
    }

    /** {@code k(a, b) = exp(−‖a − b‖² / (2 h_m²))}, distance from coordinate differences. */
    static double kernel(double[] a, int aOff, double[] b, int bOff, int d) {
        return Math.exp(-GaussianKernelSums.squaredDistance(a, aOff, b, bOff, d) * INV_TWO_H2);
    }

    private static double sumAscending(double[] values) {
        double s = 0.0;
        for (double v : values) {
            s += v;
        }
        return s;
    }

    static void requireNonEmpty(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("a metric needs at least one point in each set");
        }
    }

    static void checkCompatible(PointSet x, PointSet y) {
        requireNonEmpty(x.size());
        requireNonEmpty(y.size());
        if (x.dim() != y.dim()) {
            throw new IllegalArgumentException(
                    "particles have dimension " + x.dim() + " but targets have dimension " + y.dim());
        }
    }
}
