package org.flowexplorer.core.math;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * The median of the squared distances {@code ‖x_i − x_k‖²} over the N(N−1)/2 pairs i &lt; k (the
 * SVGD bandwidth heuristic, algorithms.md §2; for an even count the mean of the two middle
 * values), without storing all pairs.
 *
 * <p>Exact: a sample of pairs brackets the median rank, one pass over
 * all pairs ({@link PairCount}) counts those below the bracket and collects those inside it (about
 * 3 %), and a selection inside the bracket gives the exact order statistics. If the bracket misses
 * the rank it is widened; if too many values fall inside, it is bisected by value with counting
 * passes. The result is the same value for any thread count.
 *
 * <p>Simulation steps above {@link #EXACT_LIMIT} particles use an estimate instead, the median of
 * {@link #SAMPLED_PAIRS} random pairs: the
 * standard error of a sample median is {@code 1/(2 f(med) sqrt(K))}; on the test clouds (Gaussian
 * mixtures, uniform boxes, rings) PairMedianTest measures it below 2 %.
 *
 * <p>An instance keeps its buffers between calls; one caller at a time.
 */
public final class PairMedian {
    /**
     * Largest N whose median a simulation step computes exactly: the default N of every preset. The
     * exact pass costs about 3 ns per pair on one thread (N = 2,000: 6 ms, more than the kernels),
     * the estimate a fixed 65,536 pairs.
     */
    public static final int EXACT_LIMIT = 1000;
    /** Pairs in the estimate above the limit. */
    public static final int SAMPLED_PAIRS = 1 << 16;
    private static final int BRACKET_SAMPLE = 8192;
    private static final int MAX_COLLECTED = 1 << 23;
    /** Blocks of the estimate's pairs, each from its own random stream (filled in parallel). */
    private static final int SAMPLE_BLOCKS = 16;

    private final PairCount pass = new PairCount();

    /** The median: exact for N ≤ {@code exactLimit}, else estimated from pairs drawn from {@code rng}. */
    public double median(PointSet points, ParallelRunner runner, SplittableRandom rng, int exactLimit) {
        return points.size() <= exactLimit ? exact(points, runner) : sampled(points, rng, SAMPLED_PAIRS, runner);
    }

    /** The exact median over all pairs; N ≥ 2. */
    public double exact(PointSet points, ParallelRunner runner) {
        return exact(points, runner, MAX_COLLECTED);
    }

    /** {@link #exact(PointSet, ParallelRunner)} collecting at most {@code cap} values per pass (tests). */
    double exact(PointSet points, ParallelRunner runner, int cap) {
        int n = points.size();
        if (n < 2) {
            throw new IllegalArgumentException("a pair median needs at least two points");
        }
        long pairs = (long) n * (n - 1) / 2;
        long rankLo = (pairs - 1) / 2;
        long rankHi = pairs / 2;
        double[] probe = pairSample(points, new SplittableRandom(0x5EEDL + n), (int) Math.min(BRACKET_SAMPLE, pairs));
        Arrays.sort(probe);
        // the sample median's rank has a standard deviation of sqrt(K)/2: a bracket of ±3 of them
        // misses about 3 times in 1000 (then it is widened) and holds about 3.3 % of the pairs
        int margin = (int) Math.ceil(1.5 * Math.sqrt(probe.length));
        double a = probe[Math.max(0, probe.length / 2 - margin)];
        double b = probe[Math.min(probe.length - 1, probe.length / 2 + margin)];
        while (true) {
            pass.count(points, a, b, cap, runner);
            long below = pass.below();
            if (rankLo < below) {
                a = Double.NEGATIVE_INFINITY;
            } else if (rankHi >= below + pass.inside()) {
                b = Double.POSITIVE_INFINITY;
            } else if (pass.collected()) {
                double[] v = pass.values();
                int len = (int) pass.inside();
                double upper = Selection.select(v, len, (int) (rankHi - below));
                return rankLo == rankHi ? upper : 0.5 * (Selection.select(v, len, (int) (rankLo - below)) + upper);
            } else {
                double lo = pass.minInside();
                double hi = pass.maxInside();
                double mid = 0.5 * (lo + hi);
                if (lo == hi || mid == hi) {
                    return straddle(points, runner, below, rankLo, rankHi, lo, lo);
                }
                pass.count(points, lo, mid, 0, runner);
                long left = pass.inside();
                if (rankHi < below + left) {
                    a = lo;
                    b = mid;
                } else if (rankLo >= below + left) {
                    a = Math.nextUp(mid);
                    b = hi;
                } else {
                    return straddle(points, runner, below, rankLo, rankHi, lo, mid);
                }
            }
        }
    }

    /**
     * The ranks lie on either side of {@code mid} (or every value in the bracket is equal): the lower
     * middle value is the largest in [lo, mid], the upper the smallest above it.
     */
    private double straddle(PointSet points, ParallelRunner runner, long below, long rankLo, long rankHi,
                            double lo, double mid) {
        pass.count(points, lo, mid, 0, runner);
        long left = below + pass.inside();
        double lower = pass.maxInside();
        if (rankHi < left) {
            return lower;
        }
        pass.count(points, Math.nextUp(mid), Double.POSITIVE_INFINITY, 0, runner);
        double upper = pass.minInside();
        return rankLo == rankHi || rankLo >= left ? upper : 0.5 * (lower + upper);
    }

    /** The median of {@code k} pairs drawn uniformly (with replacement) from {@code rng}. */
    public static double sampled(PointSet points, SplittableRandom rng, int k) {
        try (ParallelRunner one = new ParallelRunner(1)) {
            return sampled(points, rng, k, one);
        }
    }

    /**
     * As above, the pairs drawn in {@value #SAMPLE_BLOCKS} blocks, each from its own stream split off
     * {@code rng} in block order, so the blocks can be filled on the runner's threads and the pairs
     * do not depend on the thread count.
     */
    public static double sampled(PointSet points, SplittableRandom rng, int k, ParallelRunner runner) {
        if (points.size() < 2) {
            throw new IllegalArgumentException("a pair median needs at least two points");
        }
        SplittableRandom[] streams = new SplittableRandom[SAMPLE_BLOCKS];
        for (int b = 0; b < SAMPLE_BLOCKS; b++) {
            streams[b] = rng.split();
        }
        double[] s = new double[k];
        runner.forEach(SAMPLE_BLOCKS, b -> pairSample(points, streams[b], s, (int) ((long) b * k / SAMPLE_BLOCKS),
                (int) ((long) (b + 1) * k / SAMPLE_BLOCKS)));
        return Selection.medianOfNonNegative(s, s.length);
    }

    private static double[] pairSample(PointSet points, SplittableRandom rng, int k) {
        double[] out = new double[k];
        pairSample(points, rng, out, 0, k);
        return out;
    }

    /** Squared distances of random pairs i ≠ j into {@code out[from..to)}. */
    private static void pairSample(PointSet points, SplittableRandom rng, double[] out, int from, int to) {
        int n = points.size();
        int d = points.dim();
        double[] x = points.coords();
        for (int t = from; t < to; t++) {
            int i = rng.nextInt(n);
            int j = rng.nextInt(n - 1);
            j = j >= i ? j + 1 : j;
            out[t] = GaussianKernelSums.squaredDistance(x, i * d, x, j * d, d);
        }
    }
}
