package org.flowexplorer.app;

import java.util.Queue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.flowexplorer.core.sim.FlowParameters;
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
    private final BlockingQueue<Runnable> commands = new LinkedBlockingQueue<>();
    private final Queue<String> errors = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean playing = new AtomicBoolean();
    private final AtomicReference<FlowParameters> requested;
    private final int threads;
    private final Thread thread;
    private volatile Simulation simulation;
    private volatile RunConfig config;
    private volatile double maxStepsPerSecond;
    private volatile boolean closed;

    /**
     * @param config  the first run (built at once, on the caller's thread, before the worker starts)
     * @param threads kernel threads of the simulation
     */
    public SimulationWorker(RunConfig config, int threads) {
        this.threads = threads;
        this.config = config;
        this.requested = new AtomicReference<>(config.params());
        this.simulation = SimulationFactory.create(config, threads);
        this.thread = new Thread(this::loop, "flow-worker");
        thread.setDaemon(true);
        thread.start();
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
        return playing.get();
    }

    public void play() {
        playing.set(true);
        commands.add(() -> { });
    }

    public void pause() {
        playing.set(false);
    }

    public void togglePlay() {
        if (playing.get()) {
            pause();
        } else {
            play();
        }
    }

    /** Caps the stepping rate while playing; 0 or less means as fast as possible. */
    public void setMaxStepsPerSecond(double rate) {
        maxStepsPerSecond = rate;
        commands.add(() -> { });
    }

    public double maxStepsPerSecond() {
        return maxStepsPerSecond;
    }

    /** Pauses and takes exactly one step. */
    public void stepOnce() {
        playing.set(false);
        commands.add(this::stepGuarded);
    }

    /** Pauses and goes back to the initial particles (the parameters are kept). */
    public void reset() {
        playing.set(false);
        commands.add(() -> simulation.reset());
    }

    /** Sets new parameters; they apply on the next step, nothing is reset. */
    public void setParameters(FlowParameters p) {
        requested.set(p);
        simulation.parameters().set(p);
    }

    /** Pauses and replaces the simulation by a new one built from {@code next} (new data, N, M, seed). */
    public void rebuild(RunConfig next) {
        playing.set(false);
        requested.set(next.params());
        commands.add(() -> {
            Simulation old = simulation;
            try {
                Simulation s = SimulationFactory.create(next.withParams(requested.get()), threads);
                simulation = s;
                config = next;
                s.parameters().set(requested.get());
                old.close();
            } catch (RuntimeException e) {
                errors.add("could not build the run: " + e.getMessage());
            }
        });
    }

    /** Runs {@code task} on the worker thread between steps. */
    public void submit(Runnable task) {
        commands.add(task);
    }

    /** The next error to show, or null. */
    public String pollError() {
        return errors.poll();
    }

    private void loop() {
        long nextDue = System.nanoTime();
        while (!closed) {
            try {
                Runnable cmd;
                if (!playing.get()) {
                    cmd = commands.poll(200, TimeUnit.MILLISECONDS);
                } else {
                    long wait = nextDue - System.nanoTime();
                    cmd = wait > 0 ? commands.poll(wait, TimeUnit.NANOSECONDS) : commands.poll();
                }
                if (cmd != null) {
                    cmd.run();
                    continue;
                }
                if (playing.get() && System.nanoTime() - nextDue >= 0) {
                    double rate = maxStepsPerSecond;
                    long now = System.nanoTime();
                    nextDue = rate > 0 ? Math.max(nextDue + (long) (1e9 / rate), now - 50_000_000L) : now;
                    stepGuarded();
                }
                if (!playing.get()) {
                    nextDue = System.nanoTime();
                }
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException | OutOfMemoryError e) {
                playing.set(false);
                errors.add("the run stopped: " + e);
            }
        }
    }

    private void stepGuarded() {
        if (simulation.step() == StepOutcome.REJECTED) {
            playing.set(false);
        }
    }

    @Override
    public void close() {
        closed = true;
        thread.interrupt();
        try {
            thread.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        simulation.close();
    }
}
