package org.flowexplorer.core.metric;

/**
 * Exact squared 2-Wasserstein distance between two empirical distributions on the line
 * (algorithms.md §6). With sorted values a_0 ≤ … ≤ a_{N−1} and b_0 ≤ … ≤ b_{M−1}, the quantile
 * functions are step functions, F_a⁻¹(t) = a_i for t ∈ (i/N, (i+1)/N], and
 * <pre>
 *   W2² = ∫₀¹ (F_a⁻¹(t) − F_b⁻¹(t))² dt
 *       = Σ over the merged breakpoints {i/N} ∪ {j/M} of (a_i − b_j)² · (segment length).
 * </pre>
 * Breakpoints are compared as the integers (i+1)·M and (j+1)·N (in {@code long}), i.e. in units
 * of 1/(N·M), so coinciding breakpoints are detected exactly and every segment length is an exact
 * integer divided by N·M. For N = M this is {@code mean_i (a_i − b_i)²}.
 */
final class Wasserstein1D {
    private Wasserstein1D() {
    }

    /**
     * W2² between {@code a[0..n)} and {@code b[0..m)}, both sorted ascending (not modified).
     * {@code n} and {@code m} must be ≥ 1.
     */
    static double squaredSorted(double[] a, int n, double[] b, int m) {
        if (n < 1 || m < 1) {
            throw new IllegalArgumentException("W2 needs at least one value on each side");
        }
        long bigN = n;
        long bigM = m;
        double sum = 0.0;
        int i = 0;
        int j = 0;
        long prev = 0L;                       // current position t·N·M
        while (i < n && j < m) {
            long endA = (i + 1L) * bigM;      // (i+1)/N in units of 1/(N·M)
            long endB = (j + 1L) * bigN;      // (j+1)/M in units of 1/(N·M)
            long end = Math.min(endA, endB);
            double diff = a[i] - b[j];
            sum += diff * diff * (double) (end - prev);
            prev = end;
            if (endA <= endB) {
                i++;
            }
            if (endB <= endA) {
                j++;
            }
        }
        return sum / ((double) bigN * bigM);
    }
}
