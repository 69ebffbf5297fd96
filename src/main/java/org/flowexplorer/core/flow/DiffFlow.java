package org.flowexplorer.core.flow;

import org.flowexplorer.core.kernel.KernelSums;
import org.flowexplorer.core.math.ParallelRunner;
import org.flowexplorer.core.math.PointSet;

/**
 * DiffFlow (Zhang et al. 2023), algorithms.md §2:
 * <pre>
 *   dx = [w_p s_p − w_q s_q] dt + sqrt(2ρ) dW,    coupled mode: w_p = 1, w_q = 1 − ρ
 * </pre>
 * the marginal-preserving family {@code dx = [s_p − s_q + (g²/2) s_q] dt + g dW} with g² = 2ρ:
 * ρ = 0 is SD flow (deterministic, GAN-like), ρ = 1 is Langevin on p_σ (diffusion-like). In free
 * mode w_p and w_q are set independently and the marginals are no longer preserved. s_q honours
 * q_self at the particles.
 */
public final class DiffFlow implements Flow {
    private final double rho;
    private final double wp;
    private final double wq;
    private final QSelf qSelf;

    /**
     * @param rho   noise weight ρ ∈ [0, 1]
     * @param wp    weight of the target score
     * @param wq    weight of the particle score
     * @param qSelf whether each particle is part of its own q sample
     */
    public DiffFlow(double rho, double wp, double wq, QSelf qSelf) {
        this.rho = rho;
        this.wp = wp;
        this.wq = wq;
        this.qSelf = qSelf;
    }

    /** With the particle itself in its q sample (the default). */
    public DiffFlow(double rho, double wp, double wq) {
        this(rho, wp, wq, QSelf.INCLUDE);
    }

    /** Coupled mode: w_p = 1, w_q = 1 − ρ. */
    public static DiffFlow coupled(double rho) {
        return new DiffFlow(rho, 1.0, 1.0 - rho);
    }

    @Override
    public VelocityField field(PointSet sample, PointSet targets, double sigma, ParallelRunner runner) {
        return new ScoreDifferenceField(sample, targets, sigma, wp, wq);
    }

    @Override
    public void velocities(StepInput in, KernelSums sums, double[] out) {
        ScoreDifferenceField.velocities(in, sums, wp, wq, qSelf, out);
    }

    @Override
    public double noiseRho() {
        return rho;
    }
}
