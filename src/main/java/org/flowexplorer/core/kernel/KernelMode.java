package org.flowexplorer.core.kernel;

import java.util.Locale;

/**
 * How a simulation computes its kernel sums (configuration key {@code kernel}, algorithms.md §8):
 * {@code exact} dense sums ({@link DenseSums}, within 1e−6 of the reference), {@code grid} binned
 * sums ({@link GridSums}, a few percent), {@code auto} grid above {@link #AUTO_LIMIT} particles or
 * targets and exact below. Grid mode needs d ≤ 3; elsewhere it runs exact.
 */
public enum KernelMode {
    EXACT("exact"), GRID("grid"), AUTO("auto");

    /** Above this many particles or targets {@code auto} switches to grid mode. */
    public static final int AUTO_LIMIT = 20_000;

    private final String id;

    KernelMode(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    /** True when sums over N particles and M targets in dimension d run on the grid. */
    public boolean usesGrid(int n, int m, int d) {
        if (d > GridSums.MAX_DIM) {
            return false;
        }
        return this == GRID || (this == AUTO && (n > AUTO_LIMIT || m > AUTO_LIMIT));
    }

    /** Parses an id (case-insensitive); IllegalArgumentException naming the choices. */
    public static KernelMode parse(String s) {
        String key = s == null ? "" : s.trim().toLowerCase(Locale.ROOT);
        for (KernelMode k : values()) {
            if (k.id.equals(key)) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown kernel '" + s + "' (choose exact, grid or auto)");
    }

    @Override
    public String toString() {
        return id;
    }
}
