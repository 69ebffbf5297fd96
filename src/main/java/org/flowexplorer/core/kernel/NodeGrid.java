package org.flowexplorer.core.kernel;

import java.util.Arrays;
import org.flowexplorer.core.math.ParallelRunner;
import org.flowexplorer.core.math.PointSet;

/**
 * The evaluation side of grid mode: the corners of every grid cell (width h) that holds an
 * evaluation point become nodes; sums computed at the nodes are carried to each point by
 * multilinear interpolation (bilinear in 2D, trilinear in 3D) over its cell's 2^d corners:
 * <pre>
 *   f(x) ≈ Σ_corners Π_c (t_c or 1 − t_c) · f(node),   t = (x − corner₀)/h ∈ [0, 1)^d
 * </pre>
 * Multilinear interpolation reproduces linear functions exactly (so {@code m − x} may be
 * interpolated as well as m); its error for a field varying on the kernel width σ_k is about
 * h²/8 · |f''| ≈ (h/σ_k)²/8 of the field, 0.8 % at h = σ_k/4. Nodes are numbered in order of
 * first use, so everything depends only on the input. Arrays are kept between calls.
 */
final class NodeGrid {
    private final CellIds ids = new CellIds();
    private int[] corner = new int[0];
    private double[] frac = new double[0];
    private double[] nodeCoords = new double[0];
    private int dim;
    private int points;
    private PointSet builtFor;
    private double builtWidth;
    private PointSet nodes;

    /**
     * Builds the nodes around the points; false when a coordinate spread needs over 2^21 cells. The
     * same points and width as last time (a step's target and particle sums) reuse the nodes.
     */
    boolean build(PointSet eval, double h) {
        if (eval == builtFor && h == builtWidth) {
            return true;
        }
        builtFor = null;
        nodes = null;
        int n = eval.size();
        int d = eval.dim();
        double[] x = eval.coords();
        double[] min = CellIds.origin(eval, h, 2);
        if (min == null) {
            return false;
        }
        int corners = 1 << d;
        allocate(n, d, corners);
        ids.clear(n * corners);
        this.dim = d;
        this.points = n;
        long[] cell = new long[d];
        for (int i = 0; i < n; i++) {
            for (int c = 0; c < d; c++) {
                double t = (x[i * d + c] - min[c]) / h;
                long ic = (long) t;
                cell[c] = ic;
                frac[i * d + c] = t - ic;
            }
            for (int k = 0; k < corners; k++) {
                long key = 0;
                for (int c = 0; c < d; c++) {
                    key = CellIds.pack(key, cell[c] + ((k >> c) & 1));
                }
                int before = ids.size();
                int node = ids.idOf(key);
                if (ids.size() > before) {
                    for (int c = 0; c < d; c++) {
                        nodeCoords[node * d + c] = min[c] + CellIds.unpack(key, c, d) * h;
                    }
                }
                corner[i * corners + k] = node;
            }
        }
        builtFor = eval;
        builtWidth = h;
        return true;
    }

    private void allocate(int n, int d, int corners) {
        if (corner.length < n * corners) {
            corner = new int[n * corners];
            frac = new double[n * d];
            nodeCoords = new double[n * corners * d];
        }
    }

    /** The nodes (the dense sums' evaluation points): one point set per build, so its layout is reused. */
    PointSet nodes() {
        if (nodes == null) {
            nodes = PointSet.wrap(dim, Arrays.copyOf(nodeCoords, ids.size() * dim));
        }
        return nodes;
    }

    /** Interpolates d values per node ({@code atNodes}) to every point ({@code out}, n·d values). */
    void interpolate(double[] atNodes, double[] out, ParallelRunner runner) {
        runner.forRange(points, (from, to) -> interpolate(atNodes, out, from, to));
    }

    private void interpolate(double[] atNodes, double[] out, int from, int to) {
        int d = dim;
        int corners = 1 << d;
        for (int i = from; i < to; i++) {
            for (int c = 0; c < d; c++) {
                out[i * d + c] = 0.0;
            }
            for (int k = 0; k < corners; k++) {
                double w = 1.0;
                for (int c = 0; c < d; c++) {
                    double t = frac[i * d + c];
                    w *= ((k >> c) & 1) == 1 ? t : 1.0 - t;
                }
                int node = corner[i * corners + k];
                for (int c = 0; c < d; c++) {
                    out[i * d + c] += w * atNodes[node * d + c];
                }
            }
        }
    }
}
