package org.flowexplorer.core.flow;

import org.flowexplorer.core.kernel.KernelSums;
import org.flowexplorer.core.math.GaussianKernelSums;
import org.flowexplorer.core.math.PointSet;

/**
 * The weighted score difference shared by SD flow, Langevin and DiffFlow:
 * <pre>
 *   v(x) = w_p s_p(x) − w_q s_q(x) = (w_p (m_p(x) − x) − w_q (m_q(x) − x)) / σ²
 * </pre>
 * with the KDE scores of algorithms.md §1. Offsets {@code m − x} are summed as
 * {@code Σ w_j (y_j − x)} so that large coordinates do not cancel. A zero weight skips its sum.
 */
final class ScoreDifferenceField implements VelocityField {
    private final PointSet sample;
    private final PointSet targets;
    private final double invSigma2;
    private final double invTwoSigma2;
    private final double wp;
    private final double wq;

    ScoreDifferenceField(PointSet sample, PointSet targets, double sigma, double wp, double wq) {
        this.sample = sample;
        this.targets = targets;
        this.invSigma2 = 1.0 / (sigma * sigma);
        this.invTwoSigma2 = 0.5 * invSigma2;
        this.wp = wp;
        this.wq = wq;
    }

    @Override
    public int dim() {
        return targets.dim();
    }

    @Override
    public FieldScratch newScratch() {
        return new FieldScratch(Math.max(targets.size(), sample.size()), dim());
    }

    @Override
    public void evaluate(double[] x, int xOff, double[] out, int outOff, FieldScratch s) {
        int d = dim();
        double[] p = s.first;
        double[] q = s.second;
        if (wp != 0.0) {
            GaussianKernelSums.meanOffset(x, xOff, targets, invTwoSigma2, -1, s.logWeights, p, 0);
        } else {
            java.util.Arrays.fill(p, 0.0);
        }
        if (wq != 0.0) {
            GaussianKernelSums.meanOffset(x, xOff, sample, invTwoSigma2, -1, s.logWeights, q, 0);
        } else {
            java.util.Arrays.fill(q, 0.0);
        }
        for (int c = 0; c < d; c++) {
            out[outOff + c] = (wp * p[c] - wq * q[c]) * invSigma2;
        }
    }

    /** The same field at every sample point of a step, with the sums of {@code sums}. */
    static void velocities(StepInput in, KernelSums sums, double wp, double wq, QSelf qSelf, double[] out) {
        PointSet sample = in.sample();
        double invSigma2 = 1.0 / (in.sigma() * in.sigma());
        double k = 0.5 * invSigma2;
        double[] q = in.buffers().array(StepBuffers.FIRST, out.length);
        if (wp != 0.0) {
            sums.meanOffsets(sample, in.targets(), k, false, out);
        } else {
            java.util.Arrays.fill(out, 0.0);
        }
        if (wq != 0.0) {
            sums.meanOffsets(sample, sample, k, qSelf == QSelf.EXCLUDE, q);
        } else {
            java.util.Arrays.fill(q, 0.0);
        }
        for (int i = 0; i < out.length; i++) {
            out[i] = (wp * out[i] - wq * q[i]) * invSigma2;
        }
    }
}
