package org.flowexplorer.app.compare;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.flowexplorer.app.run.PacedLoop;
import org.flowexplorer.core.sim.FlowParameters;
import org.flowexplorer.core.sim.LockstepRuns;
import org.flowexplorer.core.sim.Simulation;
import org.flowexplorer.core.sim.SimulationState;
import org.flowexplorer.core.sim.Snapshot;
import org.flowexplorer.core.sim.StepOutcome;

/**
 * The one thread of compare mode: owns a {@link LockstepRuns} and steps every pane once per tick
 * while playing, and runs the commands (step, reset, new comparison) queued by the window between
 * ticks. Pane parameters go straight into each pane's {@code AtomicReference} and apply on the
 * next step. The window reads {@link #latest()} once per frame; there is no per-step callback into
 * the FX thread. Errors never escape: they pause the run and are queued for the window to show.
 */
public final class CompareWorker implements AutoCloseable {
    private final AtomicReference<CompareTick> published = new AtomicReference<>();
    private final int threads;
    private final PacedLoop loop;
    private volatile LockstepRuns runs;
    private volatile ComparePreset preset;
    private volatile Consumer<CompareTick> onPublished;

    /**
     * @param first   the first comparison (built at once, on the caller's thread)
     * @param threads kernel threads of each pane's simulation
     */
    public CompareWorker(ComparePreset first, int threads) {
        this.threads = threads;
        this.preset = first;
        this.runs = LockstepRuns.of(first.config(), first.panes(), threads);
        publish();
        this.loop = new PacedLoop("flow-compare-worker", this::stepGuarded, this::publish,
                "the comparison stopped: ", 60);
        loop.start();
    }

    /** The comparison the current panes were built from (pane parameters may have changed since). */
    public ComparePreset preset() {
        return preset;
    }

    /** The current lock-step runs (read their latest snapshots from any thread). */
    public LockstepRuns runs() {
        return runs;
    }

    /** The latest snapshot of every pane after one tick, in pane order (never a mix of steps). */
    public List<Snapshot> latest() {
        return published.get().snapshots();
    }

    /** The latest published runs, comparison and snapshots, consistent with each other. */
    public CompareTick published() {
        return published.get();
    }

    private void publish() {
        CompareTick t = new CompareTick(runs, preset, runs.latest());
        CompareTick before = published.get();
        published.set(t);
        Consumer<CompareTick> l = onPublished;
        if (l != null && (before == null || !sameSnapshots(before.snapshots(), t.snapshots()))) {
            l.accept(t);
        }
    }

    /** True if both lists hold the same snapshot objects in the same order. */
    static boolean sameSnapshots(List<Snapshot> a, List<Snapshot> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (a.get(i) != b.get(i)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Hands every tick published after a step or a command to {@code listener}, on the worker
     * thread and in order (the compare timeline's feed); null to stop.
     */
    public void setOnPublished(Consumer<CompareTick> listener) {
        onPublished = listener;
    }

    /**
     * Adds a pane continuing from where pane {@code copyOf} is (same state, step and parameters);
     * the other panes go on, playing or paused, undisturbed.
     */
    public void addPane(int copyOf) {
        loop.submit(() -> runs.addCopyOf(copyOf));
    }

    /** Removes pane {@code index}; the others go on undisturbed. */
    public void removePane(int index) {
        loop.submit(() -> runs.remove(index));
    }

    /** Pauses and continues every pane from the given recorded states (a fork from the timeline). */
    public void restore(List<SimulationState> states) {
        loop.pauseAndSubmit(() -> runs.restore(states));
    }

    public int panes() {
        return runs.panes();
    }

    public boolean playing() {
        return loop.playing();
    }

    public void play() {
        loop.play();
    }

    public void pause() {
        loop.pause();
    }

    public void togglePlay() {
        if (loop.playing()) {
            pause();
        } else {
            play();
        }
    }

    /** Caps the stepping rate while playing (steps of every pane per second); 0 = no cap. */
    public void setMaxStepsPerSecond(double rate) {
        loop.setMaxStepsPerSecond(rate);
    }

    /** Pauses and steps every pane exactly once. */
    public void stepOnce() {
        loop.pauseAndSubmit(this::stepGuarded);
    }

    /** Pauses and takes every pane back to the shared initial particles (parameters kept). */
    public void reset() {
        loop.pauseAndSubmit(() -> runs.reset());
    }

    /** Sets one pane's parameters; they apply on that pane's next step, nothing is reset. */
    public void setParameters(int pane, FlowParameters p) {
        runs.simulations().get(pane).parameters().set(p);
    }

    /** The parameters one pane will use for its next step. */
    public FlowParameters parameters(int pane) {
        return runs.simulations().get(pane).parameters().get();
    }

    /** Pauses and replaces every pane by a fresh comparison at step 0. */
    public void rebuild(ComparePreset next) {
        loop.pauseAndSubmit(() -> {
            try {
                LockstepRuns old = runs;
                runs = LockstepRuns.of(next.config(), next.panes(), threads);
                preset = next;
                old.close();
            } catch (RuntimeException e) {
                loop.report("could not build the comparison: " + e.getMessage());
            }
        });
    }

    /** The next error to show, or null. */
    public String pollError() {
        return loop.pollError();
    }

    /**
     * Steps every pane. A rejected step in any pane pauses the run and takes the panes that did
     * advance back to where they were, so the panes stay in lock-step; the rejected pane's snapshot
     * says why (its parameters can be fixed and the run continued).
     */
    private void stepGuarded() {
        List<Snapshot> before = runs.latest();
        List<StepOutcome> out = runs.step();
        if (out.contains(StepOutcome.REJECTED)) {
            loop.pause();
            List<Simulation> sims = runs.simulations();
            for (int i = 0; i < out.size(); i++) {
                if (out.get(i) == StepOutcome.ADVANCED) {
                    sims.get(i).restore(before.get(i).state());
                }
            }
        }
    }

    @Override
    public void close() {
        loop.close();
        runs.close();
    }
}
