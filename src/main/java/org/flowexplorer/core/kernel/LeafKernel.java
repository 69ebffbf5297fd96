package org.flowexplorer.core.kernel;

/**
 * The inner loops of the dense kernels: one evaluation point against the leaves its
 * {@link LeafVisit} lists. With {@code a_j = −k‖x − y_j‖² + b_j} and a running shift M (a log-sum-exp
 * maximum kept without a second pass: it starts at the visit's lower bound and is raised, with the
 * sums rescaled, only when a leaf's upper bound says a term could overflow), it computes
 * <pre>
 *   W = Σ_j e^(a_j − M),   O = Σ_j e^(a_j − M) (y_j − x),   P = Σ_j e^(a_j − M) p_j
 * </pre>
 * and writes {@code acc = [M, W, O_1..O_d, P_1..P_d]} (P only with a payload). Squared distances
 * come from coordinate differences. An implementation is used by one thread at a time; every
 * point's result depends only on the point and the data, never on which thread ran it.
 */
public interface LeafKernel {
    /**
     * @param s       the sample layout (read only)
     * @param x       the evaluation point at {@code x[off..off+d)}
     * @param negK    −k = −1/(2h²)
     * @param visit   the planned visit of this point
     * @param payload whether to accumulate P
     * @param acc     receives M, W, O and P; length ≥ 2 + 2d
     */
    void accumulate(LeafLayout s, double[] x, int off, double negK, LeafVisit visit, boolean payload, double[] acc);

    /** A short description such as {@code scalar-double} or {@code vector-float 16 lanes}. */
    String describe();
}
