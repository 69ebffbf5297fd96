package org.flowexplorer.core.kernel.pair;

import org.flowexplorer.core.kernel.LeafLayout;

/**
 * The inner loops of {@link PairSums}: one block of leaf A's points against leaf B's, every
 * log-weight 0 and the shift 0 (see {@link org.flowexplorer.core.kernel.SelfSums}). For points i of A
 * and j of B, with {@code e_ij = e^(−k‖x_i − x_j‖²)}, it writes per stored slot, d + 1 doubles each
 * ({@code W, O_1..O_d}):
 * <pre>
 *   rows (A < B):     W_i = Σ_{j∈B} e_ij,   O_i = Σ_{j∈B} e_ij (x_j − x_i)
 *   columns (A < B):  W_j = Σ_{i∈A} e_ij,   O_j = Σ_{i∈A} e_ij (x_i − x_j)
 *   A = B:            the rows only, over the whole leaf, each point's own term included
 * </pre>
 * One instance per thread. The result of a block depends only on the data, never on the thread.
 */
public interface BlockKernel {
    /** Whether the loops handle points of dimension d. */
    boolean supports(int d);

    /**
     * The largest k·d² to a point's nearest other point for which these loops are within the
     * dense kernels' accuracy (the float rule of the leaf kernels).
     */
    double maxNearest();

    /**
     * One block. Row results go to {@code buf[rowOff + (slot − leafStart(a))·(d+1) + q]} for A's
     * real points, column results to {@code buf[colOff + (slot − leafStart(b))·(d+1) + q]} for B's
     * (only when a < b; the block overwrites both ranges).
     *
     * @param negK −k
     */
    void block(LeafLayout s, int a, int b, double negK, double[] buf, int rowOff, int colOff);
}
