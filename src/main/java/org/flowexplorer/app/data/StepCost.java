package org.flowexplorer.app.data;

import java.util.Locale;

/**
 * What one step of a configuration is expected to cost, shown before "Apply &amp; reset".
 *
 * @param seconds      estimated wall time of a typical step with the configured kernel sums
 * @param worstSeconds the same when σ is so wide that the exact sums skip nothing (the start of an
 *                     annealed run); equal to {@code seconds} in grid mode
 * @param kernel       the kernel sums the run will use: "exact" or "grid mode, about 0.5 % error"
 * @param gridSeconds  the typical step in grid mode when the run would be exact and grid mode
 *                     exists for it, else null
 * @param gridErrorPct grid mode's expected relative error in percent (with {@code gridSeconds}), or null
 */
public record StepCost(double seconds, double worstSeconds, String kernel, Double gridSeconds, Double gridErrorPct) {
    /** Above this many seconds per step the panel warns (about two steps a second). */
    public static final double SLOW_SECONDS = 0.5;

    /** True when a typical step takes longer than {@link #SLOW_SECONDS}. */
    public boolean slow() {
        return seconds > SLOW_SECONDS;
    }

    /** True when switching to grid mode is worth offering. */
    public boolean gridOffered() {
        return gridSeconds != null;
    }

    /** "&lt; 1 ms", "12 ms", "7.4 s". */
    public static String duration(double seconds) {
        if (seconds < 1e-3) {
            return "< 1 ms";
        }
        if (seconds < 1) {
            return String.format(Locale.ROOT, "%.0f ms", seconds * 1000);
        }
        return String.format(Locale.ROOT, seconds < 10 ? "%.1f s" : "%.0f s", seconds);
    }

    /**
     * The panel's sentence: "≈ 12 ms per step, exact", "≈ 45 ms per step (up to 90 ms), exact",
     * "≈ 60 ms per step, grid mode, about 0.5 % error", or a warning with the grid alternative.
     */
    public String text() {
        String base = "≈ " + duration(seconds) + " per step";
        if (worstSeconds > 1.5 * seconds) {
            base += " (up to " + duration(worstSeconds) + ")";
        }
        base += ", " + kernel;
        if (!slow()) {
            return base;
        }
        String s = "⚠ " + base + ": slow (over " + duration(SLOW_SECONDS) + ").";
        if (gridOffered()) {
            s += String.format(Locale.ROOT, " Grid mode: ≈ %s, about %s %% error.", duration(gridSeconds),
                    gridErrorPct < 1 ? String.format(Locale.ROOT, "%.1f", gridErrorPct)
                            : String.format(Locale.ROOT, "%.0f", gridErrorPct));
        }
        return s;
    }
}
