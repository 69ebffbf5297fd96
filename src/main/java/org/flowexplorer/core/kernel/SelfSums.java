package org.flowexplorer.core.kernel;

/**
 * Kernel sums of a point set with itself, each point's own term included (q_self = include), that
 * use the kernel's symmetry: e^(−k‖x_i − x_j‖²) is computed once for the pair and added to both
 * points' sums, nearly halving the work of the particle–particle sums. With the own term e^0 = 1
 * present and every log-weight 0, the largest term of every point is 1, so the shift of the
 * log-sum-exp is 0 for all points and one term serves both sides:
 * <pre>
 *   W_i = Σ_j e^(−k‖x_i − x_j‖²),   O_i = Σ_j e^(−k‖x_i − x_j‖²) (x_j − x_i)
 * </pre>
 * A point is given only where the float arithmetic of the pair loops is as accurate as the dense
 * kernels' (another point within k·d² ≤ 2, as {@link LeafKernel}'s float rule); the caller computes
 * the other points its usual way. Results depend only on the data and k, never on the thread count.
 */
public interface SelfSums {
    /**
     * Computes W and O for the points of {@code layout} (a plain point set: every log-weight 0).
     *
     * @param out      receives {@code out[p·(1+d)] = W_p} and {@code out[p·(1+d) + 1 + c] = O_p,c} for
     *                 every accepted point p; length ≥ n·(1 + d)
     * @param accepted receives whether point p was computed; length ≥ n
     * @return false when these sums decline the whole set (dimension, size or too few accepted
     *         points): then nothing is written and the caller computes every point
     */
    boolean sums(LeafLayout layout, double k, double[] out, boolean[] accepted);
}
