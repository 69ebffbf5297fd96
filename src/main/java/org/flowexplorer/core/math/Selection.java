package org.flowexplorer.core.math;

/**
 * Order statistics without a full sort. The median of an even count is the mean of the two
 * middle values (algorithms.md, Notation).
 */
public final class Selection {
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

    private static double medianOfThree(double a, double b, double c) {
        return Math.max(Math.min(a, b), Math.min(Math.max(a, b), c));
    }
}
