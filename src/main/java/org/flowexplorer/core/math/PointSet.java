package org.flowexplorer.core.math;

import java.util.Arrays;

/**
 * An immutable set of {@code n} points in R^d, stored row-major in one flat array
 * ({@code coords[i*d + c]} is coordinate c of point i) so that kernel loops stay cache friendly.
 *
 * <p>The array returned by {@link #coords()} is the internal one, shared for speed: callers must
 * not modify it. Use {@link #copyCoords()} for a private copy.
 */
public final class PointSet {
    private final int n;
    private final int dim;
    private final double[] coords;

    private PointSet(int n, int dim, double[] coords) {
        this.n = n;
        this.dim = dim;
        this.coords = coords;
    }

    /** Wraps a copy of {@code coords}; its length must be a multiple of {@code dim}. */
    public static PointSet of(int dim, double[] coords) {
        return wrap(dim, coords.clone());
    }

    /**
     * Wraps {@code coords} without copying: the caller hands over ownership and must not modify
     * the array afterwards.
     */
    public static PointSet wrap(int dim, double[] coords) {
        if (dim < 1) {
            throw new IllegalArgumentException("dimension must be at least 1, got " + dim);
        }
        if (coords.length % dim != 0) {
            throw new IllegalArgumentException(
                    "coordinate count " + coords.length + " is not a multiple of dimension " + dim);
        }
        return new PointSet(coords.length / dim, dim, coords);
    }

    /** Builds a point set from rows; every row must have the same length. */
    public static PointSet ofRows(double[][] rows) {
        if (rows.length == 0) {
            throw new IllegalArgumentException("no rows");
        }
        int d = rows[0].length;
        double[] flat = new double[rows.length * d];
        for (int i = 0; i < rows.length; i++) {
            if (rows[i].length != d) {
                throw new IllegalArgumentException("row " + i + " has " + rows[i].length + " values, expected " + d);
            }
            System.arraycopy(rows[i], 0, flat, i * d, d);
        }
        return new PointSet(rows.length, d, flat);
    }

    public int size() {
        return n;
    }

    public int dim() {
        return dim;
    }

    /** Coordinate {@code c} of point {@code i}. */
    public double get(int i, int c) {
        return coords[i * dim + c];
    }

    /** The internal flat array (row-major). Read only. */
    public double[] coords() {
        return coords;
    }

    public double[] copyCoords() {
        return coords.clone();
    }

    /** Point {@code i} as a new array. */
    public double[] point(int i) {
        return Arrays.copyOfRange(coords, i * dim, (i + 1) * dim);
    }

    /** The points at the given indices, in the given order. */
    public PointSet subset(int[] indices) {
        double[] out = new double[indices.length * dim];
        for (int k = 0; k < indices.length; k++) {
            System.arraycopy(coords, indices[k] * dim, out, k * dim, dim);
        }
        return new PointSet(indices.length, dim, out);
    }

    /**
     * At most {@code max} points taken at an even stride (rows ⌊k·N/max⌋, k = 0..max−1), or this
     * set itself when it has no more: a fixed, evenly spread subset for measurements that cannot
     * afford every point.
     */
    public PointSet strided(int max) {
        if (n <= max) {
            return this;
        }
        int[] idx = new int[max];
        for (int k = 0; k < max; k++) {
            idx[k] = (int) ((long) k * n / max);
        }
        return subset(idx);
    }

    /**
     * Widens {@code min} and {@code max} (at least {@link #dim()} long) to take in every point, axis
     * by axis; start them at +∞ and −∞ for the bounding box alone. A NaN coordinate makes its axis NaN.
     */
    public void widenBounds(double[] min, double[] max) {
        for (int i = 0; i < n; i++) {
            for (int c = 0; c < dim; c++) {
                min[c] = Math.min(min[c], coords[i * dim + c]);
                max[c] = Math.max(max[c], coords[i * dim + c]);
            }
        }
    }

    /** True if every coordinate is finite. */
    public boolean allFinite() {
        for (double v : coords) {
            if (!Double.isFinite(v)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PointSet p && p.dim == dim && Arrays.equals(p.coords, coords);
    }

    @Override
    public int hashCode() {
        return 31 * dim + Arrays.hashCode(coords);
    }

    @Override
    public String toString() {
        return "PointSet[n=" + n + ", d=" + dim + "]";
    }
}
