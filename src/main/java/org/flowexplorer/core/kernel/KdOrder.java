package org.flowexplorer.core.kernel;

import org.flowexplorer.core.math.Selection;

/**
 * Orders points so that each run of consecutive points (a leaf) is spatially compact: a k-d split
 * at the median of the widest coordinate, recursively, until a range holds at most {@code leafSize}
 * points. Splits fall on multiples of {@link LeafLayout#PAD} from the start, so every leaf but the
 * last fills whole vectors. Deterministic: the result depends only on the coordinates.
 *
 * <p>Cost O(n log n) (quickselect per level); a few milliseconds for 100,000 points.
 */
final class KdOrder {
    private final int leafSize;
    private int[] perm = new int[0];
    private int[] leafFrom = new int[0];
    private int leaves;
    private double[] coords;
    private int dim;

    /** @param leafSize the largest leaf, a multiple of {@link LeafLayout#PAD} */
    KdOrder(int leafSize) {
        if (leafSize < LeafLayout.PAD || leafSize % LeafLayout.PAD != 0) {
            throw new IllegalArgumentException("leaf size must be a positive multiple of " + LeafLayout.PAD);
        }
        this.leafSize = leafSize;
    }

    /** Orders the n points of {@code rows} (row-major, n·d values); reuses its arrays. */
    void order(double[] rows, int n, int d) {
        this.coords = rows;
        this.dim = d;
        if (perm.length < n) {
            perm = new int[n];
        }
        for (int i = 0; i < n; i++) {
            perm[i] = i;
        }
        int maxLeaves = n / (leafSize / 2) + 2;
        if (leafFrom.length < maxLeaves + 1) {
            leafFrom = new int[maxLeaves + 1];
        }
        leaves = 0;
        split(0, n);
        leafFrom[leaves] = n;
        this.coords = null;
    }

    /** Point index at sorted position {@code k}. */
    int[] permutation() {
        return perm;
    }

    int leaves() {
        return leaves;
    }

    /** Sorted position of the first point of leaf {@code l}; {@code leafFrom(leaves())} = n. */
    int leafFrom(int l) {
        return leafFrom[l];
    }

    private void split(int lo, int hi) {
        int count = hi - lo;
        if (count <= leafSize) {
            if (count > 0) {
                ensureLeafCapacity();
                leafFrom[leaves++] = lo;
            }
            return;
        }
        int axis = widestAxis(lo, hi);
        int half = (count / 2 + LeafLayout.PAD / 2) / LeafLayout.PAD * LeafLayout.PAD;
        int mid = lo + Math.max(LeafLayout.PAD, Math.min(count - 1, half));
        select(lo, hi - 1, mid, axis);
        split(lo, mid);
        split(mid, hi);
    }

    private void ensureLeafCapacity() {
        if (leaves + 1 >= leafFrom.length) {
            leafFrom = java.util.Arrays.copyOf(leafFrom, leafFrom.length * 2);
        }
    }

    private int widestAxis(int lo, int hi) {
        int best = 0;
        double widest = -1;
        for (int c = 0; c < dim; c++) {
            double min = Double.POSITIVE_INFINITY;
            double max = Double.NEGATIVE_INFINITY;
            for (int k = lo; k < hi; k++) {
                double v = coords[perm[k] * dim + c];
                min = Math.min(min, v);
                max = Math.max(max, v);
            }
            if (max - min > widest) {
                widest = max - min;
                best = c;
            }
        }
        return best;
    }

    private double key(int k, int axis) {
        return coords[perm[k] * dim + axis];
    }

    /** Quickselect on perm[lo..hi] so that position k holds its order statistic along the axis. */
    private void select(int lo, int hi, int k, int axis) {
        while (hi > lo) {
            double pivot = Selection.medianOfThree(key(lo, axis), key(lo + (hi - lo) / 2, axis), key(hi, axis));
            int i = lo;
            int j = hi;
            while (i <= j) {
                while (key(i, axis) < pivot) {
                    i++;
                }
                while (key(j, axis) > pivot) {
                    j--;
                }
                if (i <= j) {
                    int t = perm[i];
                    perm[i] = perm[j];
                    perm[j] = t;
                    i++;
                    j--;
                }
            }
            if (k <= j) {
                hi = j;
            } else if (k >= i) {
                lo = i;
            } else {
                return;
            }
        }
    }
}
