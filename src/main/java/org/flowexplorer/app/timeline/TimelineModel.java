package org.flowexplorer.app.timeline;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import org.flowexplorer.app.run.SteeringRecorder;
import org.flowexplorer.core.sim.Snapshot;
import org.flowexplorer.core.sim.Timeline;

/**
 * The view model of the main window's timeline: a {@link Timeline} of the run's snapshots and
 * what the canvas shows (the live run, a scrubbed past snapshot, or a replay). The slider changes
 * of the run are recorded by the window's {@link SteeringRecorder}, which also drops the changes
 * of a future abandoned by a fork (its next step or an exact save at the fork step replaces them).
 *
 * <p>Threads: the simulation worker hands every published snapshot to {@link #accept} (worker
 * thread), which only appends it to a lock-free queue. Everything else, including the
 * {@link Timeline} itself (not thread safe), lives on the FX thread: {@link #frame} drains the
 * queue once per animation frame, in publication order, so every step is recorded even when the
 * engine is faster than the screen. Free of JavaFX, so it is tested without a window.
 */
public final class TimelineModel {
    /** Snapshots waiting in the hand-over queue at most; older ones are dropped if the window stalls. */
    static final int MAX_QUEUED = 4096;
    /** Recorded snapshots shown per second by a replay. */
    public static final double REPLAY_RATE = 30;
    private static final long FORK_TIMEOUT_NANOS = 3_000_000_000L;

    private final Timeline timeline;
    private final Queue<Snapshot> queue = new ConcurrentLinkedQueue<>();
    private final AtomicInteger queued = new AtomicInteger();
    private TimelineMode mode = TimelineMode.LIVE;
    private Snapshot shown;
    private Snapshot pendingFork;
    private long forkStarted;
    private double replayPosition;
    private long lastFrame;

    /** @param budgetBytes memory budget of the history */
    public TimelineModel(long budgetBytes) {
        this.timeline = new Timeline(budgetBytes);
    }

    /** Worker thread: a snapshot was published. Never blocks. */
    public void accept(Snapshot s) {
        queue.add(s);
        if (queued.incrementAndGet() > MAX_QUEUED && queue.poll() != null) {
            queued.decrementAndGet();
        }
    }

    /**
     * FX thread, once per frame: records the queued snapshots and returns the one to draw — the
     * live snapshot, or the past one being scrubbed or replayed.
     *
     * @param live    the run's latest snapshot
     * @param playing whether the run is playing (playing ends scrubbing and replay)
     * @param now     the frame time in nanoseconds
     */
    public Snapshot frame(Snapshot live, boolean playing, long now) {
        // the caller read the live snapshot before this drain, so it may be older than what the
        // queue held (an opened run's step 0 queued in between, the live one still the replaced
        // run's: recorded after it, it would drop that step). It only stands in for snapshots that
        // never reach the queue, in frames where nothing did; the next frame reads a newer one.
        boolean drained = drain();
        if (timeline.isEmpty() || !drained && live.targets() != timeline.newest().targets()) {
            record(live);
        }
        double dt = lastFrame == 0 ? 0 : Math.min(0.25, (now - lastFrame) / 1e9);
        lastFrame = now;
        if (pendingFork != null && now - forkStarted > FORK_TIMEOUT_NANOS) {
            pendingFork = null; // the worker never restored it (the run was replaced meanwhile)
        }
        if (pendingFork != null) {
            return pendingFork;
        }
        if (mode == TimelineMode.REPLAY) {
            advanceReplay(dt);
        }
        if (playing && mode != TimelineMode.LIVE) {
            mode = TimelineMode.LIVE;
        }
        return mode == TimelineMode.LIVE || shown == null ? live : shown;
    }

    /** Records every snapshot handed over so far, in order; true if there was any. */
    public boolean drain() {
        boolean any = false;
        Snapshot s;
        while ((s = queue.poll()) != null) {
            queued.decrementAndGet();
            record(s);
            any = true;
        }
        return any;
    }

    private void record(Snapshot s) {
        if (timeline.isEmpty() || s.targets() != timeline.newest().targets()) {
            timeline.clear(); // a new run (new data, preset, opened file)
            mode = TimelineMode.LIVE;
            shown = null;
            pendingFork = null;
        } else if (s.velocities() == null && !s.paused()) {
            long k = s.step(); // a reset or a fork: the recorded future after k is dropped by record()
            if (pendingFork != null && k == pendingFork.step()) {
                pendingFork = null;
            } else if (pendingFork == null) {
                goLive(); // a reset: the past being shown may be gone
            }
        }
        if (s.paused() && !timeline.isEmpty() && s.step() == timeline.newest().step()) {
            return; // a rejected step leaves the state as it was
        }
        timeline.record(s);
    }

    /** Shows the recorded snapshot at or before {@code step} (the caller pauses the run). */
    public Snapshot scrubTo(long step) {
        Snapshot s = timeline.at(step);
        if (s != null) {
            mode = TimelineMode.SCRUB;
            shown = s;
        }
        return s;
    }

    /** Plays the recorded snapshots from the one shown (from the start when live) to the newest. */
    public void replay() {
        if (timeline.size() < 2) {
            return;
        }
        if (mode == TimelineMode.LIVE || shown == null || shown == timeline.newest()) {
            shown = timeline.oldest();
        }
        replayPosition = indexOf(shown);
        mode = TimelineMode.REPLAY;
    }

    private void advanceReplay(double dt) {
        replayPosition += dt * REPLAY_RATE;
        long[] steps = timeline.steps();
        int i = (int) Math.min(steps.length - 1, Math.floor(replayPosition));
        shown = timeline.at(steps[i]);
        if (i >= steps.length - 1) {
            mode = TimelineMode.LIVE;
            shown = null;
        }
    }

    private int indexOf(Snapshot s) {
        long[] steps = timeline.steps();
        for (int i = 0; i < steps.length; i++) {
            if (steps[i] == s.step()) {
                return i;
            }
        }
        return 0;
    }

    /** Back to showing the live run. */
    public void goLive() {
        mode = TimelineMode.LIVE;
        shown = null;
    }

    /**
     * Starts a fork from the snapshot shown: returns it (its {@code state()} is what the worker
     * restores), or null when nothing past is shown. The canvas keeps showing it until the restored
     * run publishes; the recorded future after it is dropped when that happens.
     */
    public Snapshot fork() {
        if (mode == TimelineMode.LIVE || shown == null) {
            return null;
        }
        pendingFork = shown;
        forkStarted = lastFrame;
        mode = TimelineMode.LIVE;
        shown = null;
        return pendingFork;
    }

    public TimelineMode mode() {
        return mode;
    }

    /** The past snapshot shown while scrubbing or replaying, else null. */
    public Snapshot shown() {
        return mode == TimelineMode.LIVE ? null : shown;
    }

    public Timeline timeline() {
        return timeline;
    }
}
