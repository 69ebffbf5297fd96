package org.flowexplorer.core.kernel;

import org.flowexplorer.core.math.ParallelRunner;
import org.flowexplorer.core.math.PointSet;

/**
 * The fast exact {@link KernelSums}: both point sets laid out in spatially sorted leaves
 * ({@link LeafLayout}), whole sample leaves skipped when every term in them is below e^−60 of the
 * largest ({@link LeafVisit}, the reference kernel's own cut-off), the rest summed by the
 * backend's {@link LeafKernel} (Vector API float where accurate, double elsewhere, or scalar
 * double). Work is split over evaluation leaves on the runner's fork-join pool; each point is
 * computed by one thread with a fixed order, so results do not depend on the thread count. A set
 * summed with itself, own terms included (q_self = include, MMD's repulsion, kernel masses), goes
 * by pairs of leaves where the backend has them ({@link SelfSums}: each term computed once for both
 * points); the points those leave out take the per-point way.
 *
 * <p>Accuracy: within 1e−6 of the reference relative to the sum of the absolute values of the
 * terms (DenseSumsAccuracyTest). Layouts of the last few point sets are cached by identity
 * ({@link PointSet} is immutable), so fixed targets are laid out once and a step's particles once;
 * the layout arrays are reused, so steady-state steps allocate nothing here.
 *
 * <p>Not thread safe: one caller at a time (the simulation's step thread).
 */
public final class DenseSums implements KernelSums {
    private static final int CACHED_LAYOUTS = 6;
    /** Evaluation points per work item. */
    private static final int TASK = 32;

    /** Receives one evaluation point's accumulated sums {@code [M, W, O.., P..]}. */
    @FunctionalInterface
    private interface Sink {
        void accept(int point, double[] acc);
    }

    private final ParallelRunner runner;
    private final KernelBackend backend;
    private final boolean allowFloat;
    /** A fixed largest leaf, or 0 to choose it per call by {@link LeafSizeRule}. */
    private final int fixedLeaf;
    private final LeafLayout[] layouts = new LeafLayout[CACHED_LAYOUTS];
    private final long[] lastUse = new long[CACHED_LAYOUTS];
    private final double[][] weights = new double[CACHED_LAYOUTS][];
    private long clock;
    private final ThreadLocal<Worker> workers;
    /** The pairwise sums of a set with itself, or null (scalar backend, float off). */
    private final SelfSums self;
    private double[] selfOut = new double[0];
    private boolean[] selfDone = new boolean[0];
    private final double[] selfAcc = new double[8];

    /** Per-thread kernel, visit plan and accumulator. */
    private static final class Worker {
        final LeafKernel kernel;
        final LeafVisit visit = new LeafVisit();
        double[] acc = new double[8];

        Worker(KernelBackend backend, boolean allowFloat) {
            this.kernel = backend.newKernel(allowFloat);
        }
    }

    /**
     * @param runner     threads (borrowed, not closed here)
     * @param backend    the inner loops, usually {@link KernelBackend#detect()}
     * @param allowFloat false to keep every point on double arithmetic
     */
    public DenseSums(ParallelRunner runner, KernelBackend backend, boolean allowFloat) {
        this(runner, backend, allowFloat, 0);
    }

    /**
     * As above with a fixed largest leaf (a multiple of {@link LeafLayout#PAD}; for benchmarks and
     * tests), or 0 to choose it from the kernel's reach.
     */
    public DenseSums(ParallelRunner runner, KernelBackend backend, boolean allowFloat, int leafSize) {
        this.runner = runner;
        this.backend = backend;
        this.allowFloat = allowFloat;
        this.fixedLeaf = leafSize;
        this.workers = ThreadLocal.withInitial(() -> new Worker(backend, allowFloat));
        this.self = allowFloat ? backend.selfSums(runner) : null;
        int size = leafSize > 0 ? leafSize : LeafSizeRule.LEAF_SIZE;
        for (int i = 0; i < CACHED_LAYOUTS; i++) {
            layouts[i] = new LeafLayout(size);
        }
    }

    /** Dense sums on the detected backend, float where accurate. */
    public static DenseSums detect(ParallelRunner runner) {
        return new DenseSums(runner, KernelBackend.detect(), true);
    }

    /** The largest leaf for these sums: the fixed one, or by {@link LeafSizeRule}. */
    private int leafSizeFor(PointSet eval, PointSet sample, double k) {
        return fixedLeaf > 0 ? fixedLeaf : LeafSizeRule.leafSize(eval, sample, k);
    }

