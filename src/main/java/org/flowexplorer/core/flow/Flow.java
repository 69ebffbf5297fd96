package org.flowexplorer.core.flow;

import org.flowexplorer.core.kernel.KernelSums;
import org.flowexplorer.core.math.ParallelRunner;
import org.flowexplorer.core.math.PointSet;

/**
 * A particle flow: given the current sample of q (the particles that interact), the targets
 * (the sample of p) and the noise level σ of the step, it defines the velocity field v
 * (algorithms.md §2). Both methods take the sample first, then the targets.
 */
public interface Flow {
    /**
     * The velocity field with sample and targets held fixed, evaluated point by point on the scalar
     * double reference kernels: for the {@code metrics} diagnostics, the overlays and tests. At an
     * arbitrary point the whole sample counts (q_self applies only at the particles themselves, see
     * {@link #velocities}).
     *
     * @param sample  the particles x_1..x_N standing for q
     * @param targets the targets y_1..y_M standing for p
     * @param sigma   the noise level σ &gt; 0
     * @param runner  threads for any precomputation over the sample
     */
    VelocityField field(PointSet sample, PointSet targets, double sigma, ParallelRunner runner);

    /**
     * The velocity of one step at every sample point, {@code out[i·d + c]}, with the kernel sums of
     * {@code sums} (reference, dense fast or grid) and q_self honoured. MMD evaluates at its noise
     * probe here.
     */
    void velocities(StepInput in, KernelSums sums, double[] out);

    /** ρ_eff of the step rule: the weight of injected Gaussian noise (0 for deterministic flows). */
    double noiseRho();
}
