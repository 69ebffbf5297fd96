package org.flowexplorer.core.kernel;

import org.flowexplorer.core.math.PointSet;

/**
 * Measures grid mode's error as a run goes: at a fixed set of evaluation points (evenly spaced
 * indices) it recomputes a grid sum exactly with the dense kernels and compares:
 * <pre>
 *   error = mean_i ‖g_i − e_i‖ / (‖e_i‖ + 0.1 · mean_j ‖e_j‖)
 * </pre>
 * (g grid, e exact: a relative error that does not explode where a sum is near zero). The cost is
 * that of the sums at {@code points} points, about 1/3000 of a step at N = 100,000.
 */
final class GridErrorProbe {
    private final DenseSums dense;
    private final int points;
    private volatile double error;

    GridErrorProbe(DenseSums dense, int points, double prior) {
        this.dense = dense;
        this.points = points;
        this.error = prior;
    }

    /** Checks mean offsets {@code grid} (computed at every point of {@code eval}). */
    void meanOffsets(PointSet eval, PointSet sample, double k, double[] grid) {
        int[] rows = rows(eval.size());
        double[] exact = new double[rows.length * eval.dim()];
        dense.meanOffsets(eval.subset(rows), sample, k, false, exact);
        error = compare(rows, eval.dim(), grid, exact);
    }

    /** Checks kernel offset sums {@code grid} (computed at every point of {@code eval}). */
    void kernelSums(PointSet eval, PointSet sample, double k, double[] payload, double[] grid) {
        int[] rows = rows(eval.size());
        double[] exact = new double[rows.length * eval.dim()];
        double[] exactPayload = payload == null ? null : new double[exact.length];
        dense.kernelSums(eval.subset(rows), sample, k, payload, exact, exactPayload);
        error = compare(rows, eval.dim(), grid, exact);
    }

    private int[] rows(int n) {
        int m = Math.min(points, n);
        int[] rows = new int[m];
        for (int i = 0; i < m; i++) {
            rows[i] = (int) ((long) i * n / m);
        }
        return rows;
    }

    private static double compare(int[] rows, int d, double[] grid, double[] exact) {
        double meanNorm = 0;
        for (int i = 0; i < rows.length; i++) {
            meanNorm += norm(exact, i * d, null, 0, d) / rows.length;
        }
        double sum = 0;
        for (int i = 0; i < rows.length; i++) {
            double diff = norm(grid, rows[i] * d, exact, i * d, d);
            sum += diff / (norm(exact, i * d, null, 0, d) + 0.1 * meanNorm + Double.MIN_NORMAL);
        }
        return sum / rows.length;
    }

    /** ‖a − b‖ over d coordinates (b null: ‖a‖). */
    private static double norm(double[] a, int ao, double[] b, int bo, int d) {
        double s = 0;
        for (int c = 0; c < d; c++) {
            double t = a[ao + c] - (b == null ? 0.0 : b[bo + c]);
            s += t * t;
        }
        return Math.sqrt(s);
    }

    /** The latest measured error. */
    double error() {
        return error;
    }
}