    @Override
    public void meanOffsets(PointSet eval, PointSet sample, double k, boolean excludeSelf, double[] out) {
        if (excludeSelf && eval != sample) {
            throw new IllegalArgumentException("leaving a point out needs the sample itself as evaluation points");
        }
        int leaf = leafSizeFor(eval, sample, k);
        LeafLayout s = layout(sample, null, leaf);
        LeafLayout e = eval == sample ? s : layout(eval, null, leaf);
        int d = eval.dim();
        Sink sink = (p, acc) -> {
            double w = acc[1];
            for (int c = 0; c < d; c++) {
                // no term at all gives 0; an overflowed distance (W = NaN) stays NaN, as in the reference
                out[p * d + c] = w > 0 || w != w ? acc[2 + c] / w : 0.0;
            }
        };
        run(e, s, k, eval == sample, excludeSelf, false, sink,
                eval == sample && !excludeSelf ? pairs(s, k, sink) : null);
    }

    @Override
    public void kernelSums(PointSet eval, PointSet sample, double k, double[] payload, double[] offsets,
                           double[] payloadSums) {
        int leaf = leafSizeFor(eval, sample, k);
        LeafLayout s = layout(sample, null, leaf);
        if (payload != null) {
            s.setPayload(payload);
        }
        LeafLayout e = eval == sample ? s : layout(eval, null, leaf);
        int d = eval.dim();
        Sink sink = (p, acc) -> {
            double w = acc[1];
            double mass = mass(acc);
            for (int c = 0; c < d; c++) {
                offsets[p * d + c] = w > 0 ? acc[2 + c] / w * mass : mass;
                if (payload != null) {
                    payloadSums[p * d + c] = w > 0 ? acc[2 + d + c] / w * mass : mass;
                }
            }
        };
        run(e, s, k, eval == sample, false, payload != null, sink,
                eval == sample && payload == null ? pairs(s, k, sink) : null);
    }

    /**
     * Kernel mass {@code Σ_j e^(−k‖x_i − y_j‖²)} of {@code sample} at every point of {@code eval}
     * (into {@code out[i]}; the point itself included when {@code eval} is {@code sample}), for
     * the MMD² of large point sets. Within 1e−6 relative of the reference: all terms are positive.
     */
    public void kernelMass(PointSet eval, PointSet sample, double k, double[] out) {
        int leaf = leafSizeFor(eval, sample, k);
        LeafLayout s = layout(sample, null, leaf);
        LeafLayout e = eval == sample ? s : layout(eval, null, leaf);
        Sink sink = (p, acc) -> out[p] = mass(acc);
        run(e, s, k, eval == sample, false, false, sink, eval == sample ? pairs(s, k, sink) : null);
    }

    /**
     * The plain sum of the terms, e^m · W with m = acc[0] the shift and W = acc[1] the shifted sum,
     * formed as e^(m + ln W): the shift is a lower bound of the largest log-weight and may lie
     * hundreds below it, so W can be e^500 while e^m alone underflows to 0 although the sum is a
     * normal double. The other shifted sums are scaled as (acc[i] / W) · mass. 0 without terms;
     * NaN stays NaN.
     */
    private static double mass(double[] acc) {
        double w = acc[1];
        return w > 0 ? Math.exp(acc[0] + Math.log(w)) : w == w ? 0.0 : w;
    }

    /**
     * Sums over a sample given with per-point log-weights (grid cells: ln count), for
     * {@link GridSums}. {@code normalised}: mean offsets into {@code offsets}; otherwise kernel sums.
     */
    void weighted(PointSet eval, PointSet sample, double[] logWeights, double k, boolean normalised, double[] payload,
                  double[] offsets, double[] payloadSums) {
        int leaf = leafSizeFor(eval, sample, k);
        LeafLayout s = layout(sample, logWeights, leaf);
        if (payload != null) {
            s.setPayload(payload);
        }
        LeafLayout e = layout(eval, null, leaf);
        int d = eval.dim();
        run(e, s, k, false, false, payload != null, (p, acc) -> {
            double w = acc[1];
            // the mean (normalised) or the plain sums; no term: 0, an overflowed distance: NaN
            double mass = normalised ? (w > 0 ? 1.0 : w == w ? 0.0 : w) : mass(acc);
            for (int c = 0; c < d; c++) {
                offsets[p * d + c] = w > 0 ? acc[2 + c] / w * mass : mass;
                if (payload != null) {
                    payloadSums[p * d + c] = w > 0 ? acc[2 + d + c] / w * mass : mass;
                }
            }
        }, null);
    }

