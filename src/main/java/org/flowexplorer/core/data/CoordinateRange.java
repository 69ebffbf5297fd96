package org.flowexplorer.core.data;

/**
 * The range every coordinate the tool reads, computes or writes must stay in: |x| ≤
 * {@value #LIMIT}. Inside it every derived quantity stays finite — squared distances, covariance
 * entries and their squared Frobenius norm (≈ L⁴ summed over d² entries and N points) — for all
 * sizes the tool accepts. A CSV value beyond it is refused like a non-finite one, and a simulation
 * step that would leave it is rejected (the run pauses at the last good state).
 */
public final class CoordinateRange {
    /** The largest magnitude accepted for a coordinate. */
    public static final double LIMIT = 1e60;

    private CoordinateRange() {
    }

    /** True when {@code v} is finite and |v| ≤ {@link #LIMIT} (false for NaN). */
    public static boolean contains(double v) {
        return Math.abs(v) <= LIMIT;
    }

    /** The index of the first value outside the range (NaN and infinities included), or −1. */
    public static int firstOutside(double[] values) {
        for (int k = 0; k < values.length; k++) {
            if (!(Math.abs(values[k]) <= LIMIT)) {
                return k;
            }
        }
        return -1;
    }
}
