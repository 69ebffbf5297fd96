package org.flowexplorer.core.kernel;

import java.util.Arrays;
import org.flowexplorer.core.math.PointSet;

/**
 * Numbers grid cells (or nodes) given by their packed integer index, in order of first appearance:
 * an open-addressing hash from the packed index to a dense id 0, 1, 2, …, reused between grids.
 * Indices are packed 21 bits per coordinate (d ≤ 3).
 */
final class CellIds {
    /** Cells an axis may have. */
    static final long MAX_PER_AXIS = 1L << 21;
    private static final long EMPTY = Long.MIN_VALUE;
    private long[] keys = new long[0];
    private int[] ids = new int[0];
    private int size;

    /** Forgets all ids; room for about {@code expected} of them without growing. */
    void clear(int expected) {
        int cap = Integer.highestOneBit(Math.max(16, 2 * expected)) << 1;
        if (keys.length != cap) {
            keys = new long[cap];
            ids = new int[cap];
        }
        Arrays.fill(keys, EMPTY);
        size = 0;
    }

    /** The id of {@code key}: its old one, or the next free id (then {@link #size()} grows by one). */
    int idOf(long key) {
        int mask = keys.length - 1;
        int slot = (int) (mix(key) & mask);
        while (keys[slot] != EMPTY && keys[slot] != key) {
            slot = (slot + 1) & mask;
        }
        if (keys[slot] == EMPTY) {
            keys[slot] = key;
            ids[slot] = size++;
        }
        return ids[slot];
    }

    /** Ids given out since the last {@link #clear}. */
    int size() {
        return size;
    }

    /** Packs per-axis cell indices (each below {@link #MAX_PER_AXIS}) into one key. */
    static long pack(long key, long index) {
        return (key << 21) | index;
    }

    /** Index of axis c (of d) in a packed key. */
    static long unpack(long key, int c, int d) {
        return (key >>> (21 * (d - 1 - c))) & (MAX_PER_AXIS - 1);
    }

    /**
     * The lowest corner (per-axis minimum) of {@code points}, the origin of a grid of width h over
     * them; null when an axis would need {@link #MAX_PER_AXIS} − {@code spare} cells or more (or a
     * coordinate is not finite).
     */
    static double[] origin(PointSet points, double h, int spare) {
        int d = points.dim();
        double[] min = new double[d];
        double[] max = new double[d];
        Arrays.fill(min, Double.POSITIVE_INFINITY);
        Arrays.fill(max, Double.NEGATIVE_INFINITY);
        points.widenBounds(min, max);
        for (int c = 0; c < d; c++) {
            if (!((max[c] - min[c]) / h < MAX_PER_AXIS - spare)) {
                return null;
            }
        }
        return min;
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 33)) * 0xFF51AFD7ED558CCDL;
        z = (z ^ (z >>> 33)) * 0xC4CEB9FE1A85EC53L;
        return z ^ (z >>> 33);
    }
}
