package org.flowexplorer.app.run;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Steps per second of a run as the window sees it: the frame loop reports the live step each
 * frame, and the rate is the steps advanced between the oldest and the newest change of step in
 * the last {@link #WINDOW_NANOS} (or between the last two changes, for a slow engine). A step going
 * back (reset, new data, fork) starts over. Used by the single view's top bar and compare mode's.
 * Pure and single threaded.
 */
public final class StepRate {
    /** How far back the rate looks. */
    public static final long WINDOW_NANOS = 2_000_000_000L;

    private final Deque<long[]> changes = new ArrayDeque<>();

    /** Reports the live step at time {@code nowNanos}. */
    public void record(long step, long nowNanos) {
        long[] last = changes.peekLast();
        if (last != null && step < last[0]) {
            changes.clear();
            last = null;
        }
        if (last == null || step != last[0]) {
            changes.addLast(new long[] {step, nowNanos});
        }
        while (changes.size() > 2 && nowNanos - changes.peekFirst()[1] > WINDOW_NANOS) {
            changes.removeFirst();
        }
    }

    /**
     * Reports the step shown while {@code playing} and returns the rate: steps per second while
     * playing, 0 while paused or before two different steps were seen.
     */
    public double update(long step, long nowNanos, boolean playing) {
        if (!playing) {
            changes.clear();
            record(step, nowNanos);
            return 0;
        }
        record(step, nowNanos);
        double r = perSecond();
        return Double.isNaN(r) ? 0 : r;
    }

    /** Steps per second, or NaN before two different steps were seen. */
    public double perSecond() {
        if (changes.size() < 2) {
            return Double.NaN;
        }
        long[] a = changes.peekFirst();
        long[] b = changes.peekLast();
        return b[1] == a[1] ? Double.NaN : (b[0] - a[0]) * 1e9 / (b[1] - a[1]);
    }

    /** Nanoseconds since the step last changed, or 0 before any step was seen. */
    public long sinceLastChange(long nowNanos) {
        long[] last = changes.peekLast();
        return last == null ? 0 : nowNanos - last[1];
    }

    /** Forgets everything (a new run). */
    public void clear() {
        changes.clear();
    }
}
