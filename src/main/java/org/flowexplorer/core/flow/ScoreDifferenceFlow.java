package org.flowexplorer.core.flow;

import org.flowexplorer.core.kernel.KernelSums;
import org.flowexplorer.core.math.ParallelRunner;
import org.flowexplorer.core.math.PointSet;

/**
 * Score-difference flow (Weber 2023), algorithms.md §2:
 * <pre>
 *   v(x_i) = s_p(x_i) − s_q(x_i) = (m_p(x_i) − m_q(x_i)) / σ²
 * </pre>
 * where m_p and m_q are the Gaussian-kernel (softmax) weighted means of the targets and of the
 * particles (including x_i itself, or without it for q_self = exclude) at noise level σ.
 * Deterministic: ρ_eff = 0. Its fixed point is q = p; the step {@code ε v = η (m_p − m_q)} moves a
 * fraction η between the kernel means.
 */
public final class ScoreDifferenceFlow implements Flow {
    private final QSelf qSelf;

    /** @param qSelf whether each particle is part of its own q sample */
    public ScoreDifferenceFlow(QSelf qSelf) {
        this.qSelf = qSelf;
    }

    /** With the particle itself in its q sample (the default). */
    public ScoreDifferenceFlow() {
        this(QSelf.INCLUDE);
    }

    @Override
    public VelocityField field(PointSet sample, PointSet targets, double sigma, ParallelRunner runner) {
        return new ScoreDifferenceField(sample, targets, sigma, 1.0, 1.0);
    }

    @Override
    public void velocities(StepInput in, KernelSums sums, double[] out) {
        ScoreDifferenceField.velocities(in, sums, 1.0, 1.0, qSelf, out);
    }

    @Override
    public double noiseRho() {
        return 0.0;
    }
}
