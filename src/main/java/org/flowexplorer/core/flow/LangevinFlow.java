package org.flowexplorer.core.flow;

import org.flowexplorer.core.kernel.KernelSums;
import org.flowexplorer.core.math.ParallelRunner;
import org.flowexplorer.core.math.PointSet;

/**
 * Langevin dynamics on the smoothed target p_σ, algorithms.md §2–3:
 * <pre>
 *   v(x_i) = s_p(x_i) = (m_p(x_i) − x_i) / σ²,     x ← x + ε v + sqrt(2ε) ξ,  ε = ησ²
 * </pre>
 * ρ_eff = 1. It samples p_σ, the σ-blurred target, not the sample itself.
 */
public final class LangevinFlow implements Flow {
    @Override
    public VelocityField field(PointSet sample, PointSet targets, double sigma, ParallelRunner runner) {
        return new ScoreDifferenceField(sample, targets, sigma, 1.0, 0.0);
    }

    @Override
    public void velocities(StepInput in, KernelSums sums, double[] out) {
        ScoreDifferenceField.velocities(in, sums, 1.0, 0.0, QSelf.INCLUDE, out);
    }

    @Override
    public double noiseRho() {
        return 1.0;
    }
}
