package org.flowexplorer.core.kernel;

import org.flowexplorer.core.math.PointSet;

/**
 * The two Gaussian-kernel sums every flow is made of (algorithms.md §1–2), evaluated at many
 * points at once, with {@code k = 1/(2h²)}:
 * <pre>
 *   mean offset:  m(x) − x = Σ_j w_j (y_j − x),   w_j = softmax_j(−k‖x − y_j‖²)
 *   kernel sums:  O(x) = Σ_j e^(−k‖x − y_j‖²) (y_j − x),   P(x) = Σ_j e^(−k‖x − y_j‖²) p_j
 * </pre>
 * Implementations: {@link ReferenceSums} (the scalar double reference, pointwise in ascending
 * order), {@link DenseSums} (blocked, vectorized, exact to 1e−6 relative) and {@link GridSums}
 * (binned sample, approximate). All write {@code out[i·d + c]} for evaluation point i and give the
 * same result for any thread count.
 */
public interface KernelSums {
    /**
     * Softmax-weighted mean offsets of {@code sample} at every point of {@code eval}.
     *
     * @param excludeSelf leave each point out of its own sum (q_self = exclude); {@code eval} must then
     *                    be {@code sample} itself. A point with no other point gets 0.
     */
    void meanOffsets(PointSet eval, PointSet sample, double k, boolean excludeSelf, double[] out);

    /**
     * Unnormalised kernel sums O (and P when {@code payload}, d values per sample point, is given)
     * at every point of {@code eval}.
     */
    void kernelSums(PointSet eval, PointSet sample, double k, double[] payload, double[] offsets, double[] payloadSums);

    /** Which code ran, for reports and {@code bench}. */
    String describe();

    /** True when the sums are approximate (grid mode). */
    default boolean approximate() {
        return false;
    }
}
