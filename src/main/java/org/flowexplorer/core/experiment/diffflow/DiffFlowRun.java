package org.flowexplorer.core.experiment.diffflow;

import org.flowexplorer.core.math.PointSet;

/**
 * One run of the family: sliced W2 to the targets at the recorded steps, and the particles at
 * mid-run (σ still large) and at the end.
 *
 * @param rho      ρ
 * @param seed     seed
 * @param steps    recorded steps (0 first)
 * @param slicedW2 sliced W2 at those steps
 * @param atMid    particles at step T/2
 * @param atEnd    final particles
 */
public record DiffFlowRun(double rho, long seed, long[] steps, double[] slicedW2, PointSet atMid, PointSet atEnd) {
}