    /**
     * The set with itself, own terms included, by pairs of leaves ({@link SelfSums}) where the backend
     * has them: hands every point those sums give to the sink (shift 0, see SelfSums) and returns which
     * they were, for {@link #run} to skip; null when they declined (or there are none). Only while the
     * kernel reaches across much of the data (wider leaves than {@link LeafSizeRule#LEAF_SIZE}, or a
     * fixed leaf size): with a short reach the per-point visits skip far more precisely than the
     * boxes of leaf pairs (measured at N = 10,000: 5.6 against 3.9 ms at σ = 0.1, 13 against 20 at 0.9).
     */
    private boolean[] pairs(LeafLayout s, double k, Sink sink) {
        int n = s.size();
        int d = s.dim();
        if (self == null || d + 2 > selfAcc.length || (fixedLeaf == 0 && s.leafSize() <= LeafSizeRule.LEAF_SIZE)) {
            return null;
        }
        if (selfOut.length < n * (d + 1)) {
            selfOut = new double[n * (d + 1)];
            selfDone = new boolean[n];
        }
        if (!self.sums(s, k, selfOut, selfDone)) {
            return null;
        }
        selfAcc[0] = 0.0;
        for (int p = 0; p < n; p++) {
            if (selfDone[p]) {
                System.arraycopy(selfOut, p * (d + 1), selfAcc, 1, d + 1);
                sink.accept(p, selfAcc);
            }
        }
        return selfDone;
    }

    /** The per-point way for every point of e, except those marked in {@code done} (when given). */
    private void run(LeafLayout e, LeafLayout s, double k, boolean same, boolean excludeSelf, boolean payload, Sink sink,
                     boolean[] done) {
        double[] x = e.source().coords();
        int d = e.dim();
        // work items: pieces of at most TASK points of an evaluation leaf, so that two or more threads
        // stay busy even when a few leaves are far costlier than the rest
        int pieces = (e.leafSize() + TASK - 1) / TASK;
        runner.forEach(e.leaves() * pieces, item -> {
            int leaf = item / pieces;
            int from = e.leafStart(leaf) + (item % pieces) * TASK;
            int to = Math.min(e.leafStart(leaf) + e.leafCount(leaf), from + TASK);
            while (from < to && done != null && done[e.pointAt(from)]) {
                from++;
            }
            if (from >= to) {
                return;
            }
            Worker w = workers.get();
            if (w.acc.length < 2 + 2 * d) {
                w.acc = new double[2 + 2 * d];
            }
            w.visit.planLeaf(e, leaf, s, k, excludeSelf);
            for (int slot = from; slot < to; slot++) {
                int p = e.pointAt(slot);
                if (done != null && done[p]) {
                    continue;
                }
                w.visit.planPoint(x, p * d, s, k, same ? s.slotOf(p) : -1, excludeSelf);
                w.kernel.accumulate(s, x, p * d, -k, w.visit, payload, w.acc);
                sink.accept(p, w.acc);
            }
        });
    }

    /**
     * The cached layout of {@code points} (by identity) with this largest leaf, or a rebuilt least
     * recently used one (allocated anew only when its leaf size changes).
     */
    private LeafLayout layout(PointSet points, double[] logWeights, int leafSize) {
        clock++;
        int oldest = 0;
        for (int i = 0; i < CACHED_LAYOUTS; i++) {
            if (layouts[i].source() == points && weights[i] == logWeights && layouts[i].leafSize() == leafSize) {
                lastUse[i] = clock;
                return layouts[i];
            }
            if (lastUse[i] < lastUse[oldest]) {
                oldest = i;
            }
        }
        if (layouts[oldest].leafSize() != leafSize) {
            layouts[oldest] = new LeafLayout(leafSize);
        }
        layouts[oldest].build(points, logWeights);
        weights[oldest] = logWeights;
        lastUse[oldest] = clock;
        return layouts[oldest];
    }

    /** The threads the sums run on (grid mode interpolates on them too). */
    ParallelRunner runner() {
        return runner;
    }

    @Override
    public String describe() {
        return allowFloat ? backend.describe() : backend.describe() + ", float off";
    }
}
