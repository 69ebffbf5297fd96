package org.flowexplorer.app.run;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.flowexplorer.core.sim.FlowParameters;
import org.flowexplorer.core.sim.ParameterChange;
import org.flowexplorer.core.sim.RunConfig;
import org.flowexplorer.core.sim.Snapshot;

/**
 * Records how the user steered the current run, so that it can be saved and replayed bit for bit
 * by {@code HeadlessRun}. It is told of every step the worker takes (on the worker thread) and
 * compares the parameters that step actually used ({@link Snapshot#parameters()}) with those the
 * record says were in force: a difference is a slider move, recorded with
 * {@link RunConfig#withChangeAt} at the step where it took effect. Because it looks at what the
 * engine used rather than at when a slider moved, there is no race with a running worker.
 * A step from state 0 (a fresh run or a reset) starts a new record; a rebuilt simulation (new
 * data, a preset, an opened file) is noticed by its configuration object changing. Thread safe.
 */
public final class SteeringRecorder implements Consumer<Snapshot> {
    private final Supplier<RunConfig> builtFrom;
    private RunConfig base;
    private RunConfig recorded;

    /** @param builtFrom the configuration the current simulation was built from (the worker's) */
    public SteeringRecorder(Supplier<RunConfig> builtFrom) {
        this.builtFrom = builtFrom;
    }

    /** Called after every step taken, with the snapshot it published. */
    @Override
    public synchronized void accept(Snapshot s) {
        rebaseIfRebuilt();
        int from = (int) (s.step() - 1);
        recorded = withParamsFrom(recorded, from, s.parameters());
    }

    /**
     * The configuration that reproduces a state: the recorded changes before {@code step}, the
     * parameters {@code next} in force from {@code step} on, and {@code steps = step}. Call it on
     * the worker thread (between steps) with the latest snapshot's step and the simulation's
     * current parameters for an exact result.
     */
    public synchronized RunConfig configAt(long step, FlowParameters next) {
        rebaseIfRebuilt();
        int k = (int) step;
        return withParamsFrom(recorded, k, next).withSteps(k);
    }

    private void rebaseIfRebuilt() {
        RunConfig b = builtFrom.get();
        if (b != base) {
            base = b;
            recorded = b.withChanges(List.of());
        }
    }

    /** {@code c} with every change at or after {@code step} dropped and {@code p} in force from {@code step}. */
    static RunConfig withParamsFrom(RunConfig c, int step, FlowParameters p) {
        List<ParameterChange> kept = new ArrayList<>();
        for (ParameterChange ch : c.changes()) {
            if (ch.step() < step) {
                kept.add(ch);
            }
        }
        RunConfig upTo = kept.size() == c.changes().size() ? c : c.withChanges(kept);
        return p.equals(upTo.paramsAt(step)) ? upTo : upTo.withChangeAt(step, p);
    }
}
