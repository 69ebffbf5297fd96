package org.flowexplorer.core.sim;

/** What happened in one call to {@link Simulation#step()}. */
public enum StepOutcome {
    /** The step was taken. */
    ADVANCED,
    /** The step would have produced a non-finite coordinate: rejected, state kept, run paused. */
    REJECTED,
    /** The step was stopped part way by {@link Simulation#cancelStep()}: nothing changed, nothing was published. */
    CANCELLED
}
