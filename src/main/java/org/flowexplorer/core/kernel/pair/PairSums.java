package org.flowexplorer.core.kernel.pair;

import java.util.function.Supplier;
import org.flowexplorer.core.kernel.LeafLayout;
import org.flowexplorer.core.kernel.SelfSums;
import org.flowexplorer.core.math.ParallelRunner;

/**
 * {@link SelfSums} by pairs of leaves: every planned pair (A, B) of {@link LeafPairs} is one work item
 * for the {@link BlockKernel} on the runner's threads, writing its own stretch of one buffer, then
 * every point's stretches are added in ascending partner order. So each term is computed once for
 * both of its points, and the result never depends on the thread count.
 *
 * <p>It declines (the caller then takes the per-point way for all points) when the loops do not
 * handle the dimension, the set carries log-weights, the buffer would exceed {@link #MAX_BUFFER}
 * doubles, or fewer than {@link #MIN_SHARED} of the points pass the float test of
 * {@link SharedCells}: the per-point way costs about as much again for each point left to it.
 *
 * <p>Not thread safe: one caller at a time.
 */
public final class PairSums implements SelfSums {
    /** The largest result buffer, in doubles (64 MB). */
    static final long MAX_BUFFER = 1L << 23;
    /** Least fraction of points that must pass the float test. */
    static final double MIN_SHARED = 0.9;
    /** Keeps the cube's diagonal safely inside the float rule against rounding of the binning. */
    private static final double SIDE_MARGIN = 0.999;

    private final ParallelRunner runner;
    private final ThreadLocal<BlockKernel> kernels;
    private final BlockKernel probe;
    private final LeafPairs pairs = new LeafPairs();
    private final SharedCells cells = new SharedCells();
    private double[] buf = new double[0];

    /**
     * @param runner  threads (borrowed)
     * @param kernels makes one kernel per thread
     */
    public PairSums(ParallelRunner runner, Supplier<BlockKernel> kernels) {
        this.runner = runner;
        this.kernels = ThreadLocal.withInitial(kernels);
        this.probe = kernels.get();
    }

    @Override
    public boolean sums(LeafLayout s, double k, double[] out, boolean[] accepted) {
        int d = s.dim();
        int n = s.size();
        if (n == 0 || !probe.supports(d) || !plain(s) || !(k > 0)) {
            return false;
        }
        double side = SIDE_MARGIN * Math.sqrt(probe.maxNearest() / k / d);
        if (cells.mark(s.source(), side, accepted) < MIN_SHARED * n) {
            return false;
        }
        int stride = d + 1;
        pairs.plan(s, k, stride);
        if (pairs.size() > MAX_BUFFER) {
            return false;
        }
        if (buf.length < pairs.size()) {
            buf = new double[(int) pairs.size()];
        }
        runner.forEach(pairs.count(), i -> kernels.get().block(s, pairs.first(i), pairs.second(i), -k, buf,
                (int) pairs.rowOffset(i), (int) pairs.colOffset(i)));
        runner.forEach(s.leaves(), x -> reduce(s, x, stride, out, accepted));
        return true;
    }

    /** Adds leaf x's stretches for each of its accepted points, in ascending partner order. */
    private void reduce(LeafLayout s, int x, int stride, double[] out, boolean[] accepted) {
        int from = pairs.partStart(x);
        int to = pairs.partStart(x + 1);
        int start = s.leafStart(x);
        for (int k = 0; k < s.leafCount(x); k++) {
            int p = s.pointAt(start + k);
            if (!accepted[p]) {
                continue;
            }
            for (int q = 0; q < stride; q++) {
                double sum = 0.0;
                for (int i = from; i < to; i++) {
                    sum += buf[(int) pairs.partOffset(i) + k * stride + q];
                }
                out[p * stride + q] = sum;
            }
        }
    }

    /** Every log-weight is 0 (a plain point set, not grid cells). */
    private static boolean plain(LeafLayout s) {
        for (int l = 0; l < s.leaves(); l++) {
            if (s.leafBiasMin(l) != 0.0 || s.leafBiasMax(l) != 0.0) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return "pair sums on " + probe;
    }
}
