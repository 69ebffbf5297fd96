package org.flowexplorer.core.experiment.model;

import org.flowexplorer.core.math.GaussianKernelSums;
import org.flowexplorer.core.math.ParallelRunner;
import org.flowexplorer.core.math.PointSet;

/**
 * The SD velocity of §2 at the model samples, with the q-score's own term included or left out
 * (algorithms.md §1):
 * <pre>
 *   v_i = (m_p(x_i) − m_q(x_i)) / σ²,   m_q over x_k, k = 1..N (include) or k ≠ i (exclude)
 * </pre>
 * Both means come from {@link GaussianKernelSums#meanOffset} (log-sum-exp safe, ascending index
 * order). For leave-one-out each thread keeps the sample without particle i in one buffer and
 * moves a single row when i advances (rows 0..i−1, i+1..N−1 in order), so no sample is copied
 * per particle. This is the model step's own loop (§7); the engine's flows take q_self from
 * their parameters.
 */
final class ModelVelocity {
    private ModelVelocity() {
    }

    /**
     * Writes v_i into {@code v[i·d .. i·d+d)} for every sample.
     *
     * @param x       the model samples (N ≥ 2 for exclude)
     * @param targets the targets of this step
     */
    static void compute(PointSet x, PointSet targets, double sigma, QSelf qSelf, double[] v, ParallelRunner runner) {
        int n = x.size();
        int d = x.dim();
        double invTwoSigma2 = 0.5 / (sigma * sigma);
        double invSigma2 = 1.0 / (sigma * sigma);
        double[] xc = x.coords();
        runner.forRange(n, (from, to) -> {
            double[] logw = new double[Math.max(n, targets.size())];
            double[] mp = new double[d];
            double[] mq = new double[d];
            double[] others = qSelf == QSelf.EXCLUDE ? withoutRow(xc, n, d, from) : null;
            PointSet q = others == null ? x : PointSet.wrap(d, others);
            for (int i = from; i < to; i++) {
                if (others != null && i > from) {
                    // buffer held the sample without row i−1; put row i−1 where row i was
                    System.arraycopy(xc, (i - 1) * d, others, (i - 1) * d, d);
                }
                GaussianKernelSums.meanOffset(xc, i * d, targets, invTwoSigma2, logw, mp, 0);
                GaussianKernelSums.meanOffset(xc, i * d, q, invTwoSigma2, logw, mq, 0);
                for (int c = 0; c < d; c++) {
                    v[i * d + c] = (mp[c] - mq[c]) * invSigma2;
                }
            }
        });
    }

    /** Rows 0..skip−1 and skip+1..n−1 of a row-major n × d array, in order. */
    static double[] withoutRow(double[] rows, int n, int d, int skip) {
        double[] out = new double[(n - 1) * d];
        System.arraycopy(rows, 0, out, 0, skip * d);
        System.arraycopy(rows, (skip + 1) * d, out, skip * d, (n - 1 - skip) * d);
        return out;
    }
}
