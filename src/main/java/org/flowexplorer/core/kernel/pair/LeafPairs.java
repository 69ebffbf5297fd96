package org.flowexplorer.core.kernel.pair;

import java.util.Arrays;
import org.flowexplorer.core.kernel.LeafLayout;
import org.flowexplorer.core.kernel.LeafVisit;

/**
 * The leaf pairs (A, B), A ≤ B, whose terms can matter: the boxes are within k·gap² ≤
 * {@link LeafVisit#NEGLIGIBLE} of each other. Every point's own term is its largest (e^0), so a pair
 * further apart holds only terms below e^−60 of it on both sides, exactly the ones the reference drops.
 * Each pair owns a stretch of the result buffer for its rows (A's points) and, when A ≠ B, one for
 * its columns (B's points); for every leaf the plan lists its stretches in ascending partner order,
 * the fixed order in which a point's sums are added up.
 */
final class LeafPairs {
    private int count;
    private int[] first = new int[16];
    private int[] second = new int[16];
    private long[] rowOff = new long[16];
    private long[] colOff = new long[16];
    private int[] partStart = new int[1];
    private long[] partOff = new long[16];
    private long size;
    private int[] id = new int[0];

    /**
     * Plans the pairs of {@code s} for this k, with {@code stride} doubles per stored slot.
     * {@link #size()} is then the buffer length needed (it may exceed an int: check before use).
     */
    void plan(LeafLayout s, double k, int stride) {
        int leaves = s.leaves();
        int d = s.dim();
        if (id.length < leaves * leaves) {
            id = new int[leaves * leaves];
        }
        Arrays.fill(id, 0, leaves * leaves, -1);
        count = 0;
        size = 0;
        for (int a = 0; a < leaves; a++) {
            for (int b = a; b < leaves; b++) {
                if (k * gap2(s, a, b, d) > LeafVisit.NEGLIGIBLE) {
                    continue;
                }
                ensure(count + 1);
                first[count] = a;
                second[count] = b;
                rowOff[count] = size;
                size += (long) s.leafPadded(a) * stride;
                colOff[count] = size;
                if (a != b) {
                    size += (long) s.leafPadded(b) * stride;
                }
                id[a * leaves + b] = count;
                count++;
            }
        }
        if (partStart.length < leaves + 1) {
            partStart = new int[leaves + 1];
        }
        if (partOff.length < 2 * count) {
            partOff = new long[2 * count];
        }
        int parts = 0;
        for (int x = 0; x < leaves; x++) {
            partStart[x] = parts;
            for (int y = 0; y < leaves; y++) {
                int pair = y < x ? id[y * leaves + x] : id[x * leaves + y];
                if (pair >= 0) {
                    partOff[parts++] = y < x ? colOff[pair] : rowOff[pair];
                }
            }
        }
        partStart[leaves] = parts;
    }

    private static double gap2(LeafLayout s, int a, int b, int d) {
        double sum = 0.0;
        for (int c = 0; c < d; c++) {
            double gap = Math.max(0.0, Math.max(s.boxMin(b, c) - s.boxMax(a, c), s.boxMin(a, c) - s.boxMax(b, c)));
            sum += gap * gap;
        }
        return sum;
    }

    private void ensure(int n) {
        if (first.length < n) {
            int cap = Math.max(n, 2 * first.length);
            first = Arrays.copyOf(first, cap);
            second = Arrays.copyOf(second, cap);
            rowOff = Arrays.copyOf(rowOff, cap);
            colOff = Arrays.copyOf(colOff, cap);
        }
    }

    /** Number of pairs. */
    int count() {
        return count;
    }

    /** Leaf A of pair i. */
    int first(int i) {
        return first[i];
    }

    /** Leaf B ≥ A of pair i. */
    int second(int i) {
        return second[i];
    }

    /** Start of pair i's row stretch. */
    long rowOffset(int i) {
        return rowOff[i];
    }

    /** Start of pair i's column stretch (meaningless when A = B). */
    long colOffset(int i) {
        return colOff[i];
    }

    /** Doubles the buffer needs. */
    long size() {
        return size;
    }

    /** Leaf x's stretches are {@code partOffset(partStart(x)) .. partOffset(partStart(x + 1) − 1)}. */
    int partStart(int x) {
        return partStart[x];
    }

    /** The start of one stretch, in ascending partner order within each leaf. */
    long partOffset(int i) {
        return partOff[i];
    }
}
