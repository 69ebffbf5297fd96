package org.flowexplorer.core.kernel;

import java.util.Arrays;
import org.flowexplorer.core.math.PointSet;

/**
 * Bins a point set (d ≤ 3) into the occupied cells of a grid of width h and replaces each cell by
 * its count and centroid (algorithms.md §8), optionally with the mean of a per-point payload.
 * Cells are numbered in order of their first point, so the result depends only on the input.
 * O(n) with an open-addressing hash of the packed cell indices; the arrays are kept between calls
 * (the returned point set and arrays are valid until the next {@link #bin}).
 */
final class CellGrid {
    private final CellIds ids = new CellIds();
    private int[] cellOf = new int[0];
    private double[] sums = new double[0];
    private double[] paySums = new double[0];
    private int[] counts = new int[0];
    private int cells;
    private PointSet centroids;
    private double[] logCounts = new double[0];
    private double[] payloadMeans;

    /**
     * Bins {@code points} into cells of width h.
     *
     * @param payload d values per point to average per cell, or null
     * @return false when the grid would need more than {@link #MAX_CELLS_PER_AXIS} cells on an axis
     *         (then nothing is binned)
     */
    boolean bin(PointSet points, double h, double[] payload) {
        int n = points.size();
        int d = points.dim();
        double[] x = points.coords();
        double[] min = CellIds.origin(points, h, 1);
        if (min == null) {
            return false;
        }
        allocate(n, d, payload != null);
        ids.clear(n);
        for (int i = 0; i < n; i++) {
            long key = 0;
            for (int c = 0; c < d; c++) {
                key = CellIds.pack(key, (long) ((x[i * d + c] - min[c]) / h));
            }
            cellOf[i] = ids.idOf(key);
        }
        cells = ids.size();
        accumulate(x, n, d, payload);
        return true;
    }

    private void allocate(int n, int d, boolean withPayload) {
        if (cellOf.length < n) {
            cellOf = new int[n];
            counts = new int[n];
            sums = new double[n * d];
            logCounts = new double[n];
        }
        if (withPayload && paySums.length < n * d) {
            paySums = new double[n * d];
        }
    }

    private void accumulate(double[] x, int n, int d, double[] payload) {
        Arrays.fill(counts, 0, cells, 0);
        Arrays.fill(sums, 0, cells * d, 0.0);
        if (payload != null) {
            Arrays.fill(paySums, 0, cells * d, 0.0);
        }
        for (int i = 0; i < n; i++) {
            int cell = cellOf[i];
            counts[cell]++;
            for (int c = 0; c < d; c++) {
                sums[cell * d + c] += x[i * d + c];
                if (payload != null) {
                    paySums[cell * d + c] += payload[i * d + c];
                }
            }
        }
        double[] centre = new double[cells * d];
        payloadMeans = payload == null ? null : new double[cells * d];
        for (int cell = 0; cell < cells; cell++) {
            logCounts[cell] = Math.log(counts[cell]);
            for (int c = 0; c < d; c++) {
                centre[cell * d + c] = sums[cell * d + c] / counts[cell];
                if (payload != null) {
                    payloadMeans[cell * d + c] = paySums[cell * d + c] / counts[cell];
                }
            }
        }
        centroids = PointSet.wrap(d, centre);
    }

    /** Occupied cells of the last binning. */
    int cells() {
        return cells;
    }

    /** Their centroids (a new point set per binning). */
    PointSet centroids() {
        return centroids;
    }

    /** ln(count) per cell: the log-weight of the centroid. Valid for the first {@link #cells()}. */
    double[] logCounts() {
        return logCounts;
    }

    /** Mean payload per cell, or null. */
    double[] payloadMeans() {
        return payloadMeans;
    }
}
