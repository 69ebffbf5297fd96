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
    private double[][] cols = new double[0][];
    private final double[][] rows = new double[CHUNKS][0];
    private final double[][] chunkStats = new double[CHUNKS][4];
    private final boolean[] storing = new boolean[CHUNKS];
    private long totalBelow;
    private long totalInside;
    private boolean collected;
    private double minInside;
    private double maxInside;

    /** Counts (and collects, when the total fits {@code cap}) the pair distances against [a, b]. */
    void count(PointSet points, double a, double b, int cap, ParallelRunner runner) {
        int n = points.size();
        int d = points.dim();
        double[][] cols = columns(points);
        int[] rowStart = chunkRows(n);
        runner.forEach(CHUNKS, ch -> {
            double[] row = rows[ch].length == n ? rows[ch] : new double[n];
            rows[ch] = row;
            double[] stats = chunkStats[ch];
            stats[0] = 0;
            stats[1] = 0;
            stats[2] = Double.POSITIVE_INFINITY;
            stats[3] = Double.NEGATIVE_INFINITY;
            storing[ch] = true;
            for (int i = rowStart[ch]; i < rowStart[ch + 1]; i++) {
                int len = n - i - 1;
                distances(cols, d, i, row);
                long in = (long) stats[1];
                boolean store = storing[ch] && in + len <= cap;
                if (store && in + len > chunkValues[ch].length) {
                    chunkValues[ch] = Arrays.copyOf(chunkValues[ch],
                            (int) Math.min(cap, Math.max(2L * chunkValues[ch].length, in + len)));
                }
                classify(row, len, a, b, chunkValues[ch], store, stats);
                if (store) {
                    double[] buf = chunkValues[ch];
                    for (int k = (int) in; k < (int) stats[1]; k++) {
                        stats[2] = Math.min(stats[2], buf[k]);
                        stats[3] = Math.max(stats[3], buf[k]);
                    }
                } else {
                    storing[ch] = false;
                }
            }
            below[ch] = (long) stats[0];
            inside[ch] = (long) stats[1];
            min[ch] = stats[2];
            max[ch] = stats[3];
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
        for (int ch = 0; ch < CHUNKS; ch++) {
            collected &= storing[ch];
        }
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

    /** The coordinates as columns (structure of arrays), so the distance loop vectorizes. */
    private double[][] columns(PointSet points) {
        int n = points.size();
        int d = points.dim();
        if (cols.length != d || cols[0].length < n) {
            cols = new double[d][n];
        }
        double[] x = points.coords();
        for (int i = 0; i < n; i++) {
            for (int c = 0; c < d; c++) {
                cols[c][i] = x[i * d + c];
            }
        }
        return cols;
    }

    /** {@code row[k] = ‖x_i − x_(i+1+k)‖²} for k &lt; n − i − 1, summed coordinate by coordinate. */
    private static void distances(double[][] cols, int d, int i, double[] row) {
        int len = row.length - i - 1;
        Arrays.fill(row, 0, len, 0.0);
        for (int c = 0; c < d; c++) {
            double[] col = cols[c];
            double v = col[i];
            for (int k = 0; k < len; k++) {
                double t = col[i + 1 + k] - v;
                row[k] += t * t;
            }
        }
    }

    /**
     * Counts the values of {@code row[0..len)} below a and inside [a, b]. While the chunk still
     * collects ({@code buf} has room for the whole row, checked by the caller) it stores the inside
     * values; otherwise it only counts and keeps their min and max. stats = [below, inside, min,
     * max], updated; counts are exact as doubles up to 2^53. The loops are kept free of per-value
     * checks other than the one rarely taken branch: a capacity test inside it made C2 compile the
     * loop three times slower (measured).
     */
    private static void classify(double[] row, int len, double a, double b, double[] buf, boolean store,
                                 double[] stats) {
        long lo = 0;
        long in = (long) stats[1];
        if (store) {
            int at = (int) in;
            for (int k = 0; k < len; k++) {
                double v = row[k];
                lo += v < a ? 1 : 0;
                if ((v >= a) & (v <= b)) {
                    buf[at++] = v;
                }
            }
            in = at;
        } else {
            double mn = stats[2];
            double mx = stats[3];
            for (int k = 0; k < len; k++) {
                double v = row[k];
                lo += v < a ? 1 : 0;
                if ((v >= a) & (v <= b)) {
                    in++;
                    mn = v < mn ? v : mn;
                    mx = v > mx ? v : mx;
                }
            }
            stats[2] = mn;
            stats[3] = mx;
        }
        stats[0] += lo;
        stats[1] = in;
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
