package org.flowexplorer.core.flow;

import org.flowexplorer.core.math.PairMedian;

/**
 * Arrays a step needs for intermediate sums, kept from step to step so that a steady run does not
 * allocate them again. Each slot holds one array of the last requested length. Owned by one
 * simulation; not thread safe (the step thread asks for arrays, the kernels' threads fill them).
 */
public final class StepBuffers {
    /** Slots used by the flows; a flow may use any of them within one call. */
    public static final int FIRST = 0;
    public static final int SECOND = 1;
    public static final int THIRD = 2;
    public static final int PROBES = 3;
    private static final int SLOTS = 8;

    private final double[][] arrays = new double[SLOTS][];
    private final PairMedian pairMedian = new PairMedian();

    /** SVGD's pair-median workspace. */
    public PairMedian pairMedian() {
        return pairMedian;
    }

    /** An array of exactly {@code length} values in {@code slot} (contents unspecified). */
    public double[] array(int slot, int length) {
        double[] a = arrays[slot];
        if (a == null || a.length != length) {
            a = new double[length];
            arrays[slot] = a;
        }
        return a;
    }
}
