package org.flowexplorer.core.sim;

/**
 * The one step loop of every headless run (the CLI's {@code run}, exports, the paper
 * reproductions, {@code diagnose}): before each step the configuration's recorded changes take
 * effect exactly at their step, the simulation steps, and the listener sees the new snapshot. The
 * loop ends after the requested number of steps or at the first rejected step (the simulation then
 * holds the last good state and its snapshot says why).
 */
public final class StepLoop {
    private StepLoop() {
    }

    /**
     * Steps {@code sim} from its current step until it has taken {@code steps} more steps or a step
     * is rejected, applying the changes of {@code config} (null: keep the simulation's parameters);
     * returns the last snapshot.
     */
    public static Snapshot advance(Simulation sim, RunConfig config, long steps, HeadlessRun.StepListener listener) {
        boolean steered = config != null && !config.changes().isEmpty();
        long first = sim.stepCount();
        for (long s = first; s < first + steps; s++) {
            if (steered) {
                // recorded slider moves take effect exactly where they were made
                sim.parameters().set(config.paramsAt(s));
            }
            if (sim.step() == StepOutcome.REJECTED) {
                break;
            }
            listener.afterStep(sim.latest().get());
        }
        return sim.latest().get();
    }

    /** {@link #advance(Simulation, RunConfig, long, HeadlessRun.StepListener)} without changes. */
    public static Snapshot advance(Simulation sim, long steps, HeadlessRun.StepListener listener) {
        return advance(sim, null, steps, listener);
    }
}
