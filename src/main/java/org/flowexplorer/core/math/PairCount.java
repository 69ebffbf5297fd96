package org.flowexplorer.core.math;

import java.util.Arrays;

/**
 * One pass over all pairs i &lt; k of a point set: how many squared distances lie below a bracket
 * [a, b], how many inside it, their minimum and maximum, and (if at most {@code cap}) the values
 * inside. Rows are split into chunks of about equal pair counts, each chunk counted by one thread
 * into its own buffer, so the counts and the multiset of values do not depend on the threads.
 * Buffers are kept between passes.
 */
final class PairCount {
    private static final int CHUNKS = 64;
    private final long[] below = new long[CHUNKS];
    private final long[] inside = new long[CHUNKS];
    private final double[] min = new double[CHUNKS];
    private final double[] max = new double[CHUNKS];
    private final double[][] chunkValues = new double[CHUNKS][16];
    private double[] values = new double[0];
    private long totalBelow;
    private long totalInside;
    private boolean collected;
    private double minInside;
    private double maxInside;

    /** Counts (and collects, when the total fits {@code cap}) the pair distances against [a, b]. */
    void count(PointSet points, double a, double b, int cap, ParallelRunner runner) {
        int n = points.size();
        int d = points.dim();
        double[] x = points.coords();
        int[] rowStart = chunkRows(n);
        runner.forEach(CHUNKS, ch -> {
            long lo = 0;
            long in = 0;
            double mn = Double.POSITIVE_INFINITY;
            double mx = Double.NEGATIVE_INFINITY;
            double[] buf = chunkValues[ch];
            for (int i = rowStart[ch]; i < rowStart[ch + 1]; i++) {
                for (int k = i + 1; k < n; k++) {
                    double v = GaussianKernelSums.squaredDistance(x, i * d, x, k * d, d);
                    if (v < a) {
                        lo++;
                    } else if (v <= b) {
                        if (in < cap) {
                            if (in == buf.length) {
                                buf = Arrays.copyOf(buf, (int) Math.min(cap, 2L * buf.length));
                            }
                            buf[(int) in] = v;
                        }
                        in++;
                        mn = Math.min(mn, v);
                        mx = Math.max(mx, v);
                    }
                }
            }
            chunkValues[ch] = buf;
            below[ch] = lo;
            inside[ch] = in;
            min[ch] = mn;
            max[ch] = mx;
        });
        totalBelow = 0;
        totalInside = 0;
        minInside = Double.POSITIVE_INFINITY;
        maxInside = Double.NEGATIVE_INFINITY;
        for (int ch = 0; ch < CHUNKS; ch++) {
            totalBelow += below[ch];
            totalInside += inside[ch];
            minInside = Math.min(minInside, min[ch]);
            maxInside = Math.max(maxInside, max[ch]);
        }
        collected = totalInside <= cap;
        if (collected) {
            if (values.length < totalInside) {
                values = new double[(int) totalInside];
            }
            int at = 0;
            for (int ch = 0; ch < CHUNKS; ch++) {
                System.arraycopy(chunkValues[ch], 0, values, at, (int) inside[ch]);
                at += (int) inside[ch];
            }
        }
    }

    /** First row of each chunk, so that chunks hold about equal numbers of pairs. */
    private static int[] chunkRows(int n) {
        int[] start = new int[CHUNKS + 1];
        long pairs = (long) n * (n - 1) / 2;
        long seen = 0;
        int ch = 1;
        for (int i = 0; i < n && ch < CHUNKS; i++) {
            seen += n - 1 - i;
            while (ch < CHUNKS && seen >= pairs * ch / CHUNKS) {
                start[ch++] = i + 1;
            }
        }
        while (ch <= CHUNKS) {
            start[ch++] = n;
        }
        for (int c = 1; c <= CHUNKS; c++) {
            start[c] = Math.max(start[c], start[c - 1]);
        }
        return start;
    }

    long below() {
        return totalBelow;
    }

    long inside() {
        return totalInside;
    }

    /** True when the inside values were collected into {@link #values()}. */
    boolean collected() {
        return collected;
    }

    /** The inside values, in {@code [0, inside())}; reordered by selections. */
    double[] values() {
        return values;
    }

    double minInside() {
        return minInside;
    }

    double maxInside() {
        return maxInside;
    }
}
