package org.flowexplorer.app.data;

import java.util.Locale;

/**
 * What one step of a configuration is expected to cost, shown before "Apply &amp; reset".
 *
 * @param seconds      estimated wall time of one step with exact kernel sums
 * @param gridSeconds  the same with grid kernels, or null where grid mode does not exist
 * @param gridErrorPct the typical relative error of grid mode in percent, or null
 */
public record StepCost(double seconds, Double gridSeconds, Double gridErrorPct) {
    /** Above this many seconds per step the panel warns (about two steps a second). */
    public static final double SLOW_SECONDS = 0.5;

    /** True when a step takes longer than {@link #SLOW_SECONDS}. */
    public boolean slow() {
        return seconds > SLOW_SECONDS;
    }

    /** True when grid mode exists for this configuration. */
    public boolean gridOffered() {
        return gridSeconds != null;
    }

    /** "≈ 12 ms per step", "≈ 7.4 s per step". */
    public static String duration(double seconds) {
        if (seconds < 1e-3) {
            return "< 1 ms";
        }
        if (seconds < 1) {
            return String.format(Locale.ROOT, "%.0f ms", seconds * 1000);
        }
        return String.format(Locale.ROOT, seconds < 10 ? "%.1f s" : "%.0f s", seconds);
    }

    /** The panel's sentence. */
    public String text() {
        String base = "≈ " + duration(seconds) + " per step";
        if (!slow()) {
            return base;
        }
        String s = "⚠ " + base + ": slow (over " + duration(SLOW_SECONDS) + ").";
        if (gridOffered()) {
            s += String.format(Locale.ROOT, " Grid mode: ≈ %s, about %.0f %% error.", duration(gridSeconds),
                    gridErrorPct);
        }
        return s;
    }
}
