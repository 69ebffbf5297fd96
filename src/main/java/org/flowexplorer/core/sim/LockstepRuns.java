package org.flowexplorer.core.sim;

import java.util.ArrayList;
import java.util.List;
import org.flowexplorer.core.data.Dataset;
import org.flowexplorer.core.math.PointSet;

/**
 * Two or more simulations that start from the same targets and the same initial particles and
 * advance in lock-step, one step each per {@link #step()}, so that panes showing different flows
 * (or one flow with different parameters) are always at the same step. Every pane uses the first
 * configuration's seed for its noise, so differences between panes come from the dynamics alone.
 */
public final class LockstepRuns implements AutoCloseable {
    /** The fewest and most panes. */
    public static final int MIN_PANES = 2;
    public static final int MAX_PANES = 4;

    private final List<Simulation> runs = new ArrayList<>();
    private final Dataset data;
    private final PointSet initial;
    private final long seed;
    private final int threads;

    /**
     * @param data     the targets, shared by every pane
     * @param initial  the initial particles, shared by every pane
     * @param params   one parameter set per pane (2 to 4)
     * @param seed     the seed of every pane's random draws
     * @param threads  kernel threads of each simulation
     */
    public LockstepRuns(Dataset data, PointSet initial, List<FlowParameters> params, long seed, int threads) {
        if (params.size() < MIN_PANES || params.size() > MAX_PANES) {
            throw new IllegalArgumentException("compare mode runs 2 to 4 panes, got " + params.size());
        }
        this.data = data;
        this.initial = initial;
        this.seed = seed;
        this.threads = threads;
        for (FlowParameters p : params) {
            runs.add(new Simulation(data, initial, p, seed, threads));
        }
    }

    /** Lock-step runs of the given configuration with one parameter set per pane. */
    public static LockstepRuns of(RunConfig config, List<FlowParameters> params, int threads) {
        Dataset data = SimulationFactory.targets(config);
        return new LockstepRuns(data, SimulationFactory.initialParticles(config, data.dim()), params,
                config.seed(), threads);
    }

    /** The panes' simulations, in pane order (set their parameters to steer one pane). */
    public List<Simulation> simulations() {
        return List.copyOf(runs);
    }

    public int panes() {
        return runs.size();
    }

    /**
     * Steps every pane once. A pane whose step is rejected stays at its last good state (its
     * snapshot says why) and retries on the next call, e.g. after its parameters were changed;
     * returns the outcome per pane.
     */
    public List<StepOutcome> step() {
        List<StepOutcome> out = new ArrayList<>(runs.size());
        for (Simulation s : runs) {
            out.add(s.step());
        }
        return out;
    }

    /** The latest snapshot of every pane. */
    public List<Snapshot> latest() {
        List<Snapshot> out = new ArrayList<>(runs.size());
        for (Simulation s : runs) {
            out.add(s.latest().get());
        }
        return out;
    }

    /**
     * Adds a pane that continues from where pane {@code copyOf} is (its state, step and parameters):
     * the other panes go on undisturbed, and the new one is a twin of {@code copyOf} until its
     * parameters are changed. Call between steps (on the thread that steps).
     */
    public void addCopyOf(int copyOf) {
        if (runs.size() >= MAX_PANES) {
            throw new IllegalStateException("compare mode runs at most " + MAX_PANES + " panes");
        }
        Simulation from = runs.get(copyOf);
        Simulation twin = new Simulation(data, initial, from.parameters().get(), seed, threads);
        twin.restore(from.latest().get().state());
        twin.parameters().set(from.parameters().get());
        runs.add(twin);
    }

    /** Removes pane {@code index}; the others go on undisturbed. Call between steps. */
    public void remove(int index) {
        if (runs.size() <= MIN_PANES) {
            throw new IllegalStateException("compare mode needs at least " + MIN_PANES + " panes");
        }
        runs.remove(index).close();
    }

    /** Every pane at the given states (a fork from a recorded step), in pane order. Call between steps. */
    public void restore(List<SimulationState> states) {
        for (int i = 0; i < runs.size() && i < states.size(); i++) {
            runs.get(i).restore(states.get(i));
        }
    }

    /** Every pane back to step 0 with the shared initial particles. */
    public void reset() {
        runs.forEach(Simulation::reset);
    }

    @Override
    public void close() {
        runs.forEach(Simulation::close);
    }
}
