package org.flowexplorer.core.kernel;

import org.flowexplorer.core.math.PointSet;

/**
 * Grid mode (algorithms.md §8): the sample is binned into cells of width σ_k/4 (σ_k = 1/sqrt(2k),
 * the kernel width) and each occupied cell enters the sums once, at its centroid, with weight equal
 * to its count ({@link CellGrid}); SVGD's payload enters as the cell mean. The sums are computed
 * at the corners of the cells that hold evaluation points and interpolated multilinearly to each
 * point ({@link NodeGrid}; directly at the points when they are fewer than the nodes), by the exact
 * dense machinery over the weighted centroids ({@link DenseSums}): log-sum-exp with a shift and the
 * e^−60 leaf skipping, so points far from all data get the correct nearest-cell weights instead of
 * underflowing, and there is no hard cut-off radius. Cost: (nodes) × (occupied cells in reach),
 * independent of N once the cells are populated.
 *
 * <p>Error: replacing a cell's points by its centroid keeps the first moment exactly; the second
 * moment (about h²/12 per coordinate) perturbs each weight by about k·h²/6 · (1 + 2k‖x − c‖²); the
 * interpolation adds about (h/σ_k)²/8 ≈ 0.8 % of the field's variation. Together a few 0.1 % to
 * 2 % of the kernel sums (GridSumsTest measures it against the dense sums; the
 * estimate {@link #expectedError()} is measured as the run goes on a fixed set of points). Leaving
 * a point out of its own sum (q_self = exclude), d &gt; 3, and spreads that would need more than 2^21
 * cells per axis fall back to the exact dense sums.
 */
public final class GridSums implements KernelSums {
    /** Grid mode handles d ≤ 3. */
    public static final int MAX_DIM = 3;
    /** Cell width in kernel widths. */
    public static final double CELL_WIDTH = 0.25;
    /** Error estimate before the first measurement (the median of GridSumsTest's cases). */
    public static final double PRIOR_ERROR = 0.005;
    private static final int CHECK_EVERY = 20;
    private static final int CHECK_POINTS = 32;

    private final DenseSums dense;
    private final CellGrid grid = new CellGrid();
    private final NodeGrid nodes = new NodeGrid();
    private double[] atNodes = new double[0];
    private double[] payloadAtNodes = new double[0];
    private final GridErrorProbe probe;
    private long calls;

    /** @param dense the exact sums the grid feeds its cells to (and falls back to) */
    public GridSums(DenseSums dense) {
        this.dense = dense;
        this.probe = new GridErrorProbe(dense, CHECK_POINTS, PRIOR_ERROR);
    }

    /** The cell width for kernel parameter k = 1/(2h²). */
    public static double cellWidth(double k) {
        return CELL_WIDTH / Math.sqrt(2.0 * k);
    }

    @Override
    public void meanOffsets(PointSet eval, PointSet sample, double k, boolean excludeSelf, double[] out) {
        if (excludeSelf || sample.dim() > MAX_DIM || !grid.bin(sample, cellWidth(k), null)) {
            dense.meanOffsets(eval, sample, k, excludeSelf, out);
            return;
        }
        PointSet at = evaluationPoints(eval, k);
        if (at == eval) {
            dense.weighted(eval, grid.centroids(), grid.logCounts(), k, true, null, out, null);
        } else {
            dense.weighted(at, grid.centroids(), grid.logCounts(), k, true, null, atNodes, null);
            nodes.interpolate(atNodes, out, dense.runner());
        }
        if (++calls % CHECK_EVERY == 1) {
            probe.meanOffsets(eval, sample, k, out);
        }
    }

    @Override
    public void kernelSums(PointSet eval, PointSet sample, double k, double[] payload, double[] offsets,
                           double[] payloadSums) {
        if (sample.dim() > MAX_DIM || !grid.bin(sample, cellWidth(k), payload)) {
            dense.kernelSums(eval, sample, k, payload, offsets, payloadSums);
            return;
        }
        PointSet at = evaluationPoints(eval, k);
        if (at == eval) {
            dense.weighted(eval, grid.centroids(), grid.logCounts(), k, false, grid.payloadMeans(), offsets, payloadSums);
        } else {
            dense.weighted(at, grid.centroids(), grid.logCounts(), k, false, grid.payloadMeans(), atNodes, payloadAtNodes);
            nodes.interpolate(atNodes, offsets, dense.runner());
            if (payload != null) {
                nodes.interpolate(payloadAtNodes, payloadSums, dense.runner());
            }
        }
        if (++calls % CHECK_EVERY == 1) {
            probe.kernelSums(eval, sample, k, payload, offsets);
        }
    }

    /**
     * Where the sums are computed: the nodes around the evaluation points' cells ({@link NodeGrid},
     * then interpolated), or the points themselves when there are fewer of them than nodes.
     */
    private PointSet evaluationPoints(PointSet eval, double k) {
        if (!nodes.build(eval, cellWidth(k))) {
            return eval;
        }
        PointSet at = nodes.nodes();
        if (at.size() >= eval.size()) {
            return eval;
        }
        int len = at.size() * at.dim();
        if (atNodes.length < len) {
            atNodes = new double[len];
            payloadAtNodes = new double[len];
        }
        return at;
    }

    /** The relative error of the grid sums measured most recently (or {@link #PRIOR_ERROR}). */
    public double expectedError() {
        return probe.error();
    }

    @Override
    public String describe() {
        return "grid (cells of σ/4) on " + dense.describe();
    }

    @Override
    public boolean approximate() {
        return true;
    }
}
