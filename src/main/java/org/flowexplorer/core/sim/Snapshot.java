package org.flowexplorer.core.sim;

import org.flowexplorer.core.data.Dataset;
import org.flowexplorer.core.kernel.KernelStatus;
import org.flowexplorer.core.math.PointSet;

/**
 * An immutable picture of a simulation after a step, published by the worker thread and read by
 * the window, the exporters and the timeline. Readers never see a half-written state.
 *
 * @param step        steps completed so far (0 = the initial state)
 * @param sigma       σ of the last step taken (σ_0 for the initial state)
 * @param nextSigma   σ the next step will use
 * @param positions   the particles
 * @param velocities  the deterministic velocity of the last step per particle (zeros for particles
 *                    that did not move), or null for the initial state
 * @param targets     the target dataset
 * @param parameters  the parameters of the last step
 * @param msPerStep   wall time of the last step in milliseconds (0 for the initial state)
 * @param pauseReason why the run paused (a rejected step), or null
 * @param state       the full engine state, enough to fork a new run from this step
 * @param kernel      the kernel sums of the last step (exact or grid mode, the code path; for a
 *                    restored state the ones its next step will use), or null in derived views
 */
public record Snapshot(long step, double sigma, double nextSigma, PointSet positions, PointSet velocities,
                       Dataset targets, FlowParameters parameters, double msPerStep, String pauseReason,
                       SimulationState state, KernelStatus kernel) {

    /** A snapshot without kernel information (views derived from a simulation's snapshot). */
    public Snapshot(long step, double sigma, double nextSigma, PointSet positions, PointSet velocities,
                    Dataset targets, FlowParameters parameters, double msPerStep, String pauseReason,
                    SimulationState state) {
        this(step, sigma, nextSigma, positions, velocities, targets, parameters, msPerStep, pauseReason, state, null);
    }

    /** True when the engine rejected a step and paused. */
    public boolean paused() {
        return pauseReason != null;
    }
}
