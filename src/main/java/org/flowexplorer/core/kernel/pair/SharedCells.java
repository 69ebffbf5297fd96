package org.flowexplorer.core.kernel.pair;

import java.util.Arrays;
import org.flowexplorer.core.math.PointSet;

/**
 * Which points have another point close by, found by binning into a grid of cubes: two points in
 * one cube of side s are within s·√d of each other. With s·√d = √(maxNearest / k), a point that
 * shares its cube has another point within k·d² ≤ maxNearest, which is the float rule of the dense
 * kernels. The test is one-sided (a point alone in its cube may still have a neighbour next door);
 * such points simply go the per-point way. O(n log n), no allocation once the arrays fit.
 */
final class SharedCells {
    /** Cube indices are packed with the point index below this many bits. */
    private static final int INDEX_BITS = 24;
    private long[] keys = new long[0];

    /**
     * Marks in {@code shared[p]} whether point p shares its cube of side {@code side} with another
     * point, and returns how many do; −1 (nothing marked) when the set is too large, holds a
     * non-finite coordinate or needs more cubes than a key can number.
     */
    int mark(PointSet points, double side, boolean[] shared) {
        int n = points.size();
        int d = points.dim();
        if (n >= 1 << INDEX_BITS || !(side > 0)) {
            return -1;
        }
        double[] lo = new double[d];
        double[] hi = new double[d];
        Arrays.fill(lo, Double.POSITIVE_INFINITY);
        Arrays.fill(hi, Double.NEGATIVE_INFINITY);
        points.widenBounds(lo, hi);
        long[] stride = new long[d];
        double cells = 1.0;
        for (int c = 0; c < d; c++) {
            if (!Double.isFinite(lo[c]) || !Double.isFinite(hi[c])) {
                return -1;
            }
            double across = Math.floor((hi[c] - lo[c]) / side) + 1.0;
            stride[c] = (long) cells;
            cells *= across;
        }
        if (cells >= 0x1p38) {
            return -1;
        }
        if (keys.length < n) {
            keys = new long[n];
        }
        double[] x = points.coords();
        for (int p = 0; p < n; p++) {
            long key = 0;
            for (int c = 0; c < d; c++) {
                key += (long) Math.floor((x[p * d + c] - lo[c]) / side) * stride[c];
            }
            keys[p] = key << INDEX_BITS | p;
        }
        Arrays.sort(keys, 0, n);
        int count = 0;
        for (int from = 0; from < n; ) {
            long cell = keys[from] >>> INDEX_BITS;
            int to = from + 1;
            while (to < n && keys[to] >>> INDEX_BITS == cell) {
                to++;
            }
            boolean many = to - from > 1;
            for (int i = from; i < to; i++) {
                shared[(int) (keys[i] & ((1L << INDEX_BITS) - 1))] = many;
            }
            count += many ? to - from : 0;
            from = to;
        }
        return count;
    }
}
