package org.flowexplorer.app.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import org.flowexplorer.app.timeline.TimelineModel;
import org.flowexplorer.core.sim.LockstepRuns;
import org.flowexplorer.core.sim.SimulationState;
import org.flowexplorer.core.sim.Snapshot;
import org.flowexplorer.core.sim.Timeline;

/**
 * The timeline of compare mode: one {@link TimelineModel} per pane (the single view's, so the
 * recording budget, thinning, scrubbing and replay behave the same), all moved together, so every
 * pane shows the same past step. The worker hands every tick to {@link #offer} (worker thread);
 * {@link #frame} records them in order on the FX thread and returns what each pane shows. A pane
 * added while running starts with a copy of the history of the pane it continues; a removed pane's
 * history goes. Free of JavaFX.
 */
public final class CompareTimeline {
    private static final int MAX_QUEUED = 4096;

    private final long budgetBytes;
    private final Queue<CompareTick> queue = new ConcurrentLinkedQueue<>();
    private final AtomicInteger queued = new AtomicInteger();
    private final List<TimelineModel> panes = new ArrayList<>();
    private LockstepRuns runs;
    private int copyOf = -1;
    private int removed = -1;

    /** @param budgetBytes memory budget shared by the panes' histories */
    public CompareTimeline(long budgetBytes) {
        this.budgetBytes = budgetBytes;
    }

    /** Worker thread: a tick was published. Never blocks. */
    public void offer(CompareTick t) {
        queue.add(t);
        if (queued.incrementAndGet() > MAX_QUEUED && queue.poll() != null) {
            queued.decrementAndGet();
        }
    }

    /** The next tick with one pane more continues pane {@code index}'s history. FX thread. */
    public void paneAdded(int index) {
        copyOf = index;
    }

    /** The next tick with one pane fewer has lost pane {@code index}. FX thread. */
    public void paneRemoved(int index) {
        removed = index;
    }

    /**
     * FX thread, once per frame: records the queued ticks and returns the snapshot each pane shows
     * (the live ones, or the same past step in every pane while scrubbing or replaying).
     */
    public List<Snapshot> frame(CompareTick live, boolean playing, long now) {
        CompareTick t;
        while ((t = queue.poll()) != null) {
            queued.decrementAndGet();
            record(t);
        }
        if (live.runs() != runs || live.snapshots().size() != panes.size()) {
            record(live);
        }
        List<Snapshot> shown = new ArrayList<>(panes.size());
        for (int i = 0; i < panes.size(); i++) {
            shown.add(panes.get(i).frame(live.snapshots().get(i), playing, now));
        }
        return shown;
    }

    private void record(CompareTick t) {
        int n = t.snapshots().size();
        if (t.runs() != runs) {
            runs = t.runs();
            panes.clear();
            copyOf = -1;
            removed = -1;
        }
        while (panes.size() > n) {
            int i = removed >= 0 && removed < panes.size() ? removed : panes.size() - 1;
            panes.remove(i);
            removed = -1;
        }
        while (panes.size() < n) {
            TimelineModel m = new TimelineModel(Math.max(1, budgetBytes / LockstepRuns.MAX_PANES));
            int from = copyOf >= 0 && copyOf < panes.size() ? copyOf : panes.size() - 1;
            if (from >= 0) {
                Timeline src = panes.get(from).timeline();
                for (long step : src.steps()) {
                    m.accept(src.at(step)); // the twin's past is the past of the pane it continues
                }
            }
            copyOf = -1;
            panes.add(m);
        }
        for (int i = 0; i < n; i++) {
            panes.get(i).accept(t.snapshots().get(i));
        }
    }

    /** Shows the recorded step at or before {@code step} in every pane. */
    public void scrubTo(long step) {
        panes.forEach(p -> p.scrubTo(step));
    }

    /** Replays every pane's record from the step shown (from the start when live). */
    public void replay() {
        panes.forEach(TimelineModel::replay);
    }

    /** Back to the live panes. */
    public void goLive() {
        panes.forEach(TimelineModel::goLive);
    }

    /** True while a past step is shown (scrubbed or replayed). */
    public boolean showingPast() {
        return !panes.isEmpty() && panes.get(0).shown() != null;
    }

    /**
     * Starts a fork from the step shown: the state of every pane there (what the worker restores),
     * or null when the live step is shown.
     */
    public List<SimulationState> fork() {
        if (!showingPast()) {
            return null;
        }
        List<SimulationState> states = new ArrayList<>();
        for (TimelineModel p : panes) {
            Snapshot s = p.fork();
            if (s == null) {
                return null;
            }
            states.add(s.state());
        }
        return states;
    }

    /** The first pane's record (every pane records the same steps). */
    public Timeline timeline() {
        return panes.isEmpty() ? new Timeline(1) : panes.get(0).timeline();
    }

    /** The panes' timelines, in pane order. */
    public List<TimelineModel> panes() {
        return List.copyOf(panes);
    }
}
