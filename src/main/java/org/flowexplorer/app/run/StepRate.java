package org.flowexplorer.app.run;

/**
 * Steps per second of a run as seen by the window: the steps gained over the last half second or
 * more of wall time, while playing; 0 while paused or after a reset. Pure and single threaded (the
 * FX thread calls it once per frame).
 */
public final class StepRate {
    private static final long WINDOW_NANOS = 500_000_000L;
    private long fromStep = -1;
    private long fromNanos;
    private double rate;

    /** Updates with the step shown at {@code now}; returns the current rate in steps per second. */
    public double update(long step, long now, boolean playing) {
        if (!playing || fromStep < 0 || step < fromStep) {
            fromStep = step;
            fromNanos = now;
            if (!playing) {
                rate = 0;
            }
            return rate;
        }
        long dt = now - fromNanos;
        if (dt >= WINDOW_NANOS) {
            rate = (step - fromStep) * 1e9 / dt;
            fromStep = step;
            fromNanos = now;
        }
        return rate;
    }
}
