package org.flowexplorer.core.kernel;

import java.util.Locale;

/**
 * Which kernel sums a step ran on, for the window's status line and for reports.
 *
 * @param grid          true in grid mode (approximate)
 * @param path          the code that ran, e.g. {@code vector-float/avx512 16 lanes (…)}
 * @param expectedError grid mode's expected relative velocity error (0 for exact sums)
 */
public record KernelStatus(boolean grid, String path, double expectedError) {
    /** Exact dense sums on {@code path}. */
    public static KernelStatus exact(String path) {
        return new KernelStatus(false, path, 0.0);
    }

    /** A short label: {@code exact} or {@code grid mode, about 2 % error}. */
    public String label() {
        if (!grid) {
            return "exact";
        }
        double pct = 100.0 * expectedError;
        return String.format(Locale.ROOT, pct < 1 ? "grid mode, about %.1f %% error" : "grid mode, about %.0f %% error", pct);
    }
}
