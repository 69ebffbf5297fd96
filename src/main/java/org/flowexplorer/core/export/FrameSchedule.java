package org.flowexplorer.core.export;

import org.flowexplorer.core.data.InputException;

/**
 * Which simulation steps an export of K frames shows: K steps evenly spaced over 0..S, the first
 * at step 0 and the last at step S, {@code step_j = round(j·S / (K − 1))} (halves round up), all
 * distinct. Timing is by simulation steps, not wall time, so the same run always gives the same
 * frames. An instance walks the schedule while a run publishes its steps: the exporter and the
 * replay recorder take their frames through it.
 */
public final class FrameSchedule {
    private final long[] steps;
    private int next;

    /** The schedule of {@code frames} frames over {@code totalSteps} steps ({@code key} names the frame count in errors). */
    public FrameSchedule(int frames, int totalSteps, String key) {
        this.steps = steps(frames, totalSteps, key);
    }

    /** The steps frames are taken at. */
    public long[] steps() {
        return steps.clone();
    }

    /** K, the number of frames. */
    public int size() {
        return steps.length;
    }

    /** Frames taken so far. */
    public int taken() {
        return next;
    }

    /** True while frames remain to be taken. */
    public boolean pending() {
        return next < steps.length;
    }

    /**
     * True when {@code step} is the next frame's step, which is then taken. Steps are offered in
     * increasing order; a scheduled step passed over (never offered) is skipped, so it cannot stall
     * the schedule.
     */
    public boolean take(long step) {
        while (next < steps.length && steps[next] < step) {
            next++;
        }
        if (next < steps.length && steps[next] == step) {
            next++;
            return true;
        }
        return false;
    }

    /**
     * The steps of {@code frames} frames over a run of {@code totalSteps} steps. Needs
     * 2 ≤ frames ≤ totalSteps + 1 (or frames = 1 for a run of 0 steps).
     */
    public static long[] steps(int frames, int totalSteps, String key) {
        if (totalSteps < 0) {
            throw new IllegalArgumentException("negative step count " + totalSteps);
        }
        if (totalSteps == 0) {
            if (frames != 1) {
                throw InputException.forKey(key, "a run of 0 steps has exactly 1 frame, got " + frames);
            }
            return new long[] {0};
        }
        if (frames < 2 || frames > totalSteps + 1) {
            throw InputException.forKey(key, "must be between 2 and steps + 1 = " + (totalSteps + 1)
                    + " (frames include step 0 and the last step), got " + frames);
        }
        long[] s = new long[frames];
        long k1 = frames - 1;
        for (int j = 0; j < frames; j++) {
            s[j] = (2L * j * totalSteps + k1) / (2 * k1);
        }
        return s;
    }
}
