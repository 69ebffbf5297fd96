package org.flowexplorer.app.view;

import java.util.Arrays;

/**
 * Rolling statistics of the drawing loop: frames per second over the last second and the
 * distribution of render+upload times over the last {@code capacity} frames. Pure and single
 * threaded (the FX thread).
 */
public final class FrameStats {
    private final long[] renderNanos;
    private final long[] frameTimes = new long[240];
    private int renderCount;
    private int frameCount;

    public FrameStats(int capacity) {
        this.renderNanos = new long[capacity];
    }

    /** Records one drawn frame that finished at {@code nowNanos} and took {@code renderNanos}. */
    public void record(long nowNanos, long renderNanos) {
        this.renderNanos[renderCount++ % this.renderNanos.length] = renderNanos;
        frameTimes[frameCount++ % frameTimes.length] = nowNanos;
    }

    /** Frames drawn in the second before {@code nowNanos}. */
    public double fps(long nowNanos) {
        int n = Math.min(frameCount, frameTimes.length);
        int count = 0;
        for (int k = 0; k < n; k++) {
            if (nowNanos - frameTimes[k] <= 1_000_000_000L) {
                count++;
            }
        }
        return count;
    }

    /** The q-quantile (0..1) of the recorded render times in milliseconds, or NaN if none. */
    public double quantileMs(double q) {
        int n = Math.min(renderCount, renderNanos.length);
        if (n == 0) {
            return Double.NaN;
        }
        long[] sorted = Arrays.copyOf(renderNanos, n);
        Arrays.sort(sorted);
        int idx = (int) Math.ceil(q * n) - 1;
        return sorted[Math.max(0, Math.min(n - 1, idx))] / 1e6;
    }

    /** Render times recorded so far (capped at the capacity). */
    public int samples() {
        return Math.min(renderCount, renderNanos.length);
    }

    public void clear() {
        renderCount = 0;
        frameCount = 0;
    }
}
