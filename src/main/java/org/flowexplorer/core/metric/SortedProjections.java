package org.flowexplorer.core.metric;

import java.util.Arrays;
import org.flowexplorer.core.math.ParallelRunner;
import org.flowexplorer.core.math.PointSet;

/**
 * A point set projected onto every direction of {@link SliceDirections} and sorted: the part of
 * the sliced W2 computation that depends on one set only. A simulation builds it once per target
 * set and reuses it; the particles' projections are rebuilt at each evaluation.
 * <pre>
 *   proj_k = sort( x_i · u_k  for i = 1..N ),   x_i · u_k = Σ_c x_ic u_kc  (ascending c)
 * </pre>
 * Immutable; the sorted arrays are never handed out.
 */
public final class SortedProjections {
    private final int dim;
    private final int size;
    private final double[][] sorted;

    private SortedProjections(int dim, int size, double[][] sorted) {
        this.dim = dim;
        this.size = size;
        this.sorted = sorted;
    }

    /** Projects and sorts {@code points}, one direction per task. */
    public static SortedProjections of(PointSet points, ParallelRunner runner) {
        int n = points.size();
        MmdSquared.requireNonEmpty(n);
        int d = points.dim();
        double[] u = SliceDirections.unitVectors(d);
        int count = u.length / d;
        double[] x = points.coords();
        double[][] sorted = new double[count][];
        // one direction per work item: forRange's grain of 64 indices ran all 64 directions on one thread
        runner.forEach(count, k -> {
            double[] p = new double[n];
            for (int i = 0, off = 0; i < n; i++, off += d) {
                double s = 0.0;
                for (int c = 0; c < d; c++) {
                    s += x[off + c] * u[k * d + c];
                }
                p[i] = s;
            }
            Arrays.sort(p);
            sorted[k] = p;
        });
        return new SortedProjections(d, n, sorted);
    }

    /** The dimension d of the projected points. */
    public int dim() {
        return dim;
    }

    /** The number N of projected points. */
    public int size() {
        return size;
    }

    /** The number of directions (64 for d ≥ 2, 1 for d = 1). */
    public int directions() {
        return sorted.length;
    }

    /** The sorted projections onto direction k, as a new array. */
    public double[] projection(int k) {
        return sorted[k].clone();
    }

    /** The internal sorted projections onto direction k; read only (package use). */
    double[] sortedView(int k) {
        return sorted[k];
    }
}
