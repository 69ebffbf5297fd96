package org.flowexplorer.core.math;

/**
 * Order statistics without a full sort. The median of an even count is the mean of the two
 * middle values (algorithms.md, Notation).
 */
public final class Selection {
    /** Pieces of the bit range in {@link #medianOfNonNegative}. */
    private static final int BUCKETS = 4096;
    private Selection() {
    }

    /** The median of {@code values[0..n)}; the array is reordered. {@code n} must be ≥ 1. */
    public static double median(double[] values, int n) {
        if (n < 1) {
            throw new IllegalArgumentException("median of no values");
        }
        int hi = n / 2;
        double upper = select(values, n, hi);
        if (n % 2 == 1) {
            return upper;
        }
        // after select, values[0..hi) are all ≤ upper: the lower middle is their maximum
        double lower = values[0];
        for (int i = 1; i < hi; i++) {
            if (values[i] > lower) {
                lower = values[i];
            }
        }
        return 0.5 * (lower + upper);
    }

    /** The k-th smallest (0-based) of {@code values[0..n)}; partitions the array around it. */
    public static double select(double[] a, int n, int k) {
        int lo = 0;
        int hi = n - 1;
        while (hi > lo) {
            double pivot = medianOfThree(a[lo], a[lo + (hi - lo) / 2], a[hi]);
            int i = lo;
            int j = hi;
            while (i <= j) {
                while (a[i] < pivot) {
                    i++;
                }
                while (a[j] > pivot) {
                    j--;
                }
                if (i <= j) {
                    double t = a[i];
                    a[i] = a[j];
                    a[j] = t;
                    i++;
                    j--;
                }
            }
            if (k <= j) {
                hi = j;
            } else if (k >= i) {
                lo = i;
            } else {
                return a[k];
            }
        }
        return a[k];
    }

    /**
     * The median of {@code values[0..n)} when they are all ≥ 0 (squared distances), equal to
     * {@link #median} but several times faster on large arrays: the IEEE bits of non-negative
     * doubles order like the values, so one pass finds the range of the bits, one histogram of 4096
     * equal pieces of it finds the piece holding each middle rank, and only that piece's values
     * (typically well under 1 %) are selected — no data-dependent branch over the whole array, where
     * quickselect mispredicts about every other comparison. Falls back to {@link #median} for a
     * negative value or NaN. The array is reordered.
     */
    public static double medianOfNonNegative(double[] values, int n) {
        if (n < 1) {
            throw new IllegalArgumentException("median of no values");
        }
        long min = Long.MAX_VALUE;
        long max = 0;
        long signs = 0;
        for (int i = 0; i < n; i++) {
            long b = Double.doubleToRawLongBits(values[i]);
            signs |= b;
            min = Math.min(min, b);
            max = Math.max(max, b);
        }
        if (signs < 0 || max > Double.doubleToRawLongBits(Double.POSITIVE_INFINITY) || n < BUCKETS) {
            return median(values, n); // a negative value or NaN, or too few values to bother
        }
        int shift = 0;
        while (((max - min) >>> shift) >= BUCKETS) {
            shift++;
        }
        int[] counts = new int[BUCKETS];
        for (int i = 0; i < n; i++) {
            counts[(int) ((Double.doubleToRawLongBits(values[i]) - min) >>> shift)]++;
        }
        int hi = n / 2;
        double upper = kth(values, n, hi, counts, min, shift);
        return n % 2 == 1 ? upper : 0.5 * (kth(values, n, hi - 1, counts, min, shift) + upper);
    }

    /** The k-th smallest: the values of the bucket holding rank k, moved to a scratch array and selected. */
    private static double kth(double[] values, int n, int k, int[] counts, long min, int shift) {
        int bucket = 0;
        int below = 0;
        while (below + counts[bucket] <= k) {
            below += counts[bucket++];
        }
        double[] inside = new double[counts[bucket]];
        int m = 0;
        for (int i = 0; i < n; i++) {
            if ((int) ((Double.doubleToRawLongBits(values[i]) - min) >>> shift) == bucket) {
                inside[m++] = values[i];
            }
        }
        return select(inside, m, k - below);
    }

    private static double medianOfThree(double a, double b, double c) {
        return Math.max(Math.min(a, b), Math.min(Math.max(a, b), c));
    }
}
