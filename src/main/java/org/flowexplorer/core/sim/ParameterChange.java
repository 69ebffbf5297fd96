package org.flowexplorer.core.sim;

/**
 * A change of the dynamics during a run, as made by moving a slider in the window: from step
 * {@code step} on (i.e. for the step that takes the state from {@code step} to {@code step + 1}
 * and every later one) the run uses {@code params}. Recorded in saved configurations so that a run
 * the user steered by hand replays bit for bit.
 *
 * @param step   the number of steps already taken when the change applies (≥ 0)
 * @param params the parameters in force from then on
 */
public record ParameterChange(int step, FlowParameters params) {
    public ParameterChange {
        if (step < 0) {
            throw new IllegalArgumentException("changes: step must be non-negative, got " + step);
        }
        if (params == null) {
            throw new IllegalArgumentException("changes: parameters missing");
        }
    }
}
