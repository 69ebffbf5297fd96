package org.flowexplorer.core.flow;

import org.flowexplorer.core.math.ParallelRunner;
import org.flowexplorer.core.math.PointSet;

/**
 * A particle flow: given the current sample of q (the particles that interact), the targets
 * (the sample of p) and the noise level σ of the step, it builds the velocity field v.
 */
public interface Flow {
    /**
     * The velocity field of this step.
     *
     * @param sample  the particles x_1..x_N standing for q (each particle is part of its own sum)
     * @param targets the targets y_1..y_M standing for p
     * @param sigma   the noise level σ &gt; 0
     * @param runner  threads for any precomputation over the sample
     */
    VelocityField field(PointSet sample, PointSet targets, double sigma, ParallelRunner runner);

    /** ρ_eff of the step rule: the weight of injected Gaussian noise (0 for deterministic flows). */
    double noiseRho();
}
