package org.flowexplorer.core.export;

import org.flowexplorer.core.data.InputException;

/**
 * Which simulation steps an export of K frames shows: K steps evenly spaced over 0..S, the first
 * at step 0 and the last at step S, {@code step_j = round(j·S / (K − 1))} (halves round up), all
 * distinct. Timing is by simulation steps, not wall time, so the same run always gives the same
 * frames.
 */
public final class FrameSchedule {
    private FrameSchedule() {
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
