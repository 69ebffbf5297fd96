package org.flowexplorer.core.flow;

import org.flowexplorer.core.math.ParallelRunner;
import org.flowexplorer.core.math.PointSet;
import org.flowexplorer.core.math.RandomStreams;

/**
 * What a flow needs to compute the velocities of one step.
 *
 * @param sample   the particles that move and stand for q (all particles, or the batch B_q)
 * @param targets  the targets of this step (all, or the batch B_p)
 * @param sigma    σ of the step
 * @param step     the step number (keys the random streams)
 * @param indices  the particle index of each sample row (null: row i is particle i)
 * @param random   the run's random streams (MMD's noise probe)
 * @param buffers  reusable arrays for intermediate sums
 * @param runner   threads for work outside the kernel sums (SVGD's pair median)
 * @param exactMedianLimit largest N for which SVGD's bandwidth uses the exact pair median (above it
 *                 an estimate, see {@link org.flowexplorer.core.math.PairMedian})
 */
public record StepInput(PointSet sample, PointSet targets, double sigma, long step, int[] indices,
                        RandomStreams random, StepBuffers buffers, ParallelRunner runner, int exactMedianLimit) {
    /** The particle index of sample row {@code row}. */
    public int particle(int row) {
        return indices == null ? row : indices[row];
    }

    /**
     * Inputs for a one-off evaluation at the sample itself (the {@code velocity} command): the exact
     * pair median at any N.
     */
    public static StepInput once(PointSet sample, PointSet targets, double sigma, ParallelRunner runner) {
        return new StepInput(sample, targets, sigma, 0, null, new RandomStreams(0), new StepBuffers(), runner,
                Integer.MAX_VALUE);
    }
}
