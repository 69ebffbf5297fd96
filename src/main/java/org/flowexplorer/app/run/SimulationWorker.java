package org.flowexplorer.app.run;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.flowexplorer.core.sim.FlowParameters;
import org.flowexplorer.core.sim.ParameterChange;
import org.flowexplorer.core.sim.RunConfig;
import org.flowexplorer.core.sim.Simulation;
import org.flowexplorer.core.sim.SimulationFactory;
import org.flowexplorer.core.sim.Snapshot;
import org.flowexplorer.core.sim.StepOutcome;

/**
 * The one thread that owns the {@link Simulation} (ARCHITECTURE.md): it loops {@code step()} while
 * playing and runs the commands (step, reset, new data) queued by the window between steps.
 * Parameters go straight into the simulation's {@code AtomicReference} and apply on the next step.
 * Snapshots are published by the simulation itself; the window pulls the latest one per frame.
 * Errors never escape: they pause the run and are queued for the window to show.
 */
public final class SimulationWorker implements AutoCloseable {
    private final AtomicReference<FlowParameters> requested;
    private final int threads;
    private final PacedLoop loop;
    private volatile Simulation simulation;
    private volatile RunConfig config;
    private volatile Consumer<Snapshot> stepObserver;
    private volatile Consumer<Snapshot> onPublished;
    private Snapshot announced;

    /**
     * @param config  the first run (built at once, on the caller's thread, before the worker starts)
     * @param threads kernel threads of the simulation
     */
    public SimulationWorker(RunConfig config, int threads) {
        this.threads = threads;
        this.config = config;
        this.requested = new AtomicReference<>(config.params());
        this.simulation = SimulationFactory.create(config, threads);
        this.loop = new PacedLoop("flow-worker", this::stepGuarded, this::announce, "the run stopped: ", 0);
        loop.start();
    }

    /** The current simulation: read its {@code latest()} snapshot and {@code parameters()} from any thread. */
    public Simulation simulation() {
        return simulation;
    }

    /** The configuration the current simulation was built from (its parameters may have changed since). */
    public RunConfig config() {
        return config;
    }

    public Snapshot latest() {
        return simulation.latest().get();
    }

    public boolean playing() {
        return loop.playing();
    }

    public void play() {
        loop.play();
    }

    /**
     * Pauses, stopping a step in progress part way (at N = 50,000 in exact mode a step takes
     * seconds; it is taken again, identically, on the next play); the future completes once no
     * step is in progress (await it rather than sleep).
     */
    public CompletableFuture<Void> pause() {
        CompletableFuture<Void> paused = loop.pause();
        simulation.cancelStep();
        return paused;
    }

    public void togglePlay() {
        loop.togglePlay();
    }

    /** Caps the stepping rate while playing; 0 or less means as fast as possible. */
    public void setMaxStepsPerSecond(double rate) {
        loop.setMaxStepsPerSecond(rate);
    }

    public double maxStepsPerSecond() {
        return loop.maxStepsPerSecond();
    }

    /** Pauses and takes exactly one step. */
    public void stepOnce() {
        loop.pauseAndSubmit(this::stepGuarded);
    }

    /**
     * Pauses and goes back to the initial particles (the parameters are kept). A step in progress is
     * stopped part way, so the old run publishes nothing after this call (and a reset at N = 50,000
     * answers at once).
     */
    public void reset() {
        Simulation current = simulation;
        loop.pauseAndSubmit(() -> simulation.reset());
        current.cancelStep();
    }

    /** Sets new parameters; they apply on the next step, nothing is reset. */
    public void setParameters(FlowParameters p) {
        requested.set(p);
        simulation.parameters().set(p);
    }

    /** Pauses and replaces the simulation by a new one built from {@code next} (new data, N, M, seed). */
    public void rebuild(RunConfig next) {
        Simulation current = simulation;
        requested.set(next.params());
        loop.pauseAndSubmit(() -> {
            Simulation old = simulation;
            try {
                Simulation s = SimulationFactory.create(next.withParams(requested.get()), threads);
                simulation = s;
                config = next;
                s.parameters().set(requested.get());
                old.close();
            } catch (RuntimeException e) {
                loop.report("could not build the run: " + e.getMessage());
            }
        });
        current.cancelStep(); // the old run publishes nothing more (only ever the old one: the new may exist already)
    }

    /**
     * Pauses, replaces the simulation by one built from {@code config} and steps it to
     * {@code config.steps()} exactly as {@code HeadlessRun} does, applying the recorded changes at
     * their steps. Every step is published as it is taken (the timeline records each one) and told
     * to the step observer; a rejected step ends the replay there. The future completes on the
     * worker thread with the state reached, or exceptionally if the run cannot be built.
     */
    public CompletableFuture<Snapshot> replay(RunConfig config) {
        CompletableFuture<Snapshot> done = new CompletableFuture<>();
        requested.set(config.paramsAt(config.steps()));
        loop.pauseAndSubmit(() -> {
            try {
                Simulation s = SimulationFactory.create(config, threads);
                Simulation old = simulation;
                simulation = s;
                this.config = config;
                old.close();
                announce();
                stepThrough(s, config);
                s.parameters().set(config.paramsAt(config.steps()));
                done.complete(s.latest().get());
            } catch (RuntimeException e) {
                done.completeExceptionally(e);
            }
        });
        return done;
    }

    private void stepThrough(Simulation s, RunConfig config) {
        List<ParameterChange> changes = config.changes();
        int next = 0;
        for (int k = 0; k < config.steps(); k++) {
            while (next < changes.size() && changes.get(next).step() <= k) {
                s.parameters().set(changes.get(next++).params());
            }
            StepOutcome out = s.step();
            while (out == StepOutcome.CANCELLED) { // a pause during a replay does not shorten it
                out = s.step();
            }
            if (out == StepOutcome.REJECTED) {
                return;
            }
            Consumer<Snapshot> observer = stepObserver;
            if (observer != null) {
                observer.accept(s.latest().get());
            }
            announce();
        }
    }

    /**
     * Sets who is told, on the worker thread, of every step taken (the snapshot it published);
     * used to record the parameter changes of a steered run exactly. Null for nobody.
     */
    public void setStepObserver(Consumer<Snapshot> observer) {
        stepObserver = observer;
    }

    /** Runs {@code task} on the worker thread between steps. */
    public void submit(Runnable task) {
        loop.submit(task);
    }

    /**
     * Hands every snapshot published by a step or a command (reset, rebuild, timeline fork) to
     * {@code listener}, on the worker thread and in order (the timeline's feed); null to stop.
     */
    public void setOnPublished(Consumer<Snapshot> listener) {
        onPublished = listener;
    }

    private void announce() {
        Consumer<Snapshot> l = onPublished;
        Snapshot s = simulation.latest().get();
        if (l != null && s != announced) {
            announced = s;
            l.accept(s);
        }
    }

    /** The next error to show, or null. */
    public String pollError() {
        return loop.pollError();
    }

    private void stepGuarded() {
        StepOutcome out = simulation.step();
        if (out == StepOutcome.CANCELLED) {
            return; // paused part way: nothing happened
        }
        if (out == StepOutcome.REJECTED) {
            loop.pause();
            return;
        }
        Consumer<Snapshot> observer = stepObserver;
        if (observer != null) {
            observer.accept(simulation.latest().get());
        }
    }

    /** True while the worker thread runs (an out-of-memory error ends it). */
    public boolean alive() {
        return loop.alive();
    }

    @Override
    public void close() {
        loop.close();
        simulation.close();
    }
}
